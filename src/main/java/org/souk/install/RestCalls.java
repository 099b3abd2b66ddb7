package org.souk.install;

import java.util.List;

import javax.sql.DataSource;

import org.souk.identity.SoukUser;
import org.souk.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * F-10: the log of a solution's REST calls, newest first, for its partner and the moderators: Souk keeps each call
 * of every installation (method, time, status, duration) for at least 3 days.
 */
@Service
public class RestCalls {

    private final Installations installations;
    private final JdbcClient jdbc;

    RestCalls(Installations installations, DataSource dataSource) {
        this.installations = installations;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** A page of the calls; {@code domain} (optional) keeps one account's. */
    public PageResponse<RestCall> of(SoukUser user, String code, String domain, int page, int size) {
        installations.requireOwnerOrModerator(user, code);
        int number = Math.max(page, 0);
        int rows = Math.min(Math.max(size, 1), 200);
        String where = """
                FROM rest_call_log l JOIN installation i ON i.id = l.installation_id
                JOIN customer_account a ON a.id = i.account_id
                WHERE i.solution_code = :code AND (:domain = '' OR a.domain = :domain)""";
        String account = domain == null ? "" : domain.strip();
        long total = jdbc.sql("SELECT COUNT(*) " + where).param("code", code).param("domain", account)
                .query(Long.class).single();
        number = (int) Math.min(number, Math.max(total - 1, 0) / rows); // past the end: the last page
        List<RestCall> calls = jdbc.sql("SELECT a.domain, l.method, l.called_at, l.status, l.duration_ms " + where
                + " ORDER BY l.called_at DESC, l.id DESC LIMIT :limit OFFSET :offset").param("code", code)
                .param("domain", account).param("limit", rows).param("offset", (long) number * rows)
                .query((rs, i) -> new RestCall(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getInt(5)))
                .list();
        return new PageResponse<>(calls, number, rows, total, (int) ((total + rows - 1) / rows));
    }
}
