package org.souk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files of the card and version: the market names a stored file by the SHA-256 of its bytes, so comparing hashes
 * tells whether a local file is already there, and a push uploads only what changed.
 */
final class Media {

    private Media() {
    }

    static String key(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The extension for an image's bytes. */
    static String extension(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "png";
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return "jpg";
        }
        return "bin";
    }

    /** A file named in a project file, relative to that file's folder; it must exist. */
    static Path existing(Path projectFile, String relative, String field, Texts texts) {
        Path file = relative == null || relative.isBlank() ? null
                : projectFile.toAbsolutePath().getParent().resolve(relative).normalize();
        if (file == null || !Files.isRegularFile(file)) {
            throw new Documents.FileProblem(texts.get("file.mediaMissing", projectFile.getFileName(), field, file));
        }
        return file;
    }

    /** The path to write in a project file: relative to its folder, with forward slashes on every system. */
    static String relative(Path projectFile, Path file) {
        return projectFile.toAbsolutePath().getParent().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }
}
