package org.souk.solution;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.market.Regions;
import org.souk.solution.internal.ArchiveChecks;
import org.souk.solution.internal.Drafts;
import org.souk.solution.internal.SolutionAccess;
import org.souk.solution.internal.SolutionEntity;
import org.souk.solution.internal.Urls;
import org.souk.solution.internal.VersionEntity;
import org.souk.solution.internal.VersionRepository;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Version cards (V-01 … V-09) and the version history (S-10). Only the latest version is edited; a
 * version that passed moderation never changes (S-09).
 */
@Service
public class SolutionVersions {

    private final VersionRepository versions;
    private final SolutionAccess access;
    private final Drafts drafts;
    private final ArchiveChecks archives;
    private final Regions regions;
    private final AuditLog audit;
    private final Messages messages;

    SolutionVersions(VersionRepository versions, SolutionAccess access, Drafts drafts, ArchiveChecks archives,
            Regions regions, AuditLog audit, Messages messages) {
        this.versions = versions;
        this.access = access;
        this.drafts = drafts;
        this.archives = archives;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<VersionCard> history(SoukUser user, String code) {
        SolutionEntity solution = access.owned(user, code);
        return versions.findBySolutionIdOrderByNumberDesc(solution.getId()).stream().map(VersionEntity::toCard)
                .toList();
    }

    /** A page of the history, read by the database (the API's list of versions). */
    @Transactional(readOnly = true)
    public PageResponse<VersionCard> history(SoukUser user, String code, int page, int size) {
        SolutionEntity solution = access.owned(user, code);
        return PageResponse.read(page, size, 200,
                request -> versions.findBySolutionIdOrderByNumberDesc(solution.getId(), request), VersionEntity::toCard);
    }

    @Transactional(readOnly = true)
    public VersionCard get(SoukUser user, String code, int number) {
        SolutionEntity solution = access.owned(user, code);
        return version(solution, number).toCard();
    }

    /**
     * "Add new version": a copy of the latest one with the next number and an empty "What's new", then the
     * given fields changed as {@link #update} changes them, with the same checks; nothing is added when they fail.
     */
    @Transactional
    public VersionCard add(SoukUser user, String code, VersionPatch patch) {
        SolutionEntity solution = access.editable(user, code);
        VersionEntity latest = versions.findFirstBySolutionIdOrderByNumberDesc(solution.getId()).orElseThrow();
        VersionEntity next = versions.save(latest.next());
        apply(next, patch);
        audit.record("solution.version-added", "solution", solution.getCode(), "version " + next.getNumber());
        drafts.changed(solution, user, "versionAdded");
        return next.toCard();
    }

    @Transactional
    public Draft update(SoukUser user, String code, int number, VersionPatch patch) {
        SolutionEntity solution = access.editable(user, code);
        apply(editableVersion(solution, number), patch);
        audit.record("solution.version-saved", "solution", solution.getCode(), "version " + number);
        return drafts.changed(solution, user, "versionSaved");
    }

    private void apply(VersionEntity version, VersionPatch patch) {
        VersionCard merged = merge(version.toCard(), patch);
        List<Violation> violations = check(merged);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        version.apply(merged);
    }

    @Transactional
    public Draft setArchive(SoukUser user, String code, int number, String fileName, InputStream content) {
        SolutionEntity solution = access.editable(user, code);
        VersionEntity version = editableVersion(solution, number);
        ArchiveChecks.Archive archive = archives.check(fileName, content);
        version.setArchive(archive.blob().key(), archive.name(), archive.blob().size());
        audit.record("solution.archive-set", "solution", solution.getCode(), "version " + number + ": "
                + archive.name() + ", " + archive.entries() + " entries");
        return drafts.changed(solution, user, "archive");
    }

    private VersionEntity version(SolutionEntity solution, int number) {
        return versions.findBySolutionIdAndNumber(solution.getId(), number)
                .orElseThrow(() -> new NotFound(messages.get("error.version.unknown", number)));
    }

    private VersionEntity editableVersion(SolutionEntity solution, int number) {
        VersionEntity version = version(solution, number);
        if (version.isModerated()) {
            throw new Conflict("S-09", messages.get("error.version.moderated", number));
        }
        int latest = versions.findFirstBySolutionIdOrderByNumberDesc(solution.getId()).orElseThrow().getNumber();
        if (number != latest) {
            throw new Conflict("S-10", messages.get("error.version.notLatest", number, latest));
        }
        return version;
    }

    private static VersionCard merge(VersionCard current, VersionPatch patch) {
        Map<String, String> news = new LinkedHashMap<>(current.whatsNew());
        if (patch.whatsNew() != null) {
            patch.whatsNew().forEach((language, text) -> {
                if (text == null || text.isBlank()) {
                    news.remove(language);
                } else {
                    news.put(language, text.trim());
                }
            });
        }
        return new VersionCard(current.number(),
                patch.scopes() != null ? patch.scopes().stream().map(String::trim).distinct().sorted().toList()
                        : current.scopes(),
                patch.ownPage() != null ? patch.ownPage() : current.ownPage(),
                patch.leftMenu() != null ? patch.leftMenu() : current.leftMenu(),
                patch.mobile() != null ? patch.mobile() : current.mobile(),
                patch.placements() != null ? patch.placements().stream().map(String::trim).distinct().sorted().toList()
                        : current.placements(),
                patch.installableWithoutAdmin() != null ? patch.installableWithoutAdmin()
                        : current.installableWithoutAdmin(),
                Urls.merge(current.appUrl(), patch.appUrl()), current.archiveKey(), current.archiveName(),
                current.archiveSize(), Urls.merge(current.installerUrl(), patch.installerUrl()),
                Urls.merge(current.handlerUrl(), patch.handlerUrl()), news, current.moderated());
    }

    private List<Violation> check(VersionCard version) {
        List<Violation> violations = new ArrayList<>();
        version.scopes().stream().filter(s -> !Scopes.ALL.contains(s)).forEach(s ->
                violations.add(messages.violation("scopes", "V-01", "error.version.scope", s)));
        version.placements().stream().filter(p -> !Scopes.PLACEMENTS.contains(p)).forEach(p ->
                violations.add(messages.violation("placements", "V-04", "error.version.placement", p)));
        Urls.check(violations, messages, "appUrl", "V-05", version.appUrl());
        Urls.check(violations, messages, "installerUrl", "V-06", version.installerUrl());
        Urls.check(violations, messages, "handlerUrl", "V-06", version.handlerUrl());
        Set<String> languages = regions.languages().stream().map(l -> l.code()).collect(Collectors.toSet());
        version.whatsNew().forEach((language, text) -> {
            if (!languages.contains(language)) {
                violations.add(messages.violation("whatsNew." + language, "V-07", "error.card.language", language));
            } else if (text.length() > 5000) {
                violations.add(messages.violation("whatsNew." + language, "V-07", "error.length.max", 5000));
            }
        });
        return violations;
    }
}
