package org.souk.install.internal;

import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user an app asks about with {@code /rest/profile}, and whether the user administers the installation's
 * account. Read by SQL, as everything on the token path is, so that a token node ({@link TokenNodeConfiguration})
 * serves it without the ORM.
 */
@Component
class AppUsers {

    /** The fields of protocol.md's {@code profile}. */
    record Profile(long id, String firstName, String lastName, boolean accountAdmin) {
    }

    private final JdbcClient jdbc;

    AppUsers(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Optional<Profile> find(long accountId, long userId) {
        return jdbc.sql("""
                SELECT u.id, u.first_name, u.last_name, m.admin
                FROM app_user u LEFT JOIN account_member m ON m.account_id = ? AND m.user_id = u.id
                WHERE u.id = ?""")
                .params(accountId, userId)
                .query((row, n) -> new Profile(row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4)))
                .optional();
    }
}
