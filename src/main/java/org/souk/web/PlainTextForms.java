package org.souk.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@link PlainText} for the pages: every string bound onto a form object passes through it. A refusal becomes
 * an error of that field whose message names it as the page labels it; the field keeps what was typed (the
 * rejected value) and the other fields bind as usual. A handler re-shows its page when the binding has errors.
 * Plain request parameters ({@code @RequestParam}) are not form fields and are left alone.
 */
@ControllerAdvice
class PlainTextForms {

    private final FieldLabels labels;

    PlainTextForms(FieldLabels labels) {
        this.labels = labels;
    }

    /**
     * Runs before the controllers' own binder methods, while the form object is not yet made (so they may
     * still choose field access): editors registered now are carried over onto the object's accessor. Binders
     * made around an existing object (the model's attributes after the handler) bind nothing and are left
     * alone: registering on them would fix their access before the controller chooses it.
     */
    @InitBinder
    void plainText(WebDataBinder binder) {
        Class<?> form = binder.getTarget() == null && binder.getTargetType() != null
                ? binder.getTargetType().resolve() : null;
        if (form == null) {
            return;
        }
        binder.registerCustomEditor(String.class, new Editor(null));
        for (Field field : form.getDeclaredFields()) {
            if (field.getType() == String.class && PlainText.secret(field.getName())) {
                binder.registerCustomEditor(String.class, field.getName(), new Editor(field.getName()));
            }
        }
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                PlainText.Refused refused = refusal(ex);
                if (refused == null) {
                    super.processPropertyAccessException(ex, result);
                    return;
                }
                String field = ex.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true,
                        result.resolveMessageCodes("plainText", field), null,
                        labels.refusal(field, refused.flaw()).message()));
            }
        });
    }

    private static PlainText.Refused refusal(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlainText.Refused refused) {
                return refused;
            }
        }
        return null;
    }

    /** The editor of String properties; for a password field (named), checking only. */
    private static final class Editor extends PropertyEditorSupport {

        private final String field;

        Editor(String field) {
            this.field = field;
        }

        @Override
        public void setAsText(String text) {
            setValue(PlainText.clean(field, text));
        }
    }
}
