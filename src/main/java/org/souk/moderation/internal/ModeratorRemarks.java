package org.souk.moderation.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.souk.identity.SoukUser;
import org.souk.moderation.SubmissionStatus;
import org.souk.moderation.SubmissionView;
import org.souk.moderation.Submissions;
import org.souk.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * M-04: after a return the card and version pages (the solution module's) show the moderator's comment
 * and the remarks on fields, each linking to its field, until the draft is submitted again.
 */
@ControllerAdvice(annotations = Controller.class)
class ModeratorRemarks {

    private static final Pattern EDITOR = Pattern.compile("/partner/solutions/([^/]+)/(card|versions/\\d+)");
    private static final Pattern TEXT = Pattern.compile("card\\.texts\\.([a-z]{2})\\.(\\w+)");
    private static final Pattern NEWS = Pattern.compile("version\\.whatsNew\\.([a-z]{2})");

    private final Submissions submissions;

    ModeratorRemarks(Submissions submissions) {
        this.submissions = submissions;
    }

    record Remark(String field, String anchor, String comment) {
    }

    record Remarks(String comment, List<Remark> fieldComments) {
    }

    @ModelAttribute
    void remarks(@AuthenticationPrincipal SoukUser user, HttpServletRequest request, Model model) {
        Matcher editor = EDITOR.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (user == null || !editor.matches()) {
            return;
        }
        Optional<SubmissionView> latest;
        try {
            latest = submissions.latest(user, editor.group(1));
        } catch (NotFound e) {
            return; // not the user's solution: the page itself answers 404
        }
        if (latest.isPresent() && latest.get().status() == SubmissionStatus.RETURNED) {
            SubmissionView returned = latest.get();
            model.addAttribute("moderatorRemarks", new Remarks(returned.comment(), returned.fieldComments().stream()
                    .map(r -> new Remark(r.field(), anchor(r.field()), r.comment())).toList()));
        }
    }

    /** The id of a field's input on the card and version pages: title-en for card.texts.en.title. */
    static String anchor(String field) {
        Matcher text = TEXT.matcher(field);
        if (text.matches()) {
            return text.group(2) + "-" + text.group(1);
        }
        Matcher news = NEWS.matcher(field);
        if (news.matches()) {
            return "whatsNew-" + news.group(1);
        }
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
