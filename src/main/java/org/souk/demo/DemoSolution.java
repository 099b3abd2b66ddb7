package org.souk.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.souk.identity.SoukUser;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.NewSolution;
import org.souk.solution.PricingPolicy;
import org.souk.solution.SolutionCards;
import org.souk.solution.SolutionVersions;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionPatch;
import org.springframework.stereotype.Component;

/**
 * A complete, obviously fictional solution card for the demo partner, in English and Russian, with a
 * drawn icon and screenshots: what a card that passes every check without the network looks like.
 */
@Component
public class DemoSolution {

    static final String APP_CODE = "sms_reminders";
    /** The demo partner's draft that was never submitted: the newcomer submits it (README, "Try it"). */
    static final String DRAFT_CODE = "deal_followups";

    /** What tells one demo card from another: texts, taxonomy, scopes, the icon's word and colour. */
    record Look(String category, List<String> tags, CardText english, CardText russian, String region,
            List<String> scopes, String iconWord, Color colour, String testData) {

        Look inGlobalOnly() {
            return new Look(category, tags, english, russian, null, scopes, iconWord, colour, testData);
        }
    }

    static final Look SMS = new Look("integrations.sms", List.of("sms", "crm"),
            new CardText("SMS Reminders", "Sends SMS reminders about upcoming deals to your customers.",
                    "<p>The app sends SMS reminders about upcoming deals through the "
                            + "<a href=\"https://gateway.example.com/\">Example SMS gateway</a> you connect.</p>"
                            + "<p>Limits: no more than 1000 messages a day on the free plan of the gateway.</p>",
                    "sms, reminders, deals, notifications",
                    "Open the app, enter the gateway key, choose the deal stages that send a reminder.",
                    "E-mail support@widgets.example.com, Mon-Fri 9:00-18:00 UTC, answers within one business day."),
            new CardText("SMS-напоминания", "Отправляет клиентам SMS-напоминания о предстоящих сделках.",
                    "<p>Приложение отправляет SMS-напоминания о сделках через подключённый "
                            + "<a href=\"https://gateway.example.com/\">SMS-шлюз</a>.</p>",
                    "sms, напоминания, сделки, уведомления",
                    "Откройте приложение, введите ключ шлюза, выберите стадии сделок для напоминаний.",
                    "Почта support@widgets.example.com, пн-пт 9:00-18:00 UTC, ответ в течение рабочего дня."),
            "ru", List.of("crm", "messageservice", "user_brief"), "SMS", new Color(11, 122, 117),
            "Gateway test key: demo-key-123 (a made-up gateway of the demo data)");

    static final Look FOLLOW_UPS = new Look("integrations.email_marketing", List.of("email", "crm"),
            new CardText("Deal Follow-ups", "Sends your customer a friendly e-mail when a deal has been quiet for a week.",
                    "<p>The app watches your open deals and, when nothing has happened on one for seven days, sends "
                            + "the customer a short follow-up e-mail written from your template.</p>"
                            + "<p>Limits: one follow-up per deal a week, at most 200 e-mails a day.</p>",
                    "follow-up, e-mail, deals, customers",
                    "Open the app, write the follow-up template and choose the pipelines it watches.",
                    "E-mail support@widgets.example.com, Mon-Fri 9:00-18:00 UTC, answers within one business day."),
            new CardText("Напоминания по сделкам", "Отправляет клиенту вежливое письмо, если по сделке неделю тишина.",
                    "<p>Приложение следит за открытыми сделками и, если по сделке семь дней ничего не происходит, "
                            + "отправляет клиенту короткое письмо по вашему шаблону.</p>",
                    "письма, сделки, клиенты, напоминания",
                    "Откройте приложение, напишите шаблон письма и выберите воронки.",
                    "Почта support@widgets.example.com, пн-пт 9:00-18:00 UTC, ответ в течение рабочего дня."),
            null, List.of("crm", "user_brief"), "Mail", new Color(52, 84, 160),
            "Nothing to set up: the app works on the account's own deals (made-up data of the demo)");

    private final Solutions solutions;
    private final SolutionCards cards;
    private final SolutionVersions versions;

    DemoSolution(Solutions solutions, SolutionCards cards, SolutionVersions versions) {
        this.solutions = solutions;
        this.cards = cards;
        this.versions = versions;
    }

    /**
     * A complete card and version that the checks pass, its pages under {@code site} (tests give a server
     * of their own, so that the network checks find every page).
     */
    public String create(SoukUser owner, String appCode, String site) {
        return create(owner, appCode, SMS, site + "/license", site + "/privacy", site + "/contact", site + "/app/",
                null, site + "/app/install");
    }

    /** The same offered in the global region only: one region, so one submission a round of moderation. */
    public String createInGlobalOnly(SoukUser owner, String appCode, String site) {
        return create(owner, appCode, SMS.inGlobalOnly(), site + "/license", site + "/privacy", site + "/contact",
                site + "/app/", null, site + "/app/install");
    }

    /** The demo's own apps: every page served by Souk itself under {@code app} (DemoAppPages). */
    String create(SoukUser owner, String appCode, Look look, String app) {
        return create(owner, appCode, look, app + "license", app + "privacy", app + "contact", app, app + "install",
                app + "handler");
    }

    private String create(SoukUser owner, String appCode, Look look, String license, String privacy, String contact,
            String appUrl, String installerUrl, String handlerUrl) {
        String code = solutions.add(owner, new NewSolution(appCode, "global", TechnologyType.REST_API)).solution()
                .code();
        if (look.region() != null) {
            solutions.addRegion(owner, code, look.region());
        }
        cards.update(owner, code, new CardPatch(List.of(look.category()), look.tags(),
                Map.of("en", look.english(), "ru", look.russian()), license, privacy, contact, null,
                PricingPolicy.FREE, look.testData()));
        cards.setIcon(owner, code, png(icon(look)));
        for (String screen : List.of("Deals", "Reminders", "Settings")) {
            cards.addScreenshot(owner, code, png(screenshot(look.english().title(), screen)), screen);
        }
        versions.update(owner, code, 1, new VersionPatch(look.scopes(), true, true, false, List.of(), false, appUrl,
                installerUrl, handlerUrl, Map.of()));
        return code;
    }

    private static BufferedImage icon(Look look) {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(look.colour());
        g.fillRect(0, 0, 400, 400);
        g.setColor(Color.WHITE);
        g.fillRoundRect(80, 110, 240, 160, 40, 40);
        g.fillPolygon(new int[] { 140, 200, 120 }, new int[] { 260, 260, 320 }, 3);
        g.setColor(look.colour());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
        g.drawString(look.iconWord(), 200 - g.getFontMetrics().stringWidth(look.iconWord()) / 2, 218);
        g.dispose();
        return image;
    }

    /** The demo partner's logo: a grid of four rounded tiles, widgets in the market's colours. */
    static InputStream partnerLogo() {
        BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 320);
        Color[] tiles = { new Color(11, 122, 117), new Color(245, 194, 107), new Color(20, 48, 74),
            new Color(217, 83, 79) };
        for (int i = 0; i < tiles.length; i++) {
            g.setColor(tiles[i]);
            g.fillRoundRect(30 + (i % 2) * 140, 30 + (i / 2) * 140, 120, 120, 36, 36);
        }
        g.dispose();
        return png(image);
    }

    private static BufferedImage screenshot(String app, String title) {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(245, 247, 250));
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(20, 48, 74));
        g.fillRect(0, 0, 1280, 64);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(app + " · " + title, 32, 42);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int row = 0; row < 8; row++) {
            g.setColor(row % 2 == 0 ? Color.WHITE : new Color(233, 245, 244));
            g.fillRect(32, 96 + row * 64, 1216, 56);
            g.setColor(new Color(29, 42, 58));
            g.drawString("Example deal #" + (101 + row) + " — reminder " + (row % 3 == 0 ? "sent" : "scheduled"),
                    56, 132 + row * 64);
        }
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static InputStream png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
