package org.souk.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.moderation.internal.CannedResponseEntity;
import org.souk.moderation.internal.CannedResponseRepository;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' prepared texts, each citing a rule; market managers keep them. */
@Service
public class CannedResponses {

    private static final Pattern RULE = Pattern.compile("^[A-Z]{1,6}(-[A-Z]{2,6})?-\\d{1,3}$");

    private final CannedResponseRepository responses;
    private final AuditLog audit;
    private final Messages messages;

    CannedResponses(CannedResponseRepository responses, AuditLog audit, Messages messages) {
        this.responses = responses;
        this.audit = audit;
        this.messages = messages;
    }

    /** Serializable: a refused form goes back to its page as a flash attribute, kept in the session. */
    public record Form(String rule, String title, String body) implements java.io.Serializable {
    }

    @Transactional(readOnly = true)
    public List<CannedResponse> all() {
        return responses.findAllByOrderByRuleAscTitleAsc().stream().map(CannedResponseEntity::view).toList();
    }

    @Transactional
    public CannedResponse add(SoukUser manager, Form form) {
        Form valid = valid(form);
        CannedResponse saved = responses.save(new CannedResponseEntity(valid.rule(), valid.title(), valid.body(),
                manager.email())).view();
        audit.record("canned-response.added", "canned-response", saved.id(), saved.title());
        return saved;
    }

    @Transactional
    public CannedResponse update(SoukUser manager, long id, Form form) {
        Form valid = valid(form);
        CannedResponseEntity entity = entity(id);
        entity.set(valid.rule(), valid.title(), valid.body(), manager.email());
        audit.record("canned-response.changed", "canned-response", id, valid.title());
        return entity.view();
    }

    @Transactional
    public void delete(long id) {
        responses.delete(entity(id));
        audit.record("canned-response.deleted", "canned-response", id, null);
    }

    private CannedResponseEntity entity(long id) {
        return responses.findById(id).orElseThrow(() -> new NotFound(messages.get("error.canned.unknown", id)));
    }

    private Form valid(Form form) {
        String rule = form.rule() == null || form.rule().isBlank() ? null : form.rule().strip().toUpperCase();
        String title = form.title() == null ? "" : form.title().strip();
        String body = form.body() == null ? "" : form.body().strip();
        List<Violation> violations = new ArrayList<>();
        if (rule != null && !RULE.matcher(rule).matches()) {
            violations.add(messages.violation("rule", null, "error.canned.rule"));
        }
        if (title.isEmpty() || title.length() > 200) {
            violations.add(messages.violation("title", null, "error.canned.title"));
        }
        if (body.isEmpty() || body.length() > 5000) {
            violations.add(messages.violation("body", null, "error.canned.body"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new Form(rule, title, body);
    }
}
