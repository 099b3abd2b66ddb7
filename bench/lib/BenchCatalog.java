import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional published solutions for the benches: rows of {@code catalog_entry} as the publication events would
 * write them (snapshot JSON with varied English and Russian texts from a 45-word vocabulary per language, 9
 * categories, 17 tags, 3 pricing policies, 2 000 partners, random install counts and publication dates). Rows
 * written by SQL are not indexed, as after a migration: the bench builds the index.
 */
public final class BenchCatalog {

    public static final String[] EN = { "invoice", "reminder", "telephony", "calls", "deals", "pipeline", "report",
        "analytics", "chat", "bot", "calendar", "booking", "payments", "warehouse", "delivery", "forms", "leads",
        "contracts", "documents", "signature", "email", "marketing", "campaign", "survey", "tasks", "projects",
        "timesheet", "payroll", "inventory", "orders", "shipping", "loyalty", "coupons", "feedback", "support",
        "tickets", "knowledge", "sync", "import", "export", "backup", "dashboard", "sales", "quotes", "catalog" };
    public static final String[] RU = { "счета", "напоминания", "телефония", "звонки", "сделки", "воронка", "отчёт",
        "аналитика", "чат", "бот", "календарь", "бронирование", "платежи", "склад", "доставка", "формы", "лиды",
        "договоры", "документы", "подпись", "почта", "маркетинг", "рассылка", "опрос", "задачи", "проекты",
        "табель", "зарплата", "остатки", "заказы", "отгрузка", "лояльность", "купоны", "отзывы", "поддержка",
        "обращения", "база знаний", "синхронизация", "импорт", "экспорт", "резервная копия", "сводка", "продажи" };
    private static final String[][] CATEGORIES = { { "integrations.telephony", "integrations" },
        { "integrations.sms", "integrations" }, { "integrations.payments", "integrations" },
        { "integrations.messengers", "integrations" }, { "automation.workflows", "automation" },
        { "automation.chat_bots", "automation" }, { "analytics.bi_reports", "analytics" },
        { "sites.templates", "sites" }, { "migration", "migration" } };
    private static final String[] TAGS = { "crm", "telephony", "sms", "email", "payments", "analytics", "automation",
        "chat_bot", "documents", "tasks", "hr", "sales", "marketing", "e_commerce", "reports", "calendar", "ai" };
    private static final String[] PRICING = { "FREE", "EXTERNAL_SERVICE_PAID", "ADDITIONAL_PAID_FUNCTIONALITY" };

    private BenchCatalog() {
    }

    /** Rows as Publication writes them: the snapshot JSON and the columns the catalog queries. */
    public static List<String> generate(DataSource dataSource, int count) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Random random = new Random(42);
        List<String> codes = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO catalog_entry (code, partner_id, partner_code, snapshot, first_published_at, "
                        + "published_at, installs, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                String partner = "benchpartner" + (i % 2000);
                String code = partner + ".app" + i;
                codes.add(code);
                String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                List<String> tags = List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)])
                        .stream().distinct().toList();
                Instant published = now.minusSeconds(random.nextInt(3 * 365 * 86400));
                long installs = random.nextInt(5000);
                Map<String, Object> texts = new LinkedHashMap<>();
                texts.put("en", text(random, EN, "Fictional app " + i + ": "));
                texts.put("ru", text(random, RU, "Вымышленное приложение " + i + ": "));
                Map<String, Object> snapshot = new LinkedHashMap<>();
                snapshot.put("code", code);
                snapshot.put("partnerCode", partner);
                snapshot.put("partnerName", "Bench Partner " + (i % 2000) + " (fictional)");
                snapshot.put("technologyType", "REST_API");
                snapshot.put("regions", List.of("global"));
                snapshot.put("homeLanguage", "en");
                snapshot.put("categories", List.of(category[0]));
                snapshot.put("categoryGroups", List.of(category[1]));
                snapshot.put("tags", tags);
                snapshot.put("taxonomyNames", List.of(category[0].replace('_', ' ')));
                snapshot.put("texts", texts);
                snapshot.put("screenshots", List.of());
                snapshot.put("licenseUrl", "https://bench.example.com/license");
                snapshot.put("privacyUrl", "https://bench.example.com/privacy");
                snapshot.put("pricingPolicy", PRICING[random.nextInt(PRICING.length)]);
                snapshot.put("versionNumber", 1);
                snapshot.put("scopes", List.of("crm", "user_brief"));
                snapshot.put("recommended", category[0].equals("integrations.telephony") && random.nextInt(4) == 0);
                snapshot.put("firstPublishedAt", published.toString());
                snapshot.put("publishedAt", published.toString());
                insert.setString(1, code);
                insert.setLong(2, i % 2000);
                insert.setString(3, partner);
                insert.setString(4, json.writeValueAsString(snapshot));
                insert.setTimestamp(5, Timestamp.from(published));
                insert.setTimestamp(6, Timestamp.from(published));
                insert.setLong(7, installs);
                insert.setTimestamp(8, Timestamp.from(now));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return codes;
    }

    private static Map<String, String> text(Random random, String[] words, String prefix) {
        return Map.of("title", capitalize(pick(random, words, 2)) + " " + pick(random, words, 1),
                "shortDescription", prefix + pick(random, words, 6) + ".",
                "fullDescription", "<p>" + pick(random, words, 40) + ".</p><p>" + pick(random, words, 30) + ".</p>",
                "keywords", String.join(", ", pick(random, words, 4).split(" ")),
                "installation", pick(random, words, 12) + ".", "support", "support@bench.example.com");
    }

    private static String pick(Random random, String[] words, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
