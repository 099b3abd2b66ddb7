package org.souk.install.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/** An installed app as rows of the database, for tests of one mechanism that need no whole install flow. */
final class InstallRows {

    private InstallRows() {
    }

    /** The solution {@code code} as the token endpoint knows it: its client's id and the hash of its secret. */
    static void client(JdbcTemplate jdbc, String code, String clientId, String secretHash) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO solution (partner_id, code, module_code, technology_type, client_id, secret_hash,
                                      secret_rotated_at, created_at, updated_at)
                VALUES (0, ?, ?, 'STATIC', ?, ?, ?, ?, ?)""", code, code, clientId, secretHash, now, now, now);
    }

    /** A customer account with one installation of {@code code}, whose events go to {@code handlerUrl} (may be null). */
    static long installation(JdbcTemplate jdbc, String code, String handlerUrl) {
        Number account = new SimpleJdbcInsert(jdbc).withTableName("customer_account").usingGeneratedKeyColumns("id")
                .executeAndReturnKey(Map.of("domain", code.replace('_', '-') + ".example.com", "member_id",
                        String.format("%032x", System.nanoTime()), "plan", "basic", "language", "en",
                        "created_at", Timestamp.from(Instant.now())));
        Map<String, Object> row = new HashMap<>();
        row.put("account_id", account);
        row.put("solution_code", code);
        row.put("version", 1);
        row.put("scope", "crm");
        row.put("handler_url", handlerUrl);
        row.put("installable_without_admin", false);
        row.put("paid", false);
        row.put("status", "INSTALLED");
        row.put("application_token", code);
        row.put("installed_by", 1);
        row.put("test", false);
        row.put("installed_at", Timestamp.from(Instant.now()));
        return new SimpleJdbcInsert(jdbc).withTableName("installation").usingGeneratedKeyColumns("id")
                .usingColumns(row.keySet().toArray(String[]::new)).executeAndReturnKey(row).longValue();
    }
}
