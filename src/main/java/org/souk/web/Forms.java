package org.souk.web;

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
}
