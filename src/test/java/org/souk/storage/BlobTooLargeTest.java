package org.souk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The refusal reads well in both of the market's languages. */
class BlobTooLargeTest {

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/storage");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void tellsTheLimitInMegabytes() {
        assertThat(messages().getMessage(new BlobTooLarge(5 * 1024 * 1024), Locale.ENGLISH))
                .isEqualTo("The file is too large: at most 5 MB is accepted.");
        assertThat(messages().getMessage(new BlobTooLarge(512 * 1024), Locale.forLanguageTag("ru")))
                .isEqualTo("Файл слишком большой: допускается не более 0,5 МБ.");
    }

    @Test
    void keepsTheLimit() {
        BlobTooLarge refusal = new BlobTooLarge(1000);
        assertThat(refusal.limit()).isEqualTo(1000);
        assertThat(refusal).hasMessageContaining("1000 bytes");
    }
}
