package org.souk.solution;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.solution.internal.CardEntity;
import org.souk.solution.internal.CardRepository;
import org.souk.solution.internal.Drafts;
import org.souk.solution.internal.RevisionRepository;
import org.souk.solution.internal.SolutionAccess;
import org.souk.solution.internal.SolutionEntity;
import org.souk.solution.internal.SolutionRepository;
import org.souk.solution.internal.VersionEntity;
import org.souk.solution.internal.VersionRepository;
import org.souk.web.Conflict;
import org.souk.web.Hashes;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner's solutions: adding (S-01, S-02), regions (S-05), keys, visibility and deletion (S-06). */
@Service
public class Solutions {

    private static final Pattern MODULE_CODE = Pattern.compile("^[a-z][a-z0-9_]{1,31}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SolutionRepository solutions;
    private final CardRepository cards;
    private final VersionRepository versions;
    private final RevisionRepository revisions;
    private final SolutionAccess access;
    private final Drafts drafts;
    private final Partners partners;
    private final Regions regions;
    private final AuditLog audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    private final PublicationEvents publication;

    Solutions(SolutionRepository solutions, CardRepository cards, VersionRepository versions,
            RevisionRepository revisions, SolutionAccess access,
            Drafts drafts, Partners partners, Regions regions, AuditLog audit, Messages messages,
            ApplicationEventPublisher events, PublicationEvents publication) {
        this.events = events;
        this.publication = publication;
        this.solutions = solutions;
        this.cards = cards;
        this.versions = versions;
        this.revisions = revisions;
        this.access = access;
        this.drafts = drafts;
        this.partners = partners;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    /** A new solution with its keys; the secret is in this answer only (S-02). */
    public record Created(SolutionView solution, String clientSecret) {
    }

    @Transactional
    public Created add(SoukUser user, NewSolution request) {
        PartnerView partner = access.partner(user);
        String moduleCode = request.appCode() == null ? "" : request.appCode().trim().toLowerCase(Locale.ROOT);
        List<Violation> violations = new ArrayList<>();
        if (!MODULE_CODE.matcher(moduleCode).matches()) {
            violations.add(messages.violation("appCode", "S-01", "error.solution.code"));
        } else if (solutions.existsByCode(partner.code() + "." + moduleCode)) {
            violations.add(messages.violation("appCode", "S-01", "error.solution.codeTaken", moduleCode));
        }
        if (regions.find(request.region()).isEmpty()) {
            violations.add(messages.violation("region", "S-01", "error.solution.region"));
        }
        if (request.type() == null) {
            violations.add(messages.violation("type", "V-03", "error.solution.type"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String secret = secret();
        SolutionEntity solution = solutions.save(new SolutionEntity(partner.id(), partner.code() + "." + moduleCode,
                moduleCode, request.type(), request.region(), clientId(), Hashes.sha256(secret)));
        cards.save(new CardEntity(solution.getId()));
        versions.save(new VersionEntity(solution.getId()));
        partners.freezeCode(partner.id());
        audit.record("solution.added", "solution", solution.getCode(), request.type() + " in " + request.region());
        drafts.changed(solution, user, "created");
        return new Created(view(solution), secret);
    }

    /** A page of them, newest first, read by the database (the API's list); at most 100 a page. */
    @Transactional(readOnly = true)
    public PageResponse<SolutionView> list(SoukUser user, int page, int size) {
        PartnerView partner = access.partner(user);
        return PageResponse.read(page, size, 100,
                request -> solutions.findByPartnerIdOrderByCreatedAtDescIdDesc(partner.id(), request), this::view);
    }

    /** One line of the developer's list: the solution and its draft (what to do next is read from it). */
    public record Listed(SolutionView solution, Draft draft) {
    }

    /**
     * The same page for the developer's list, each solution with its draft: the drafts and the published versions
     * of the whole page read together (a dozen statements a page; it was 8 a line, and 18 before that).
     */
    @Transactional(readOnly = true)
    public PageResponse<Listed> listWithDrafts(SoukUser user, int page, int size) {
        PartnerView partner = access.partner(user);
        Page<SolutionEntity> found = PageResponse.read(page, size, 100,
                request -> solutions.findByPartnerIdOrderByCreatedAtDescIdDesc(partner.id(), request));
        Map<Long, Draft> draftOf = drafts.of(found.getContent());
        Map<Long, Integer> versionOf = publishedVersions(found.getContent().stream()
                .map(SolutionEntity::getPublishedRevisionId).filter(Objects::nonNull).toList());
        return PageResponse.of(found, solution -> {
            Draft draft = draftOf.get(solution.getId());
            Long published = solution.getPublishedRevisionId();
            return new Listed(view(solution, draft.card(), draft.version().number(),
                    published == null ? null : versionOf.get(published)), draft);
        });
    }

    @Transactional(readOnly = true)
    public SolutionView get(SoukUser user, String code) {
        return view(access.owned(user, code));
    }

    /** The draft (card and latest version) of one of the user's solutions. */
    @Transactional(readOnly = true)
    public Draft draft(SoukUser user, String code) {
        return drafts.of(access.owned(user, code));
    }

    /** The drafts of the partner's other solutions, for the checks that compare (C-09, F-14). */
    @Transactional(readOnly = true)
    public List<Draft> siblings(String code) {
        SolutionEntity solution = solutions.findByCode(code).orElse(null);
        if (solution == null) {
            return List.of();
        }
        return solutions.findByPartnerIdOrderByCreatedAtDesc(solution.getPartnerId()).stream()
                .filter(s -> !s.getCode().equals(code)).map(drafts::of).toList();
    }

    /** A new secret; the old one stops working at once. */
    @Transactional
    public String rotateSecret(SoukUser user, String code) {
        SolutionEntity solution = access.owned(user, code);
        String secret = secret();
        solution.rotateSecret(Hashes.sha256(secret));
        audit.record("solution.secret-rotated", "solution", solution.getCode(), null);
        return secret;
    }

    /** The solution an app's {@code client_id} names: the OAuth server's first question. */
    @Transactional(readOnly = true)
    public Optional<String> codeOfClient(String clientId) {
        return clientId == null ? Optional.empty() : solutions.findByClientId(clientId).map(SolutionEntity::getCode);
    }

    /** S-05: the same solution (code, keys) offered in one more region, whose mandatory language its card needs. */
    @Transactional
    public SolutionView addRegion(SoukUser user, String code, String regionCode) {
        SolutionEntity solution = access.editable(user, code);
        Region region = regions.find(regionCode)
                .orElseThrow(() -> new InvalidInput(messages.violation("region", "S-05", "error.solution.region")));
        if (solution.regionCodes().contains(region.code())) {
            throw new Conflict("S-05", messages.get("error.solution.regionTwice", region.name()));
        }
        // S-05: added only where the solution's pricing policy exists too
        PricingPolicy pricing = cards.findById(solution.getId()).map(CardEntity::getPricingPolicy).orElse(null);
        if (pricing != null && !region.offers(pricing.name())) {
            throw new InvalidInput(messages.violation("region", "S-05", "error.solution.regionPricing", region.name(),
                    messages.get("card.pricing." + pricing.name())));
        }
        solution.addRegion(region.code());
        audit.record("solution.region-added", "solution", solution.getCode(), region.code());
        drafts.changed(solution, user, "regionAdded");
        return view(solution);
    }

    /** U-02 / S-06: a published solution leaves the catalog (and comes back) only through this. */
    @Transactional
    public SolutionView setAvailableInCatalog(SoukUser user, String code, boolean available) {
        SolutionEntity solution = access.owned(user, code);
        if (solution.getPublishedRevisionId() == null) {
            throw new Conflict("U-02", messages.get("error.solution.notPublished"));
        }
        solution.setAvailableInCatalog(available);
        audit.record(available ? "solution.shown" : "solution.hidden", "solution", solution.getCode(), null);
        events.publishEvent(new PublicationChanged(solution.getCode()));
        publication.tell(solution, available ? PublicationEvents.PUBLISHED : PublicationEvents.HIDDEN, null, null);
        return view(solution);
    }

    /** S-06: only a solution that was never published is deleted, with everything it has. */
    @Transactional
    public void delete(SoukUser user, String code) {
        SolutionEntity solution = access.owned(user, code);
        SolutionView view = view(solution);
        if (!view.deletable()) {
            throw new Conflict("S-06", messages.get(view.status() == SolutionStatus.ON_MODERATION
                    ? "error.solution.deleteOnModeration" : "error.solution.deletePublished"));
        }
        solutions.delete(solution);
        audit.record("solution.deleted", "solution", solution.getCode(), null);
    }

    SolutionView view(SolutionEntity solution) {
        return view(solution, drafts.card(solution), versions.findFirstBySolutionIdOrderByNumberDesc(solution.getId())
                .map(VersionEntity::getNumber).orElse(1));
    }

    private SolutionView view(SolutionEntity solution, Card card, int latest) {
        Long published = solution.getPublishedRevisionId();
        return view(solution, card, latest,
                published == null ? null : publishedVersions(List.of(published)).get(published));
    }

    /** The version numbers of published revisions by revision id, without reading their frozen drafts. */
    private Map<Long, Integer> publishedVersions(List<Long> revisionIds) {
        return revisionIds.isEmpty() ? Map.of() : revisions.findByIdIn(revisionIds).stream().collect(Collectors.toMap(
                RevisionRepository.FrozenVersion::getId, RevisionRepository.FrozenVersion::getVersionNumber));
    }

    /** {@code published}: the version number of the published revision, null while there is none. */
    private SolutionView view(SolutionEntity solution, Card card, int latest, Integer published) {
        String title = card.texts().values().stream().map(CardText::title).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
        return new SolutionView(solution.getCode(), solution.getCode().substring(solution.getCode().indexOf('.') + 1),
                solution.getTechnologyType(), solution.status(), solution.regionCodes(), solution.getClientId(),
                solution.getSecretRotatedAt(), solution.isAvailableInCatalog(), published, latest, title,
                card.iconThumbKey(), solution.getCreatedAt(), solution.getUpdatedAt());
    }

    /** client_id of the form app.<14 hex>.<8 digits> (protocol.md). */
    private String clientId() {
        while (true) {
            byte[] bytes = new byte[7];
            RANDOM.nextBytes(bytes);
            String id = "app." + HexFormat.of().formatHex(bytes) + "." + String.format("%08d", RANDOM.nextInt(100_000_000));
            if (!solutions.existsByClientId(id)) {
                return id;
            }
        }
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
