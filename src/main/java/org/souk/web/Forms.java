package org.souk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

/** Puts the violations of a service onto a form, so the page shows each next to its field. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, InvalidInput invalid) {
        for (Violation v : invalid.violations()) {
            String code = v.rule() == null ? "invalid" : v.rule();
            if (v.field() != null && binding.getFieldType(v.field()) != null) {
                binding.rejectValue(v.field(), code, v.message());
            } else {
                binding.reject(code, v.message());
            }
        }
    }

    /** The broken rules of a form by field, each shown beside its input (the message carries the rule id). */
    public static Map<String, String> byField(List<Violation> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        violations.forEach(v -> fields.merge(v.field() == null ? "" : v.field(), v.message(), (a, b) -> a + " " + b));
        return fields;
    }
}
