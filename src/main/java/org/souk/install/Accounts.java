package org.souk.install;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.install.internal.AccountEntity;
import org.souk.install.internal.AccountMemberEntity;
import org.souk.install.internal.AccountMemberRepository;
import org.souk.install.internal.AccountRepository;
import org.souk.install.internal.InstallSettings;
import org.souk.install.internal.Tokens;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer accounts ("portals") and who acts for them. Managers create accounts; a partner creates a few test
 * accounts of its own (S-11), on which every user of the partner acts as the administrator.
 */
@Service
public class Accounts {

    private static final Pattern DOMAIN = Pattern.compile(
            "^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final List<String> PLANS = List.of("free", "basic", "standard", "professional", "enterprise");

    private final AccountRepository accounts;
    private final AccountMemberRepository members;
    private final UserAccounts users;
    private final Partners partners;
    private final InstallSettings settings;
    private final AuditLog audit;
    private final Messages messages;

    Accounts(AccountRepository accounts, AccountMemberRepository members, UserAccounts users, Partners partners,
            InstallSettings settings, AuditLog audit, Messages messages) {
        this.accounts = accounts;
        this.members = members;
        this.users = users;
        this.partners = partners;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
    }

    /** The account as one of its users sees it, and whether they are its administrator (O-03). */
    public record Membership(CustomerAccount account, boolean admin) {
    }

    /**
     * A manager creates a customer account; its administrator is the user with {@code adminEmail}, invited
     * by e-mail when there is none yet.
     */
    @Transactional
    public CustomerAccount create(String domain, String adminEmail, String plan, String language) {
        AccountEntity account = save(domain, plan, language, null);
        UserAccount admin = users.findByEmail(adminEmail).orElseGet(() -> {
            if (!users.checkNewEmail("adminEmail", adminEmail, null).isEmpty()) {
                throw new InvalidInput(users.checkNewEmail("adminEmail", adminEmail, null));
            }
            return users.invite(adminEmail, messages.get("install.account.adminFirstName"),
                    account.getDomain(), null, account.getDomain());
        });
        members.save(new AccountMemberEntity(account.getId(), admin.id(), true));
        audit.record("account.created", "account", account.getDomain(), "admin " + admin.email());
        return account.toAccount();
    }

    /** A user of the account, administrator or not; an existing user of Souk or one invited now. */
    @Transactional
    public Membership addUser(String domain, String email, boolean admin) {
        AccountEntity account = entity(domain);
        UserAccount user = users.findByEmail(email).orElseGet(() -> {
            if (!users.checkNewEmail("email", email, null).isEmpty()) {
                throw new InvalidInput(users.checkNewEmail("email", email, null));
            }
            return users.invite(email, email.substring(0, email.indexOf('@')), account.getDomain(), null,
                    account.getDomain());
        });
        if (members.findByAccountIdAndUserId(account.getId(), user.id()).isPresent()) {
            throw new Conflict(null, messages.get("install.account.userTwice"));
        }
        members.save(new AccountMemberEntity(account.getId(), user.id(), admin));
        audit.record("account.user-added", "account", account.getDomain(), user.email() + (admin ? " as admin" : ""));
        return new Membership(account.toAccount(), admin);
    }

    /** S-11: a test account of the user's partner, at most {@code souk.install.test-accounts} of them. */
    @Transactional
    public CustomerAccount createTest(SoukUser user) {
        PartnerView partner = partners.mine(user);
        partners.requireApproved(partner);
        if (accounts.countByTestPartnerId(partner.id()) >= settings.testAccounts()) {
            throw new Conflict("S-11", messages.get("install.test.tooMany", settings.testAccounts()));
        }
        return testAccount(partner);
    }

    /** The automatic install test's own account, outside the partner's limit: it is deleted afterwards. */
    @Transactional
    CustomerAccount throwawayTestAccount(SoukUser user) {
        return testAccount(partners.mine(user));
    }

    private CustomerAccount testAccount(PartnerView partner) {
        String domain = "test-" + Tokens.random().substring(0, 8) + "." + partner.code().replace('_', '-')
                + ".souk-test.example";
        AccountEntity account = save(domain, "test", "en", partner.id());
        audit.record("account.test-created", "account", domain, "partner " + partner.code());
        return account.toAccount();
    }

    /** The partner's test accounts, newest first. */
    @Transactional(readOnly = true)
    public List<CustomerAccount> testAccounts(SoukUser user) {
        return accounts.findByTestPartnerIdOrderByCreatedAtDesc(partners.mine(user).id()).stream()
                .map(AccountEntity::toAccount).toList();
    }

    /** A throwaway test account is removed with all it has (the automatic install test's). */
    @Transactional
    public void delete(long accountId) {
        accounts.deleteById(accountId);
    }

    /** Every account the user acts for: those they are a user of, and their partner's test accounts. */
    @Transactional(readOnly = true)
    public List<Membership> of(SoukUser user) {
        Map<Long, Boolean> admin = members.findByUserId(user.id()).stream()
                .collect(Collectors.toMap(m -> m.getAccountId(), m -> m.isAdmin()));
        List<Membership> all = new ArrayList<>(accounts.findByIdInOrderByDomain(List.copyOf(admin.keySet())).stream()
                .map(account -> new Membership(account.toAccount(), admin.get(account.getId()))).toList());
        partners.ofUser(user.id()).ifPresent(partner -> accounts
                .findByTestPartnerIdOrderByCreatedAtDesc(partner.id())
                .forEach(account -> all.add(new Membership(account.toAccount(), true))));
        all.sort(Comparator.comparing(m -> m.account().domain()));
        return all;
    }

    /**
     * The user's membership of the account of {@code domain}; an account the user does not act for answers
     * like one that does not exist.
     */
    @Transactional(readOnly = true)
    public Membership membership(SoukUser user, String domain) {
        AccountEntity account = accounts.findByDomain(normalize(domain)).orElseThrow(() -> unknown(domain));
        if (account.getTestPartnerId() != null) {
            return partners.ofUser(user.id()).filter(p -> p.id() == account.getTestPartnerId())
                    .map(p -> new Membership(account.toAccount(), true)).orElseThrow(() -> unknown(domain));
        }
        return members.findByAccountIdAndUserId(account.getId(), user.id())
                .map(m -> new Membership(account.toAccount(), m.isAdmin())).orElseThrow(() -> unknown(domain));
    }

    @Transactional(readOnly = true)
    public Map<Long, CustomerAccount> find(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(AccountEntity::toAccount)
                .collect(Collectors.toMap(CustomerAccount::id, account -> account));
    }

    @Transactional(readOnly = true)
    public Optional<CustomerAccount> find(long id) {
        return accounts.findById(id).map(AccountEntity::toAccount);
    }

    @Transactional(readOnly = true)
    public CustomerAccount get(String domain) {
        return entity(domain).toAccount();
    }

    private AccountEntity entity(String domain) {
        return accounts.findByDomain(normalize(domain)).orElseThrow(() -> unknown(domain));
    }

    private NotFound unknown(String domain) {
        return new NotFound(messages.get("install.account.unknown", domain));
    }

    private AccountEntity save(String domain, String plan, String language, Long testPartnerId) {
        String name = normalize(domain);
        List<Violation> violations = new ArrayList<>();
        if (!DOMAIN.matcher(name).matches()) {
            violations.add(messages.violation("domain", null, "install.account.domain"));
        } else if (accounts.existsByDomain(name)) {
            violations.add(messages.violation("domain", null, "install.account.domainTaken", name));
        }
        String chosenPlan = plan == null || plan.isBlank() ? "free" : plan.trim().toLowerCase(Locale.ROOT);
        if (testPartnerId == null && !PLANS.contains(chosenPlan)) {
            violations.add(messages.violation("plan", null, "install.account.plan", String.join(", ", PLANS)));
        }
        String chosenLanguage = language == null || language.isBlank() ? "en" : language.trim().toLowerCase(Locale.ROOT);
        if (!chosenLanguage.matches("^[a-z]{2}$")) {
            violations.add(messages.violation("language", null, "install.account.language"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return accounts.save(new AccountEntity(name, memberId(), chosenPlan, chosenLanguage, testPartnerId));
    }

    /** 32 hex digits, random, never changed. */
    private String memberId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String normalize(String domain) {
        return domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
    }
}
