package org.souk.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * The user's settings: the market's address and a personal access token, in {@code $XDG_CONFIG_HOME/souk/config}
 * (by default {@code ~/.config/souk/config}), readable by the user only. Never in a project's folder, where it could
 * be committed: {@code SOUK_URL} and {@code SOUK_TOKEN} take precedence, which is what CI uses.
 */
final class Config {

    static final String URL = "SOUK_URL";
    static final String TOKEN = "SOUK_TOKEN";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Terminal terminal;

    Config(Terminal terminal) {
        this.terminal = terminal;
    }

    record Login(String url, String token) {
    }

    Path file() {
        String xdg = terminal.env("XDG_CONFIG_HOME");
        Path base = xdg != null ? Path.of(xdg)
                : Path.of(terminal.env("HOME") != null ? terminal.env("HOME") : System.getProperty("user.home"),
                        ".config");
        return base.toAbsolutePath().resolve("souk").resolve("config").normalize();
    }

    /** The environment's address and token, else the saved ones; null when neither has them. */
    Login login() throws IOException {
        Properties saved = read();
        String url = terminal.env(URL) != null ? terminal.env(URL) : saved.getProperty("url");
        String token = terminal.env(TOKEN) != null ? terminal.env(TOKEN) : saved.getProperty("token");
        return url == null || token == null ? null : new Login(url, token);
    }

    private Properties read() throws IOException {
        Properties properties = new Properties();
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /**
     * Writes the file with owner-only permissions from its first byte on (a temporary file made so, then moved over
     * the old one), and refuses a place inside the working folder, a project's, unless that folder is the home.
     */
    Path save(Login login) throws IOException {
        Path file = file();
        Path home = Path.of(terminal.env("HOME") != null ? terminal.env("HOME") : System.getProperty("user.home"))
                .toAbsolutePath().normalize();
        Path work = terminal.workingDir().toAbsolutePath().normalize();
        if (file.startsWith(work) && !work.equals(home) && !home.startsWith(work)) {
            throw new IllegalStateException(terminal.texts().get("config.inProject", file, work));
        }
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        Properties properties = read();
        properties.setProperty("url", login.url());
        properties.setProperty("token", login.token());
        StringWriter text = new StringWriter();
        properties.store(text, "souk command-line tool: the market and your personal access token. Keep it private");
        Path temporary = dir.resolve(".config." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            if (posix) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temporary);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Cannot write " + temporary, e);
        }
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY); // an older file from elsewhere may have had wider ones
        }
        return file;
    }
}
