package org.souk.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.partner.PartnerReview;
import org.souk.partner.Partners;
import org.souk.partner.Registration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Obviously fictional demo data for a first look (souk.demo-data=true, the default of the embedded
 * start): one approved partner with a complete solution card and two smaller ones, all three published in the
 * catalog, one pending application, a moderator and a market manager. Made once; set SOUK_DEMO_DATA=false in
 * production.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "souk.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password-1";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Partners partners;
    private final PartnerReview review;
    private final DemoSolution solution;
    private final DemoCatalog catalog;
    private final UserAccounts accounts;

    DemoData(Partners partners, PartnerReview review, DemoSolution solution, DemoCatalog catalog,
            UserAccounts accounts) {
        this.accounts = accounts;
        this.partners = partners;
        this.review = review;
        this.solution = solution;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!partners.checkCode("examplewidgets").available()) {
            return;
        }
        UserAccount wanda = partners.register(new Registration("Wanda", "Example", "wanda@example.com",
                "+1 555 0100", "examplewidgets", "Example Widgets Ltd (fictional)", "https://widgets.example.com",
                "A made-up company of the demo data: CRM widgets that do not exist.", PASSWORD, true)).owner();
        review.approve("examplewidgets", "Demo data");
        SoukUser owner = new SoukUser(wanda.id(), wanda.email(), wanda.firstName(), wanda.lastName(), wanda.roles(),
                true, null, null);
        String code = solution.create(owner);
        List<String> published = catalog.publish(owner, code);
        partners.register(new Registration("Peter", "Placeholder", "peter@example.org", "+1 555 0199",
                "placeholder_apps", "Placeholder Apps Inc. (fictional)", "https://apps.example.org",
                "Another made-up company; its application waits for a market manager.", PASSWORD, true));
        // staff to try the moderators' and managers' pages with
        accounts.create(new NewUser("mona@example.com", "Mona", "Moderator (fictional)", PASSWORD, Role.MODERATOR));
        accounts.create(new NewUser("max@example.com", "Max", "Manager (fictional)", PASSWORD, Role.MANAGER));
        log.info("Demo data: moderator mona@example.com and market manager max@example.com");
        log.info("Demo data: partners 'examplewidgets' (approved, wanda@example.com, solutions {} in the catalog) and "
                + "'placeholder_apps' (pending, peter@example.org), both with the password '{}'", published, PASSWORD);
    }
}
