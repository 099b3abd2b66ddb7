package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every unescaped output of the templates: {@code th:utext} (or {@code data-th-utext}) and {@code [(...)]}
 * inlining. Stored HTML goes out only through the sanitizer, {@code th:utext="${#richText.html(...)}"}; the
 * few other unescaped outputs are listed here, each with why it is safe. A new one fails this test.
 */
class TemplateEscapingTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern UTEXT = Pattern.compile("(?:th:|data-th-)utext\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern UNESCAPED_INLINE = Pattern.compile("\\[\\((.*?)\\)]", Pattern.DOTALL);
    private static final Pattern SANITIZED = Pattern.compile("\\$\\{#richText\\.html\\([^()]*\\)}");
    /**
     * File and expression. layout.html: schema.org JSON in a script element of type application/ld+json,
     * which StructuredData writes with every '<' as \u003c: no text of a card can close the element.
     */
    private static final Set<String> ALLOWED = Set.of("layout.html ${pageMeta.jsonLd}");

    @Test
    void everyUnescapedOutputGoesThroughTheSanitizerOrIsListed() throws IOException {
        List<String> unescaped = new ArrayList<>();
        List<String> sanitized = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                String html = Files.readString(file);
                List<String> outputs = new ArrayList<>();
                UTEXT.matcher(html).results().forEach(m -> outputs.add(m.group(1).strip()));
                UNESCAPED_INLINE.matcher(html).results().forEach(m -> outputs.add("[(" + m.group(1) + ")]"));
                for (String expression : outputs) {
                    if (SANITIZED.matcher(expression).matches()) {
                        sanitized.add(name + " " + expression);
                    } else if (!ALLOWED.contains(name + " " + expression)) {
                        unescaped.add(name + " " + expression);
                    }
                }
            }
        }

        assertThat(unescaped).as("unescaped outputs that do not go through #richText.html").isEmpty();
        // the scan sees the templates: the card's rich text is written sanitized on the three pages that show it
        assertThat(sanitized).containsExactlyInAnyOrder(
                "catalog/solution.html ${#richText.html(text.fullDescription)}",
                "moderation/review.html ${#richText.html(t.value.fullDescription)}",
                "solution/preview.html ${#richText.html(text.fullDescription)}");
    }

    @Test
    void theScanFindsBothKindsOfUnescapedOutput() {
        String html = "<div th:utext=\"${text.installation}\"></div><p data-th-utext=\"${x}\"></p><p>[(${text.support})]</p>";

        Matcher utext = UTEXT.matcher(html);
        assertThat(utext.results().map(m -> m.group(1)).toList()).containsExactly("${text.installation}", "${x}");
        assertThat(UNESCAPED_INLINE.matcher(html).results().map(m -> m.group(1)).toList())
                .containsExactly("${text.support}");
        assertThat(SANITIZED.matcher("${#richText.html(text.support)}").matches()).isTrue();
        assertThat(SANITIZED.matcher("${#richText.html(a) + b}").matches()).isFalse();
    }
}
