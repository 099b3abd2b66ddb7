package org.souk.web;

import org.springframework.validation.BindingResult;

/** Puts the violations of a service onto a form, so the page shows each next to its field. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, InvalidInput invalid) {
        for (Violation v : invalid.violations()) {
            if (v.field() != null && binding.getTarget() != null
                    && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), v.field()) != null) {
                binding.rejectValue(v.field(), v.rule() == null ? "invalid" : v.rule(), v.message());
            } else {
                binding.reject(v.rule() == null ? "invalid" : v.rule(), v.message());
            }
        }
    }
}
