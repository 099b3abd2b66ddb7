package org.souk.web;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;

/** {@link Messages} for unit tests without a Spring context: field labels name languages by their codes. */
public final class TestMessages {

    private TestMessages() {
    }

    public static Messages of(MessageSource source) {
        return new Messages(source, new FieldLabels(source,
                new StaticListableBeanFactory().getBeanProvider(LanguageNames.class)));
    }
}
