package org.souk.demo;

import org.souk.identity.NewUser;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.install.Accounts;
import org.souk.install.Installations;
import org.souk.review.Review;
import org.souk.review.Reviews;
import org.springframework.stereotype.Component;

/**
 * A few fictional customers of the demo data who installed the demo's SMS app on accounts of their own, rated and
 * reviewed it (one in Russian), and the partner's reply to one of them: the solution page shows ratings and
 * reviews from the first start. They go through the same rules as everyone (installed, then rated).
 */
@Component
class DemoReviews {

    private record Reviewer(String email, String firstName, String domain, String language, int rating, String text) {
    }

    private static final Reviewer[] REVIEWERS = {
        new Reviewer("olga@example.net", "Olga", "olga-flowers.example.net", "ru", 5,
                "Напоминания уходят вовремя, клиенты перестали забывать о встречах. Настройка заняла пять минут."),
        new Reviewer("sam@example.net", "Sam", "sam-bikes.example.net", "en", 4,
                "Does what it says: our customers get a text the day before their appointment. I would like to "
                        + "choose the hour the reminders go out."),
        new Reviewer("lee@example.net", "Lee", "lee-bakery.example.net", "en", 5, null) };

    private final UserAccounts users;
    private final Accounts accounts;
    private final Installations installations;
    private final Reviews reviews;

    DemoReviews(UserAccounts users, Accounts accounts, Installations installations, Reviews reviews) {
        this.users = users;
        this.accounts = accounts;
        this.installations = installations;
        this.reviews = reviews;
    }

    void add(String code, SoukUser partnerOwner) {
        for (Reviewer reviewer : REVIEWERS) {
            UserAccount account = users.create(new NewUser(reviewer.email(), reviewer.firstName(),
                    "Customer (fictional)", DemoData.PASSWORD, null));
            SoukUser user = new SoukUser(account.id(), account.email(), account.firstName(), account.lastName(),
                    account.roles(), true, null, null);
            accounts.create(reviewer.domain(), reviewer.email(), "basic", reviewer.language());
            installations.install(user, reviewer.domain(), code);
            installations.finish(user, reviewer.domain(), code);
            Review review = reviews.write(user, code, reviewer.rating(), reviewer.text());
            if (reviewer.rating() < 5) {
                reviews.reply(partnerOwner, review.id(), "Thank you, Sam! Choosing the hour is on our list for the "
                        + "next version.");
            }
        }
    }
}
