package org.souk.checks.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.souk.checks.internal.rules.CheckFixtures.clean;
import static org.souk.checks.internal.rules.CheckFixtures.run;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.checks.Finding;
import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveReader;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.ImageAnalyzer;
import org.souk.solution.Card;
import org.souk.solution.Draft;
import org.souk.solution.Screenshot;
import org.souk.storage.BlobStore;

/** C-19 and C-20 blur and pixelation heuristics on icons and screenshots drawn here and kept in a folder store. */
class MediaChecksTest {

    static final Object SMOOTH = RenderingHints.VALUE_INTERPOLATION_BILINEAR;
    static final Object BLOCKY = RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR;

    @TempDir
    Path folder;

    BlobStore store;
    ImageAnalyzer images;

    @BeforeEach
    void store() {
        store = CheckFixtures.blobStore(folder);
        images = new ImageAnalyzer(store);
    }

    @Test
    void crispIconAndScreenshotsPass() {
        Draft draft = withMedia(clean(), put(png(icon(512, 0))), null, put(png(screen(1280, 720, 7))),
                put(jpeg(screen(1280, 720, 8))));
        assertThat(run(new IconQualityCheck(images), draft)).isEmpty();
        assertThat(run(new ScreenshotQualityCheck(images), draft)).isEmpty();
        // a card whose blobs are not there (or not images) is not judged: upload and C-25 see to that
        assertThat(run(new IconQualityCheck(images), clean())).isEmpty();
        assertThat(run(new ScreenshotQualityCheck(images), withMedia(clean(), put(new byte[] { 1, 2, 3 }), null,
                put("not an image".getBytes())))).isEmpty();
    }

    @Test
    void c19BlurredAndPixelatedIcons() {
        List<Finding> blurred = run(new IconQualityCheck(images), withMedia(clean(),
                put(png(scaled(icon(96, 0), 512, 512, SMOOTH))), null));
        assertThat(blurred).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("C-19");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo("card.icon");
            assertThat(f.message()).isEqualTo("C-19: The icon looks blurred.");
            assertThat(f.evidence()).startsWith("512x512, sharpness 0.");
        });
        List<Finding> pixelated = run(new IconQualityCheck(images), withMedia(clean(),
                put(png(scaled(icon(32, 0), 512, 512, BLOCKY))), null));
        assertThat(pixelated).extracting(Finding::message)
                .containsExactly("C-19: The icon looks pixelated: it is made of blocks of 16 pixels.");
        // enlarged 5.33 times: blocks of 5 and 6 pixels
        assertThat(run(new IconQualityCheck(images), withMedia(clean(), put(png(scaled(icon(96, 0), 512, 512,
                BLOCKY))), null))).extracting(Finding::message).containsExactly(
                        "C-19: The icon looks pixelated: it is made of blocks of 5 pixels.");
        // doubled: still reads well; a flat picture: nothing to judge
        assertThat(run(new IconQualityCheck(images), withMedia(clean(), put(png(scaled(icon(256, 0), 512, 512,
                BLOCKY))), null))).isEmpty();
        assertThat(run(new IconQualityCheck(images), withMedia(clean(), put(png(flat(300))), null))).isEmpty();
    }

    @Test
    void c20BlurredAndPixelatedScreenshots() {
        Draft draft = withMedia(clean(), null, null, put(png(screen(1280, 720, 1))),
                put(png(scaled(screen(320, 180, 2), 1280, 720, SMOOTH))),
                put(jpeg(scaled(screen(320, 180, 3), 1280, 720, SMOOTH))),
                put(png(scaled(screen(213, 120, 4), 1280, 720, BLOCKY))));
        List<Finding> findings = run(new ScreenshotQualityCheck(images), draft);
        assertThat(findings).extracting(Finding::message).containsExactly("C-20: Screenshot 2 looks blurred.",
                "C-20: Screenshot 3 looks blurred.", "C-20: Screenshot 4 looks pixelated: it is made of blocks of 6 "
                        + "pixels.");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING && f.field().equals("card.screenshots"));
        assertThat(findings.get(0).evidence()).startsWith("#2 “Screen 2”: 1280x720, sharpness 0.");
    }

    @Test
    void analysesAreCachedByBlobKey() {
        String key = put(png(icon(300, 1)));
        assertThat(images.analyze(key)).isPresent();
        assertThat(images.analyze(key).orElseThrow()).isSameAs(images.analyze(key).orElseThrow());
        assertThat(images.analyze("f".repeat(64))).isEmpty();
        assertThat(images.analyze("../../etc/passwd")).isEmpty();
    }

    /**
     * A typical card — icon with its thumbnail, 5 screenshots, two languages, an archive, a partner with
     * two other solutions — through this helper's checks: once cold, then warm (analyses cached by key).
     */
    @Test
    void aTypicalCardIsCheckedWellUnderASecond() {
        List<String> shots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shots.add(put(jpeg(screen(1280, 720, 20 + i))));
        }
        BufferedImage icon = icon(512, 0);
        Draft draft = withMedia(clean(), put(png(icon)), put(png(scaled(icon, 128, 128, SMOOTH))),
                shots.toArray(String[]::new));
        byte[] zip = ArchiveChecksTest.zip(ArchiveChecksTest.cleanApp());
        String archive = store.put(new ByteArrayInputStream(zip), 1 << 20, "application/zip").key();
        draft = ArchiveChecksTest.withArchive(draft, org.souk.solution.TechnologyType.REST_API, archive, "app.zip",
                (long) zip.length);
        List<Draft> siblings = List.of(withMedia(CloneChecksTest.sibling("acme.viber", "Viber Reminders"),
                put(png(icon(512, 1))), null), CloneChecksTest.sibling("acme.mail", "Mail Reminders"));
        ArchiveReader archives = new ArchiveReader(store);
        BiManifests manifests = new BiManifests(archives);
        List<Check> checks = List.of(new IconQualityCheck(images), new ScreenshotQualityCheck(images),
                new IconCloneCheck(images), new TextCloneCheck(), new CollectionCheck(),
                new ArchiveSecurityCheck(archives), new DemoDataCheck(archives), new ArchiveLinksCheck(archives),
                new SiteTemplateCheck(archives), new BiCodesCheck(manifests), new BiDescriptionsCheck(manifests),
                new BiDashboardNamesCheck(manifests), new BiMetricsInDatasetCheck(manifests),
                new BiChartLimitsCheck(manifests));
        long cold = System.nanoTime();
        for (Check check : checks) {
            assertThat(run(check, draft, siblings)).as(check.getClass().getSimpleName()).isEmpty();
        }
        cold = System.nanoTime() - cold;
        int runs = 200;
        long warm = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            for (Check check : checks) {
                run(check, draft, siblings);
            }
        }
        warm = (System.nanoTime() - warm) / runs;
        System.out.printf("archive, BI, clone and media checks of a typical card: cold %.1f ms, warm %.3f ms%n",
                cold / 1e6, warm / 1e6);
        assertThat(cold).isLessThan(5_000_000_000L);
        assertThat(warm).isLessThan(100_000_000L);
    }

    private String put(byte[] bytes) {
        return store.put(new ByteArrayInputStream(bytes), 16L << 20, null).key();
    }

    static Draft withMedia(Draft draft, String icon, String thumb, String... screenshots) {
        List<Screenshot> shots = new ArrayList<>();
        for (int i = 0; i < screenshots.length; i++) {
            shots.add(new Screenshot(i + 1, screenshots[i], screenshots[i], 1280, 720, "Screen " + (i + 1)));
        }
        return CheckFixtures.withCard(draft, c -> new Card(c.categories(), c.tags(), c.texts(), icon, thumb,
                shots, c.licenseUrl(), c.privacyUrl(), c.contactUrl(), c.demoUrl(), c.pricingPolicy(), c.testData()));
    }

    /** A flat-design icon: a rounded square with curved shapes, drawn at any size. Variants differ. */
    static BufferedImage icon(int size, int variant) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 100.0, size / 100.0);
        if (variant == 0) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 100, 100);
            g.setColor(new Color(30, 110, 200));
            g.fill(new RoundRectangle2D.Double(8, 8, 84, 84, 24, 24));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(22, 24, 56, 40));
            Path2D tail = new Path2D.Double();
            tail.moveTo(30, 58);
            tail.lineTo(44, 60);
            tail.lineTo(36, 76);
            tail.closePath();
            g.fill(tail);
            g.setColor(new Color(255, 200, 0));
            g.fill(new Ellipse2D.Double(60, 60, 22, 22));
        } else {
            g.setColor(new Color(20, 20, 30));
            g.fillRect(0, 0, 100, 100);
            g.setColor(new Color(240, 90, 60));
            g.setStroke(new BasicStroke(9));
            g.draw(new Line2D.Double(15, 85, 85, 15));
            g.setColor(new Color(250, 250, 250));
            g.fill(new Ellipse2D.Double(10, 10, 35, 35));
            g.fill(new Ellipse2D.Double(62, 58, 30, 30));
        }
        g.dispose();
        return image;
    }

    /** An app's page: a header, a menu, rows with avatars and words. */
    static BufferedImage screen(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(width / 1280.0, height / 720.0);
        g.setColor(new Color(245, 247, 250));
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(40, 60, 90));
        g.fillRect(0, 0, 1280, 56);
        g.setColor(new Color(230, 234, 240));
        g.fillRect(0, 56, 220, 664);
        Random random = new Random(seed);
        for (int row = 0; row < 14; row++) {
            double y = 80 + row * 44.3;
            g.setColor(new Color(220, 224, 230));
            g.draw(new Line2D.Double(240, y + 36, 1260, y + 36));
            g.setColor(new Color(120 + random.nextInt(60), 140, 200));
            g.fill(new Ellipse2D.Double(250, y + 4, 28, 28));
            double x = 290;
            while (x < 1200) {
                double word = 20 + random.nextInt(70);
                g.setColor(new Color(60, 60, 70));
                g.fill(new RoundRectangle2D.Double(x, y + 12 + random.nextDouble(), word, 9.5, 3, 3));
                x += word + 8 + random.nextInt(6);
            }
        }
        g.dispose();
        return image;
    }

    static BufferedImage flat(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 110, 200));
        g.fillRect(0, 0, size, size);
        g.dispose();
        return image;
    }

    static BufferedImage scaled(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
