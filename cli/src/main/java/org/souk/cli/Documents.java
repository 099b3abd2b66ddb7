package org.souk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The files a partner keeps in the project: YAML, or JSON when the name ends in .json. An unknown field is an error
 * that names it, so that a typo is not silently ignored.
 */
final class Documents {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Documents() {
    }

    static boolean json(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static <T> T read(Path file, Class<T> type, Texts texts) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new FileProblem(texts.get("file.missing", file));
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            T value = (json(file) ? JSON : YAML).readValue(text, type);
            if (value == null) {
                throw new FileProblem(texts.get("file.empty", file));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new FileProblem(texts.get("file.unknownField", file, e.getPropertyName(),
                    line(text, e.getPropertyName(), e.getLocation()),
                    String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())));
        } catch (JacksonException e) {
            throw new FileProblem(texts.get("file.unreadable", file, line(e.getLocation()), e.getOriginalMessage()));
        }
    }

    static void write(Path file, Object value, String comment) throws IOException {
        String text = json(file) ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n"
                : "# " + comment + "\n" + YAML.writeValueAsString(value);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * The line where the unknown field is written: the YAML parser reports where it stopped, often the line after;
     * the first line that names the field as a key is what the user looks for.
     */
    private static String line(String text, String field, TokenStreamLocation location) {
        Pattern key = Pattern.compile("^\\s*(-\\s+)?[\"']?" + Pattern.quote(field) + "[\"']?\\s*:");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (key.matcher(lines.get(i)).find()) {
                return String.valueOf(i + 1);
            }
        }
        return line(location);
    }

    private static String line(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? "?" : String.valueOf(location.getLineNr());
    }

    /** A file of the project that cannot be used as it is. */
    static final class FileProblem extends RuntimeException {
        FileProblem(String message) {
            super(message);
        }
    }
}
