package org.souk.install;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.install.Accounts.Membership;
import org.souk.identity.Role;
import org.souk.install.internal.EventDeliveries;
import org.souk.install.internal.InstallationEntity;
import org.souk.install.internal.InstallationRepository;
import org.souk.install.internal.InstallationUpdateEntity;
import org.souk.install.internal.InstallationUpdateRepository;
import org.souk.install.internal.Tokens;
import org.souk.solution.Card;
import org.souk.solution.Listing;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.solution.VersionCard;
import org.souk.web.Conflict;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installing, updating and uninstalling solutions on accounts (O-02, O-03, U-05, S-11). Customers get the
 * published revision's version; a partner's own test account gets the draft's latest version, also before
 * publication. Every object is reached through the user's membership of the account.
 */
@Service
public class Installations {

    private final InstallationRepository installations;
    private final InstallationUpdateRepository updates;
    private final Accounts accounts;
    private final Revisions revisions;
    private final Solutions solutions;
    private final Tokens tokens;
    private final EventDeliveries deliveries;
    private final AuditLog audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    Installations(InstallationRepository installations, InstallationUpdateRepository updates, Accounts accounts,
            Revisions revisions, Solutions solutions, Tokens tokens, EventDeliveries deliveries, AuditLog audit,
            Messages messages, ApplicationEventPublisher events) {
        this.installations = installations;
        this.updates = updates;
        this.accounts = accounts;
        this.revisions = revisions;
        this.solutions = solutions;
        this.tokens = tokens;
        this.deliveries = deliveries;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
    }

    /** What the user would install on the account: the version card and the card (for the consent page). */
    public record Offer(String solutionCode, Card card, VersionCard version, boolean draft) {
    }

    /**
     * The version the account gets: the draft's on the partner's own test account (S-11), else the published
     * revision's while the solution is listed (U-05).
     */
    @Transactional(readOnly = true)
    public Offer offer(SoukUser user, String domain, String code) {
        return offer(user, accounts.membership(user, domain), code);
    }

    private Offer offer(SoukUser user, Membership membership, String code) {
        CustomerAccount account = membership.account();
        if (account.test() && ownedBy(code, account.testPartnerId())) {
            var draft = solutions.draft(user, code);
            return new Offer(code, draft.card(), draft.version(), true);
        }
        Listing listing = revisions.listing(code).orElseThrow(() -> new NotFound(
                messages.get("install.solution.unknown", code)));
        return new Offer(code, listing.revision().draft().card(), listing.revision().draft().version(), false);
    }

    private boolean ownedBy(String code, long partnerId) {
        try {
            return revisions.owner(code).partnerId() == partnerId;
        } catch (NotFound e) {
            return false;
        }
    }

    @Transactional
    public Installation install(SoukUser user, String domain, String code) {
        Membership membership = accounts.membership(user, domain);
        Offer offer = offer(user, membership, code);
        VersionCard version = offer.version();
        if (!membership.admin() && !version.installableWithoutAdmin()) {
            throw new NotAllowed("O-03", messages.get("install.adminOnly"));
        }
        CustomerAccount account = membership.account();
        if (installations.findActive(account.id(), code).isPresent()) {
            throw new Conflict("O-02", messages.get("install.already"));
        }
        boolean paid = offer.card().pricingPolicy() != null && offer.card().pricingPolicy() != PricingPolicy.FREE;
        InstallationEntity installation = installations.save(new InstallationEntity(account.id(), code, version, paid,
                Tokens.random(), user.id(), account.test()));
        deliveries.schedule(installation, EventDeliveries.INSTALL, null);
        if (InstallationEntity.INSTALLED.equals(installation.getStatus())) {
            installed(installation, account);
        }
        audit.record("app.installed", "account", account.domain(), code + " version " + version.number()
                + (offer.draft() ? " (draft, test account)" : ""));
        return view(installation, account);
    }

    /** The installer page called {@code installFinish}: the app counts as installed from now on. */
    @Transactional
    public Installation finish(SoukUser user, String domain, String code) {
        Membership membership = accounts.membership(user, domain);
        InstallationEntity installation = active(membership, code);
        if (InstallationEntity.PENDING.equals(installation.getStatus())) {
            installation.finish();
            installed(installation, membership.account());
            audit.record("app.install-finished", "account", domain, code);
        }
        return view(installation, membership.account());
    }

    /** ONAPPUPDATE: the account takes the version it would get now (a newer published one). */
    @Transactional
    public Installation update(SoukUser user, String domain, String code) {
        Membership membership = accounts.membership(user, domain);
        InstallationEntity installation = active(membership, code);
        VersionCard version = offer(user, membership, code).version();
        if (!membership.admin() && !version.installableWithoutAdmin()) {
            throw new NotAllowed("O-03", messages.get("install.adminOnly"));
        }
        if (version.number() <= installation.getVersion()) {
            throw new Conflict("U-05", messages.get("install.upToDate"));
        }
        int previous = installation.getVersion();
        installation.takeVersion(version);
        deliveries.schedule(installation, EventDeliveries.UPDATE, previous);
        // the stored record of the update (analytics counts it, also when it rebuilds a past day) and its event,
        // both committed with the new version or not at all
        Instant now = Instant.now();
        updates.save(new InstallationUpdateEntity(installation, previous, now));
        CustomerAccount account = membership.account();
        events.publishEvent(new AppUpdated(installation.getId(), code, account.memberId(), account.domain(), previous,
                version.number(), account.test(), now));
        audit.record("app.updated", "account", domain, code + " " + previous + " → " + version.number());
        return view(installation, account);
    }

    /**
     * O-02: every token of the installation is revoked at once, then ONAPPUNINSTALL (with {@code CLEAN} when
     * the user chose to delete the app's data) goes to the handler without any.
     */
    @Transactional
    public Installation uninstall(SoukUser user, String domain, String code, boolean clean) {
        Membership membership = accounts.membership(user, domain);
        InstallationEntity installation = active(membership, code);
        if (!membership.admin() && !installation.isInstallableWithoutAdmin()) {
            throw new NotAllowed("O-03", messages.get("install.adminOnly"));
        }
        tokens.revokeAll(installation.getId());
        installation.uninstall(clean);
        deliveries.schedule(installation, EventDeliveries.UNINSTALL, null);
        CustomerAccount account = membership.account();
        events.publishEvent(new AppUninstalled(code, account.memberId(), account.domain(), clean, account.test(),
                Instant.now()));
        audit.record("app.uninstalled", "account", domain, code + (clean ? " with its data" : ""));
        return view(installation, account);
    }

    /**
     * The installed apps' titles in the language (else in the card's first language that has one), by solution code:
     * a customer knows an app by its name, not by its code. An app no longer listed has none here (its code shows).
     */
    public Map<String, String> titles(List<Installation> apps, String language) {
        return revisions.listedTitles(apps.stream().map(Installation::solutionCode).toList(), language);
    }

    /**
     * The account's installed apps (and those still waiting for installFinish), newest first, a page at a time:
     * an account of a busy customer gathers many.
     */
    @Transactional(readOnly = true)
    public PageResponse<Installation> of(SoukUser user, String domain, int page, int size) {
        CustomerAccount account = accounts.membership(user, domain).account();
        return PageResponse.read(page, size, 200, request -> installations
                .findByAccountIdAndStatusNotOrderByInstalledAtDescIdDesc(account.id(), InstallationEntity.UNINSTALLED,
                        request), i -> view(i, account));
    }

    @Transactional(readOnly = true)
    public Optional<Installation> find(SoukUser user, String domain, String code) {
        Membership membership = accounts.membership(user, domain);
        return installations.findActive(membership.account().id(), code).map(i -> view(i, membership.account()));
    }

    /**
     * The customer accounts of the user (test accounts left out) on which the solution is or was installed: who
     * may rate it (issue 15). An install that never finished ({@code PENDING}) does not count.
     */
    @Transactional(readOnly = true)
    public List<String> everInstalledOn(SoukUser user, String code) {
        return accounts.of(user).stream().map(Membership::account).filter(account -> !account.test())
                .filter(account -> installations.existsByAccountIdAndSolutionCodeAndStatusNot(account.id(), code,
                        InstallationEntity.PENDING)).map(CustomerAccount::domain)
                .toList();
    }

    /**
     * The events sent to a solution's handler (api.md): its own partner sees them, and moderators; anyone
     * else is told the solution does not exist.
     */
    @Transactional(readOnly = true)
    public PageResponse<EventDelivery> deliveries(SoukUser user, String code, int page, int size) {
        requireOwnerOrModerator(user, code);
        return PageResponse.of(deliveries.of(code, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))),
                delivery -> delivery);
    }

    /** The partner's own solution, or any for a moderator. */
    public void requireOwnerOrModerator(SoukUser user, String code) {
        if (user.has(Role.MODERATOR)) {
            revisions.owner(code);
        } else {
            solutions.get(user, code);
        }
    }

    /** F-09: REST calls and refusals per installation of a solution, for its partner and the moderators. */
    @Transactional(readOnly = true)
    public List<RestUsage> usage(SoukUser user, String code) {
        requireOwnerOrModerator(user, code);
        List<InstallationEntity> all = installations.findBySolutionCodeOrderByInstalledAtDesc(code);
        Map<Long, CustomerAccount> byId = accounts.find(all.stream().map(InstallationEntity::getAccountId).toList());
        return all.stream().map(i -> {
            CustomerAccount account = byId.get(i.getAccountId());
            return new RestUsage(account.domain(), account.memberId(), code, i.getRestCalls(), i.getRestRefused());
        }).toList();
    }

    private void installed(InstallationEntity installation, CustomerAccount account) {
        events.publishEvent(new AppInstalled(installation.getSolutionCode(), account.memberId(), account.domain(),
                installation.getVersion(), account.test(), Instant.now()));
    }

    private InstallationEntity active(Membership membership, String code) {
        return installations.findActive(membership.account().id(), code)
                .orElseThrow(() -> new NotFound(messages.get("install.notInstalled", code)));
    }

    private Installation view(InstallationEntity installation, CustomerAccount account) {
        Integer available = null;
        if (installation.isActive() && !installation.isTest()) {
            available = revisions.listing(installation.getSolutionCode())
                    .map(l -> l.revision().versionNumber()).filter(n -> n > installation.getVersion()).orElse(null);
        }
        return new Installation(installation.getId(), account.domain(), account.memberId(),
                installation.getSolutionCode(), installation.getVersion(), installation.scopes(),
                installation.getStatus(), installation.isTest(), installation.isClean(), installation.getInstalledAt(),
                installation.getUninstalledAt(), available, installation.getAppUrl(), installation.getInstallerUrl());
    }
}
