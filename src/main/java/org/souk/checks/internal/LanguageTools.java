package org.souk.checks.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.market.Language;
import org.souk.market.Regions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The heavy text tools of the language checks (C-25, V-08): the language detector (Lingua, well under a
 * second and about 10 MB of heap for the market's 8 languages) and the grammar checker (LanguageTool, about 6 s and
 * 160 MB for English and Russian). They start once, in a background thread, when the web server is up, never on a
 * request; until then the checks report one INFO finding instead. Either can be switched off:
 * {@code souk.checks.language.detection.enabled}, {@code souk.checks.language.grammar.enabled}.
 */
@Component
public class LanguageTools {

    private static final Logger log = LoggerFactory.getLogger(LanguageTools.class);

    private final Supplier<? extends Collection<String>> languages;
    private final boolean detectionEnabled;
    private final boolean grammarEnabled;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean started;
    private volatile boolean failed;
    private volatile LanguageDetection detection;
    private volatile GrammarChecker grammar;
    private volatile Duration detectionStart;
    private volatile Duration grammarStart;

    @Autowired
    LanguageTools(Regions regions, @Value("${souk.checks.language.detection.enabled:true}") boolean detection,
            @Value("${souk.checks.language.grammar.enabled:true}") boolean grammar) {
        this(() -> regions.languages().stream().map(Language::code).toList(), detection, grammar);
    }

    /** Tools for the languages the supplier names when they start (the market's, read from the database). */
    public LanguageTools(Supplier<? extends Collection<String>> languages, boolean detection, boolean grammar) {
        this.languages = languages;
        this.detectionEnabled = detection;
        this.grammarEnabled = grammar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        start();
    }

    /** Starts the enabled tools in a background thread, once; later calls do nothing. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        if (!detectionEnabled && !grammarEnabled) {
            done.countDown();
            return;
        }
        Thread thread = new Thread(this::warmUp, "souk-language-tools");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void warmUp() {
        try {
            List<String> codes = List.copyOf(languages.get());
            if (detectionEnabled) {
                long begin = System.nanoTime();
                detection = LanguageDetection.build(codes).orElse(null);
                detectionStart = Duration.ofNanos(System.nanoTime() - begin);
                log.info("Language detection for {} ready in {} ms", detection == null ? "no language"
                        : detection.languages(), detectionStart.toMillis());
            }
            if (grammarEnabled) {
                long begin = System.nanoTime();
                grammar = GrammarChecker.build(codes).orElse(null);
                grammarStart = Duration.ofNanos(System.nanoTime() - begin);
                log.info("Grammar checks for {} ready in {} ms", grammar == null ? "no language"
                        : grammar.languages(), grammarStart.toMillis());
            }
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            failed = true;
            log.error("The language tools could not start; the language checks do not run", e);
        } finally {
            done.countDown();
        }
    }

    /** Waits for the tools to have started (or failed); whether they are all ready. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && !failed;
    }

    /** Whether an enabled tool is still starting (or has not been started yet). */
    public boolean warmingUp() {
        return (detectionEnabled || grammarEnabled) && done.getCount() > 0;
    }

    /** Whether starting the tools failed (the log says why). */
    public boolean failed() {
        return failed;
    }

    /** The detector once it is ready and if it is enabled and knows two of the market's languages. */
    public Optional<LanguageDetection> detection() {
        return Optional.ofNullable(detection);
    }

    /** The grammar checker once it is ready and if it is enabled and has a module for a market language. */
    public Optional<GrammarChecker> grammar() {
        return Optional.ofNullable(grammar);
    }

    /** How long each tool took to start (null before, or if off). */
    public Duration detectionStart() {
        return detectionStart;
    }

    public Duration grammarStart() {
        return grammarStart;
    }
}
