package org.souk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

@Command(name = "card", mixinStandardHelpOptions = true,
        description = "The solution card as one YAML (or JSON) file: every language, the taxonomy, URLs, pricing, "
                + "test data, and the icon and screenshots as paths relative to the file.",
        subcommands = { CardCommand.Pull.class, CardCommand.Push.class })
final class CardCommand {

    private static final List<String> TEXT_FIELDS = List.of("title", "shortDescription", "fullDescription", "keywords",
            "installation", "support");

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = "Write the draft card to a file, and its icon and screenshots to the folder beside it "
                    + "(<file name>.media/).")
    static final class Pull extends PullCommand {

        Pull(Terminal terminal) {
            super(terminal, "card");
        }

        @Override
        public Integer call() throws IOException {
            SoukClient client = reading(code);
            JsonNode card = client.get(solutionPath(code) + "/card");
            Path target = target();
            String name = target.getFileName().toString();
            Path media = target.toAbsolutePath().getParent()
                    .resolve((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".media");
            String icon = null;
            String iconKey = Output.text(card, "iconKey");
            if (iconKey != null) {
                icon = Media.relative(target, save(client, media, "icon", iconKey));
            }
            List<CardFile.Screenshot> screenshots = new ArrayList<>();
            int n = 0;
            for (JsonNode s : card.path("screenshots")) {
                Path saved = save(client, media, "screenshot-" + ++n, Output.text(s, "key"));
                screenshots.add(new CardFile.Screenshot(Media.relative(target, saved), Output.text(s, "caption")));
            }
            Map<String, CardFile.Text> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> language : card.path("texts").properties()) {
                JsonNode t = language.getValue();
                texts.put(language.getKey(), new CardFile.Text(Output.text(t, "title"),
                        Output.text(t, "shortDescription"), Output.text(t, "fullDescription"),
                        Output.text(t, "keywords"), Output.text(t, "installation"), Output.text(t, "support")));
            }
            CardFile pulled = new CardFile(code, strings(card.path("categories")), strings(card.path("tags")),
                    Output.text(card, "pricingPolicy"), Output.text(card, "licenseUrl"),
                    Output.text(card, "privacyUrl"), Output.text(card, "contactUrl"), Output.text(card, "demoUrl"),
                    Output.text(card, "testData"), icon, screenshots, texts);
            Documents.write(target, pulled, texts().get("card.header", code, client.base(), name));
            out().println(texts().get("card.pulled", code, target,
                    texts.isEmpty() ? texts().get("card.none") : String.join(", ", texts.keySet()),
                    texts().get(icon == null ? "card.noIcon" : "card.icon"), String.valueOf(screenshots.size()),
                    media));
            return Souk.OK;
        }

        private Path save(SoukClient client, Path folder, String stem, String key) throws IOException {
            byte[] bytes = client.bytes(solutionPath(code) + "/media/" + SoukClient.encode(key));
            Files.createDirectories(folder);
            Path file = folder.resolve(stem + "." + Media.extension(bytes));
            Files.write(file, bytes);
            return file;
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = { "Make the draft card what the file says: the whole card, every language (a language "
                    + "missing from the file is removed), and the icon and screenshots by path (uploaded when "
                    + "changed, removed when no longer listed, in the file's order).",
                    "Refused while the solution is on moderation (S-08)." })
    static final class Push extends PushCommand<CardFile> {

        Push(Terminal terminal) {
            super(terminal, CardFile.class);
        }

        @Override
        String named(CardFile card) {
            return card.solution();
        }

        @Override
        int push(String code, Path source, CardFile card) throws IOException {
            // every file first, so that a wrong path changes nothing on the market
            Path icon = card.icon() == null ? null : Media.existing(source, card.icon(), "icon", texts());
            List<CardFile.Screenshot> wanted = card.screenshots() == null ? List.of() : card.screenshots();
            List<Path> shots = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                shots.add(Media.existing(source, wanted.get(i).file(), "screenshots[" + i + "].file", texts()));
            }
            SoukClient client = writing(code);
            String path = solutionPath(code) + "/card";
            JsonNode current = client.get(path);
            client.patch(path, patch(card, current));
            List<String> done = new ArrayList<>();
            done.add(texts().get("card.texts", card.texts() == null || card.texts().isEmpty() ? texts().get("card.none")
                    : String.join(", ", card.texts().keySet())));
            if (icon != null && !Media.key(icon).equals(Output.text(current, "iconKey"))) {
                client.upload("PUT", path + "/icon", icon);
                done.add(texts().get("card.iconUploaded"));
            }
            done.add(screenshots(client, path, wanted, shots, texts()));
            out().println(texts().get("card.pushed", code, String.join("; ", done)));
            return Souk.OK;
        }

        /** The PATCH body that makes the draft the file's card: blanks clear, absent languages are removed. */
        private static Map<String, Object> patch(CardFile card, JsonNode current) {
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put("categories", card.categories() == null ? List.of() : card.categories());
            patch.put("tags", card.tags() == null ? List.of() : card.tags());
            Map<String, Object> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> language : current.path("texts").properties()) {
                texts.put(language.getKey(), null);
            }
            if (card.texts() != null) {
                card.texts().forEach((language, t) -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    CardFile.Text text = t == null ? new CardFile.Text(null, null, null, null, null, null) : t;
                    List<String> values = java.util.Arrays.asList(text.title(), text.shortDescription(),
                            text.fullDescription(), text.keywords(), text.installation(), text.support());
                    for (int i = 0; i < TEXT_FIELDS.size(); i++) {
                        fields.put(TEXT_FIELDS.get(i), Objects.requireNonNullElse(values.get(i), ""));
                    }
                    texts.put(language, fields);
                });
            }
            patch.put("texts", texts);
            patch.put("licenseUrl", Objects.requireNonNullElse(card.licenseUrl(), ""));
            patch.put("privacyUrl", Objects.requireNonNullElse(card.privacyUrl(), ""));
            patch.put("contactUrl", Objects.requireNonNullElse(card.contactUrl(), ""));
            patch.put("demoUrl", Objects.requireNonNullElse(card.demoUrl(), ""));
            if (card.pricingPolicy() != null) {
                patch.put("pricingPolicy", card.pricingPolicy());
            }
            patch.put("testData", Objects.requireNonNullElse(card.testData(), ""));
            return patch;
        }

        /**
         * The market's screenshots become the file's: each file is matched by its bytes' hash to a screenshot there;
         * the unmatched ones there are removed first (at most 5 are allowed), the new ones uploaded, captions set,
         * then the order.
         */
        private static String screenshots(SoukClient client, String path, List<CardFile.Screenshot> wanted,
                List<Path> files, Texts texts) throws IOException {
            List<JsonNode> there = new ArrayList<>();
            client.get(path).path("screenshots").forEach(there::add);
            Long[] ids = new Long[wanted.size()];
            Set<Long> used = new HashSet<>();
            for (int i = 0; i < wanted.size(); i++) {
                String key = Media.key(files.get(i));
                for (JsonNode s : there) {
                    long id = s.path("id").asLong();
                    if (key.equals(Output.text(s, "key")) && used.add(id)) {
                        ids[i] = id;
                        break;
                    }
                }
            }
            int removed = 0;
            int added = 0;
            int captioned = 0;
            for (JsonNode s : there) {
                if (!used.contains(s.path("id").asLong())) {
                    client.delete(path + "/screenshots/" + s.path("id").asLong());
                    removed++;
                }
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (ids[i] != null) {
                    long id = ids[i];
                    JsonNode s = there.stream().filter(x -> x.path("id").asLong() == id).findFirst().orElseThrow();
                    if (!Objects.equals(Output.text(s, "caption"), blankToNull(wanted.get(i).caption()))) {
                        client.patch(path + "/screenshots/" + id,
                                Map.of("caption", Objects.requireNonNullElse(wanted.get(i).caption(), "")));
                        captioned++;
                    }
                    continue;
                }
                String caption = blankToNull(wanted.get(i).caption());
                JsonNode after = caption == null ? client.upload("POST", path + "/screenshots", files.get(i))
                        : client.upload("POST", path + "/screenshots", files.get(i), "caption", caption);
                JsonNode list = after.path("screenshots");
                ids[i] = list.get(list.size() - 1).path("id").asLong(); // a new one goes to the end of the slider
                added++;
            }
            List<Long> order = new ArrayList<>();
            client.get(path).path("screenshots").forEach(s -> order.add(s.path("id").asLong()));
            List<Long> desired = java.util.Arrays.asList(ids);
            if (!order.equals(desired) && !desired.isEmpty()) {
                client.put(path + "/screenshots/order", Map.of("ids", desired));
            }
            return texts.get("card.screenshots", String.valueOf(wanted.size()), String.valueOf(added),
                    String.valueOf(removed), String.valueOf(captioned));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
