
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.souk.SoukApplication;
import org.souk.checks.CheckReport;
import org.souk.checks.Finding;
import org.souk.checks.SolutionChecks;
import org.souk.checks.internal.LanguageTools;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Screenshot;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.storage.BlobStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long a full check of a typical card takes (issue 4: "under a second after warm-up"): every check
 * of the checks module that needs no network, through {@link SolutionChecks#check(Draft)}, on a card
 * with all texts in English and Russian, an icon and 5 screenshots in the blob store, and a second
 * version with "What's new" in both languages. The market runs as in the tests (H2 in memory), with
 * the language tools on; the program waits for them, warms up, then times the runs.
 *
 * <p>Two figures: the same card again (every cache warm: what "Check now" costs when nothing changed)
 * and every run with the language tools' caches emptied (every text checked anew by Lingua and
 * LanguageTool: what a card with all texts just edited costs). See bench/README.md.
 */
public final class ChecksBench {

    private ChecksBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long boot = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SoukApplication.class)
                .profiles("test")
                // arguments, not default properties: they must win over application(-test).properties
                .run("--server.port=0", "--souk.checks.language.detection.enabled=true",
                        "--souk.checks.language.grammar.enabled=true", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--logging.level.org.souk.checks.internal.LanguageTools=INFO")) {
            System.out.printf(Locale.ROOT, "market started in %d ms%n", ms(System.nanoTime() - boot));
            LanguageTools tools = context.getBean(LanguageTools.class);
            tools.start(); // already started on ApplicationReadyEvent: does nothing then
            long wait = System.nanoTime();
            if (!tools.awaitReady(Duration.ofMinutes(10))) {
                throw new IllegalStateException("the language tools did not start");
            }
            System.out.printf(Locale.ROOT, "language tools ready %d ms later (detection %d ms, grammar %d ms)%n",
                    ms(System.nanoTime() - wait), tools.detectionStart().toMillis(), tools.grammarStart().toMillis());
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap in use with the market and both tools: %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));

            SolutionChecks checks = context.getBean(SolutionChecks.class);
            Draft card = typicalCard(context.getBean(BlobStore.class));
            int count = checks.rules().stream().mapToInt(SolutionChecks.RuleSetting::checks).sum();
            System.out.printf(Locale.ROOT, "%d checks of %d rules (the network ones are skipped by check(Draft))%n",
                    count, checks.rules().size());

            long first = System.nanoTime();
            CheckReport report = checks.check(card);
            System.out.printf(Locale.ROOT, "first check: %d ms, %d findings (%d blockers, %d warnings)%n",
                    ms(System.nanoTime() - first), report.findings().size(), report.blockers(), report.warnings());
            for (Finding finding : report.findings()) {
                System.out.printf("  %s %s %s | %s%n", finding.severity(), finding.field(), finding.message(),
                        finding.evidence());
            }

            for (int i = 0; i < warmUp; i++) {
                checks.check(card);
            }
            print("same card, caches warm", time(runs, () -> checks.check(card), () -> {
            }));
            print("language caches emptied before each run", time(runs, () -> checks.check(card), () -> {
                tools.detection().ifPresent(d -> d.forget());
                tools.grammar().ifPresent(g -> g.forget());
            }));
        }
    }

    private static long[] time(int runs, Supplier<CheckReport> check, Runnable before) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            before.run();
            long start = System.nanoTime();
            check.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-42s runs %d: min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms%n", what,
                sorted.length, sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** A complete, clean card of a typical size, its images stored in the market's blob store. */
    static Draft typicalCard(BlobStore blobs) {
        String icon = put(blobs, icon());
        List<Screenshot> screenshots = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            BufferedImage screenshot = screenshot(i);
            screenshots.add(new Screenshot(i, put(blobs, screenshot), put(blobs, thumbnail(screenshot)), 1280, 720,
                    "Screen " + i));
        }
        CardText english = new CardText("Deal Reminders by SMS",
                "Sends your customers SMS reminders about upcoming deals and payments.",
                "<p>Deal Reminders sends SMS messages to your customers before a deal reaches the stage you choose: "
                        + "a meeting, a payment date, the end of a trial. Each message is written from a template with "
                        + "the customer's name, the deal amount and the date.</p>"
                        + "<p>The app works with the SMS gateway you already use. You choose the stages, the time of "
                        + "day and how many days in advance the reminder goes out. Replies from customers appear in "
                        + "the deal's timeline, so managers see at once who confirmed.</p>"
                        + "<ul><li>Reminders for any stage of any pipeline</li><li>Templates in several languages</li>"
                        + "<li>Reports of sent and delivered messages</li></ul>"
                        + "<p>Limitations: the gateway charges for every message at its own prices, for example 0.05 EUR "
                        + "a message; no more than 1000 messages a day are sent from one account.</p>",
                "sms, reminders, deals, payments, notifications, customers",
                "Open the app from the left menu, enter the key of your SMS gateway on the settings page, choose the "
                        + "pipelines and stages, and save. The first reminders go out the next morning.",
                "E-mail support@deal-reminders.example.com or use the form at https://deal-reminders.example.com/help. "
                        + "We answer Monday to Friday, 9:00 to 18:00 UTC, within one business day.");
        CardText russian = new CardText("SMS-напоминания о сделках",
                "Отправляет клиентам SMS-напоминания о предстоящих сделках и платежах.",
                "<p>Приложение отправляет клиентам SMS до того, как сделка дойдёт до выбранной стадии: встреча, "
                        + "дата оплаты, окончание пробного периода. Каждое сообщение составляется по шаблону с "
                        + "именем клиента, суммой сделки и датой.</p>"
                        + "<p>Приложение работает с вашим SMS-шлюзом. Вы выбираете стадии, время отправки и за сколько "
                        + "дней приходит напоминание. Ответы клиентов появляются в истории сделки, и менеджеры сразу "
                        + "видят, кто подтвердил.</p>"
                        + "<ul><li>Напоминания для любой стадии любой воронки</li><li>Шаблоны на нескольких "
                        + "языках</li><li>Отчёты об отправленных и доставленных сообщениях</li></ul>"
                        + "<p>Ограничения: шлюз берёт плату за каждое сообщение по своим тарифам, например 4 руб. за "
                        + "сообщение; с одного портала отправляется не больше 1000 сообщений в день.</p>",
                "sms, напоминания, сделки, платежи, уведомления, клиенты",
                "Откройте приложение из левого меню, введите ключ SMS-шлюза на странице настроек, выберите воронки "
                        + "и стадии и сохраните. Первые напоминания уйдут на следующее утро.",
                "Почта support@deal-reminders.example.com или форма на https://deal-reminders.example.com/help. "
                        + "Отвечаем с понедельника по пятницу с 9:00 до 18:00 по Москве, в течение рабочего дня.");
        Card card = new Card(List.of("integrations.sms"), List.of("sms", "crm"), Map.of("en", english, "ru", russian),
                icon, put(blobs, scaled(icon(), 128)), screenshots, "https://deal-reminders.example.com/license",
                "https://deal-reminders.example.com/privacy", null, null, PricingPolicy.EXTERNAL_SERVICE_PAID,
                "gateway key: demo");
        VersionCard version = new VersionCard(2, List.of("crm", "messageservice", "user_brief"), true, true, false,
                List.of(), false, "https://app.deal-reminders.example.com/", null, null, null,
                "https://app.deal-reminders.example.com/install", null, Map.of(
                        "en", "Reminders can now be sent on the day of a payment, and templates have a preview.",
                        "ru", "Напоминания теперь можно отправлять в день оплаты, а у шаблонов появился просмотр."),
                false);
        return new Draft("bench.deal_reminders", TechnologyType.REST_API, List.of("global", "ru"), card, version);
    }

    private static BufferedImage icon() {
        BufferedImage image = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f, 0x80, 0xed), 512, 512, new Color(0x1b, 0x4f, 0x9c)));
        g.fillRect(0, 0, 512, 512);
        g.setColor(Color.WHITE);
        g.fillRoundRect(96, 136, 320, 220, 48, 48);
        g.fillPolygon(new int[] { 160, 230, 150 }, new int[] { 340, 340, 420 }, 3);
        g.setColor(new Color(0x2f, 0x80, 0xed));
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(150, 210, 362, 210);
        g.drawLine(150, 280, 300, 280);
        g.dispose();
        return image;
    }

    private static BufferedImage screenshot(int n) {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        g.setColor(new Color(0xf5, 0xf7, 0xfa));
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(0x1b, 0x4f, 0x9c));
        g.fillRect(0, 0, 220, 720);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        for (int i = 0; i < 8; i++) {
            g.drawString("Menu item " + (i + 1), 24, 60 + 40 * i);
        }
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString("Deal reminders — screen " + n, 260, 60);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        for (int row = 0; row < 12; row++) {
            g.setColor(row % 2 == 0 ? Color.WHITE : new Color(0xee, 0xf1, 0xf5));
            g.fillRect(260, 100 + row * 46, 980, 46);
            g.setColor(new Color(0x33, 0x33, 0x33));
            g.drawString("Deal #" + (1000 + row * n) + "   Customer " + (char) ('A' + row) + ". Example   "
                    + (120 + row * 35 * n) + " EUR   reminder on " + (row + 1) + " June", 280, 128 + row * 46);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage thumbnail(BufferedImage image) {
        BufferedImage thumb = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(thumb);
        g.drawImage(image, 0, 0, 320, 180, null);
        g.dispose();
        return thumb;
    }

    private static BufferedImage scaled(BufferedImage image, int side) {
        BufferedImage small = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(small);
        g.drawImage(image, 0, 0, side, side, null);
        g.dispose();
        return small;
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return g;
    }

    private static String put(BlobStore blobs, BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blobs.put(new ByteArrayInputStream(png.toByteArray()), 8L * 1024 * 1024, "image/png").key();
    }
}
