package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One notion of a field's name: whichever way a path is written (the API's and the checks', the form's, a
 * refusal's), the label is the one the form shows, in the reader's language; paths no form labels stay paths.
 */
class FieldLabelsTest extends IntegrationTest {

    @Autowired
    FieldLabels labels;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everySpellingOfAFieldHasTheFormsLabel() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.of("card.texts.en.installation")).isEqualTo("Installation (English)");
        assertThat(labels.of("texts[en].title")).isEqualTo("Title (English)");
        assertThat(labels.of("texts.ru.shortDescription")).isEqualTo("Short description (Русский)");
        assertThat(labels.of("card.texts.de")).isEqualTo("The texts in Deutsch");
        assertThat(labels.of("whatsNew[en]")).isEqualTo("What’s new (English)");
        assertThat(labels.of("version.whatsNew.en")).isEqualTo("What’s new (English)");
        assertThat(labels.of("card.icon")).isEqualTo("Icon");
        assertThat(labels.of("version.appUrl")).isEqualTo("Application URL");
        assertThat(labels.of("legalEntity.taxId")).isEqualTo("Tax id");
        assertThat(labels.of("appCode")).isEqualTo("Module code");
    }

    @Test
    void inRussianTheLabelsAreRussian() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(labels.of("card.texts.en.installation")).isEqualTo("Установка (English)");
        assertThat(labels.of("version.whatsNew.ru")).isEqualTo("Что нового (Русский)");
        assertThat(labels.of("legalEntity.taxId")).isEqualTo("Налоговый номер");
        // an e-mail is written in a language of its own, whatever the request's
        assertThat(labels.of("card.texts.en.installation", Locale.ENGLISH)).isEqualTo("Installation (English)");
    }

    @Test
    void aPathNoFormLabelsStaysAPath() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.of("card.texts.en.nonsense")).isNull();
        assertThat(labels.of("outcome")).isNull();
        assertThat(labels.orPath("outcome")).isEqualTo("outcome");
        assertThat(labels.of(null)).isNull();
    }
}
