package org.souk.demo;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.install.Accounts;
import org.souk.outbound.OutboundAllowList;
import org.souk.partner.PartnerAgreements;
import org.souk.partner.PartnerLogos;
import org.souk.partner.PartnerReview;
import org.souk.partner.Partners;
import org.souk.partner.Registration;
import org.souk.partner.SalesTerms;
import org.souk.web.SiteAddress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Obviously fictional demo data for a first look (souk.demo-data=true, the default of the embedded
 * start): one approved partner, ready to submit (legal entity, global agreement signed), with a complete
 * solution card and two smaller ones published in the catalog and a complete draft never submitted; one
 * pending application; a moderator, a market manager, a customer account with its user, and fictional
 * customers' reviews of the SMS app ({@link DemoReviews}). Made once; set
 * SOUK_DEMO_DATA=false in production.
 *
 * <p>The demo apps' pages are Souk's own ({@link DemoAppPages}): on every start the site's own host:port is
 * put on the outbound allow-list, so that the network checks and the install events reach them.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "souk.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password-1";
    static final String CUSTOMER = "cora@example.com";
    static final String CUSTOMER_ACCOUNT = "cora-shop.example.com";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Partners partners;
    private final PartnerReview review;
    private final DemoSolution solution;
    private final DemoCatalog catalog;
    private final UserAccounts accounts;
    private final PartnerAgreements agreements;
    private final Accounts customers;
    private final SiteAddress site;
    private final OutboundAllowList outbound;
    private final DemoReviews reviews;
    private final PartnerLogos logos;

    DemoData(Partners partners, PartnerReview review, DemoSolution solution, DemoCatalog catalog,
            UserAccounts accounts, PartnerAgreements agreements, Accounts customers, SiteAddress site,
            OutboundAllowList outbound, DemoReviews reviews, PartnerLogos logos) {
        this.reviews = reviews;
        this.logos = logos;
        this.accounts = accounts;
        this.agreements = agreements;
        this.customers = customers;
        this.site = site;
        this.outbound = outbound;
        this.partners = partners;
        this.review = review;
        this.solution = solution;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String self = OutboundAllowList.pair(URI.create(site.get()));
        outbound.add(self);
        log.info("Demo data: outbound requests to {} allowed, for the demo apps' pages under {}", self,
                DemoAppPages.BASE);
        if (!partners.checkCode("examplewidgets").available()) {
            return;
        }
        UserAccount wanda = partners.register(new Registration("Wanda", "Example", "wanda@example.com",
                "+1 555 0100", "examplewidgets", "Example Widgets Ltd (fictional)", "https://widgets.example.com",
                "A made-up company of the demo data: CRM widgets that do not exist.", PASSWORD, true)).owner();
        review.approve("examplewidgets", "Demo data");
        SoukUser owner = new SoukUser(wanda.id(), wanda.email(), wanda.firstName(), wanda.lastName(), wanda.roles(),
                true, null, null);
        // what the partner's public page shows (/partners/examplewidgets)
        partners.update(owner, new Partners.ProfileUpdate(null, null, null, null, null,
                "Example Widgets makes small apps for sales teams: reminders, SMS and follow-ups that live inside the "
                        + "CRM. A fictional company of the demo data.",
                "support@widgets.example.com", "https://widgets.example.com/help"));
        logos.upload(owner, DemoSolution.partnerLogo());
        agreements.sign(owner, new PartnerAgreements.Company("Example Widgets Ltd (fictional)", "GB", "00000000",
                "GB000000000", "1 Example Street, London (made up)"), "global", SalesTerms.FREE);
        String code = solution.create(owner, DemoSolution.APP_CODE, DemoSolution.SMS, app(DemoSolution.APP_CODE));
        List<String> published = catalog.publish(owner, code);
        String draft = solution.create(owner, DemoSolution.DRAFT_CODE, DemoSolution.FOLLOW_UPS,
                app(DemoSolution.DRAFT_CODE));
        partners.register(new Registration("Peter", "Placeholder", "peter@example.org", "+1 555 0199",
                "placeholder_apps", "Placeholder Apps Inc. (fictional)", "https://apps.example.org",
                "Another made-up company; its application waits for a market manager.", PASSWORD, true));
        // staff to try the moderators' and managers' pages with
        accounts.create(new NewUser("mona@example.com", "Mona", "Moderator (fictional)", PASSWORD, Role.MODERATOR));
        accounts.create(new NewUser("max@example.com", "Max", "Manager (fictional)", PASSWORD, Role.MANAGER));
        // a customer to install with: a user whose rights live with the account (no role of the market)
        accounts.create(new NewUser(CUSTOMER, "Cora", "Customer (fictional)", PASSWORD, null));
        customers.create(CUSTOMER_ACCOUNT, CUSTOMER, "standard", "en");
        // fictional customers of their own accounts rated the SMS app (Cora has rated nothing: hers to try)
        reviews.add(code, owner);
        log.info("Demo data: moderator mona@example.com, market manager max@example.com, customer {} of the account {}",
                CUSTOMER, CUSTOMER_ACCOUNT);
        log.info("Demo data: {} is a complete draft of examplewidgets, ready to submit", draft);
        log.info("Demo data: partners 'examplewidgets' (approved, wanda@example.com, solutions {} in the catalog) and "
                + "'placeholder_apps' (pending, peter@example.org), both with the password '{}'", published, PASSWORD);
    }

    /** Where a demo app's pages are: Souk's own address. */
    private String app(String appCode) {
        return site.get() + DemoAppPages.BASE + appCode + "/";
    }
}
