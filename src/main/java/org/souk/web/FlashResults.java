package org.souk.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page says what a step did after its redirect: a notice, or what kept it back in plain sentences, each
 * naming its field as the form labels it, the rule's id last (a flash message is text: no tag can link it).
 */
@Component
public class FlashResults {

    private final FieldLabels labels;
    private final RuleBook rules;

    FlashResults(FieldLabels labels, RuleBook rules) {
        this.labels = labels;
        this.rules = rules;
    }

    /** Runs a step; {@code notice} (when not null) after success, else the broken rules with their fields. */
    public void attempt(RedirectAttributes redirect, String notice, Runnable step) {
        try {
            step.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.violations().stream().map(this::sentence)
                    .reduce((a, b) -> a + " " + b).orElse(e.getMessage()));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", sentence(new Violation(null, e.rule(), e.getMessage())));
        } catch (NotAllowed e) {
            redirect.addFlashAttribute("error", sentence(new Violation(null, e.rule(), e.getMessage())));
        }
    }

    /** "Label: sentence (RULE)": the layout shows the rule as a tag (fragments :: ruled). */
    private String sentence(Violation v) {
        String label = v.field() == null ? null : labels.of(v.field());
        String text = rules.plain(v.message(), v.rule());
        boolean named = label == null || text.startsWith(label);
        return (named ? "" : label + ": ") + text + (v.rule() == null ? "" : " (" + v.rule() + ")");
    }

    /** What an upload hands its file's content to. */
    public interface Upload {
        void accept(InputStream content);
    }

    /**
     * A file upload (icon, screenshot, archive, logo): its errors go under its own field ({@code errorAttribute}, a
     * list of violations, each shown as its sentence with its rule as a tag: fragments.html's uploadErrors),
     * {@code broken} when the file cannot even be read. Answers {@code page}, where to go next.
     */
    public static String upload(RedirectAttributes redirect, String page, String errorAttribute, String notice,
            String broken, MultipartFile file, Upload upload) {
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            upload.accept(content);
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(errorAttribute, new ArrayList<>(e.violations()));
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IOException e) {
            redirect.addFlashAttribute(errorAttribute, new ArrayList<>(List.of(new Violation(null, null, broken))));
        }
        return page;
    }
}
