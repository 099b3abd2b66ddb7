package org.souk.market;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.audit.AuditLog;
import org.souk.market.internal.PolicyEntity;
import org.souk.market.internal.PolicyRepository;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Marketplace Policy: versioned, never edited in place. An administrator publishes a new version;
 * partners are then asked to accept it again (P-08).
 */
@Service
public class MarketplacePolicies {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final PolicyRepository policies;
    private final AuditLog audit;
    private final Messages messages;

    MarketplacePolicies(PolicyRepository policies, AuditLog audit, Messages messages) {
        this.policies = policies;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Policy current() {
        return policies.findFirstByOrderByVersionDesc().map(PolicyEntity::toPolicy)
                .orElseThrow(() -> new IllegalStateException("the V3 migration seeds version 1"));
    }

    @Transactional(readOnly = true)
    public Optional<Policy> find(long id) {
        return policies.findById(id).map(PolicyEntity::toPolicy);
    }

    @Transactional(readOnly = true)
    public List<Policy> versions() {
        return policies.findAll(Sort.by(Sort.Direction.DESC, "version")).stream().map(PolicyEntity::toPolicy).toList();
    }

    @Transactional
    public Policy publish(String title, String body) {
        if (title == null || title.isBlank() || title.trim().length() > 200) {
            throw new InvalidInput(messages.violation("title", null, "error.length.between", 1, 200));
        }
        if (body == null || body.isBlank() || body.length() > 200_000) {
            throw new InvalidInput(messages.violation("body", null, "error.length.between", 1, 200_000));
        }
        int version = current().version() + 1;
        PolicyEntity policy = policies.save(new PolicyEntity(version, title.trim(), body,
                SecurityContextHolder.getContext().getAuthentication().getName()));
        audit.record("policy.published", "policy", version, title.trim());
        return policy.toPolicy();
    }

    /** The agreement text of one partner: the policy with its {placeholders} filled in; unknown ones stay. */
    public String render(Policy policy, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(policy.body());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = "version".equals(key) ? String.valueOf(policy.version()) : values.get(key);
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
