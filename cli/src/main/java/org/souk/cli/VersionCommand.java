package org.souk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

@Command(name = "version", mixinStandardHelpOptions = true,
        description = "The version card as a YAML (or JSON) file: scopes, options, URLs, \"What's new\", archive.",
        subcommands = { VersionCommand.Pull.class, VersionCommand.Push.class })
final class VersionCommand {

    /** The latest version, or null for a solution without any. */
    static JsonNode latest(SoukClient client, String code) {
        JsonNode latest = null;
        for (JsonNode v : client.list(ApiCommand.solutionPath(code) + "/versions")) {
            if (latest == null || v.path("number").asInt() > latest.path("number").asInt()) {
                latest = v;
            }
        }
        return latest;
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = "Write the latest version card to a file (the archive stays on the market).")
    static final class Pull extends PullCommand {

        Pull(Terminal terminal) {
            super(terminal, "version");
        }

        @Override
        public Integer call() throws IOException {
            SoukClient client = reading(code);
            JsonNode v = latest(client, code);
            if (v == null) {
                throw new Documents.FileProblem(texts().get("version.none", code));
            }
            Map<String, String> news = new LinkedHashMap<>();
            v.path("whatsNew").properties().forEach(e -> news.put(e.getKey(), e.getValue().asString()));
            VersionFile pulled = new VersionFile(code, CardCommand.strings(v.path("scopes")),
                    v.path("ownPage").asBoolean(), v.path("leftMenu").asBoolean(), v.path("mobile").asBoolean(),
                    CardCommand.strings(v.path("placements")), v.path("installableWithoutAdmin").asBoolean(),
                    Output.text(v, "appUrl"), Output.text(v, "installerUrl"), Output.text(v, "handlerUrl"), news, null);
            Path target = target();
            String archive = Output.text(v, "archiveName");
            String number = String.valueOf(v.path("number").asInt());
            Documents.write(target, pulled, texts().get("version.header", number, code)
                    + (v.path("moderated").asBoolean() ? texts().get("version.headerModerated") : "")
                    + (archive == null ? "" : texts().get("version.headerArchive", archive))
                    + texts().get("version.headerEdit", target.getFileName()));
            out().println(texts().get("version.pulled", number, code, target));
            return Souk.OK;
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = { "Change the version card as the file says; fields left out stay as they are. The "
                    + "latest version is changed while no moderator has seen it; after that, or with --new, a new "
                    + "version is added (a copy of the latest with the file's changes, S-10).",
                    "archive: a .zip, relative to the file, uploaded when it differs from the version's." })
    static final class Push extends PushCommand<VersionFile> {

        @Option(names = "--new", description = "Always add a new version.")
        boolean addNew;

        Push(Terminal terminal) {
            super(terminal, VersionFile.class);
        }

        @Override
        String named(VersionFile version) {
            return version.solution();
        }

        @Override
        int push(String code, Path source, VersionFile version) throws IOException {
            Path archive = version.archive() == null ? null
                    : Media.existing(source, version.archive(), "archive", texts());
            SoukClient client = writing(code);
            JsonNode latest = latest(client, code);
            Map<String, Object> patch = patch(version);
            JsonNode saved;
            String verb;
            if (addNew || latest == null || latest.path("moderated").asBoolean()) {
                saved = client.post(solutionPath(code) + "/versions", patch);
                verb = "version.added";
            } else {
                saved = client.patch(solutionPath(code) + "/versions/" + latest.path("number").asInt(), patch);
                verb = "version.updated";
            }
            int number = saved.path("number").asInt();
            String archiveNote = "";
            if (archive != null) {
                if (Media.key(archive).equals(Output.text(saved, "archiveKey"))) {
                    archiveNote = texts().get("version.archiveUnchanged");
                } else {
                    client.upload("PUT", solutionPath(code) + "/versions/" + number + "/archive", archive);
                    archiveNote = texts().get("version.archiveUploaded", archive.getFileName(),
                            String.valueOf(Files.size(archive)));
                }
            }
            out().println(texts().get(verb, String.valueOf(number), code, archiveNote));
            return Souk.OK;
        }

        private static Map<String, Object> patch(VersionFile v) {
            Map<String, Object> patch = new LinkedHashMap<>();
            put(patch, "scopes", v.scopes());
            put(patch, "ownPage", v.ownPage());
            put(patch, "leftMenu", v.leftMenu());
            put(patch, "mobile", v.mobile());
            put(patch, "placements", v.placements());
            put(patch, "installableWithoutAdmin", v.installableWithoutAdmin());
            put(patch, "appUrl", v.appUrl());
            put(patch, "installerUrl", v.installerUrl());
            put(patch, "handlerUrl", v.handlerUrl());
            put(patch, "whatsNew", v.whatsNew());
            return patch;
        }

        private static void put(Map<String, Object> patch, String field, Object value) {
            if (value != null) {
                patch.put(field, value);
            }
        }
    }
}
