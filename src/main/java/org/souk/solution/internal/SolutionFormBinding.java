package org.souk.solution.internal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The developer's area forms ({@link SolutionPageForms}) bind by field, so that the per-language texts bind
 * as {@code texts[en].title} and {@code whatsNew[en]}.
 */
@ControllerAdvice(assignableTypes = { SolutionListController.class, SolutionCardController.class,
    SolutionVersionController.class })
class SolutionFormBinding {

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }
}
