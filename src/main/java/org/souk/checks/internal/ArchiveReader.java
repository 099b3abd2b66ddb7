package org.souk.checks.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveContents.Problem;
import org.souk.storage.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Unpacks a version's archive for the archive checks (F-04, F-12, F-13, T-SITE-1, T-BI-*) in memory,
 * never on disk, within bounds that hold whatever the zip's headers claim: the packed size, the
 * number of entries, each entry's and all entries' real unpacked size, and the compression ratio (an
 * entry or archive that unpacks to 100 times its packed size or more is a zip bomb; below 1 MiB
 * unpacked the ratio says nothing and is not judged). Only text files keep their content (up to 2 MiB
 * each, 16 MiB in all); of the others only the size is kept. Results are cached by blob key.
 */
@Component
public class ArchiveReader {

    /** The upload refuses more than 10 MB; a stored blob larger than this is not read at all. */
    public static final long MAX_ARCHIVE_BYTES = 16L * 1024 * 1024;
    public static final int MAX_ENTRIES = 2000;
    public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    /** An entry or archive unpacking to this many times its packed size or more is a bomb. */
    public static final int MAX_RATIO = 100;
    /** Below this many unpacked bytes the ratio is not judged: a small file of spaces packs 1000:1. */
    static final long RATIO_FLOOR = 1024L * 1024;
    static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    static final long MAX_TEXT_TOTAL = 16L * 1024 * 1024;
    private static final int SNIFF = 8000;
    /** Files whose content is never text, whatever their first bytes. */
    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "tif", "tiff",
            "avif", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "webm", "ogg", "wav", "avi", "mov", "zip",
            "gz", "tgz", "rar", "7z", "jar", "pdf", "exe", "dll", "so", "class", "wasm", "psd");

    private final BlobStore blobs;
    private final BoundedCache<ArchiveContents> cache = new BoundedCache<>(8, 64L * 1024 * 1024,
            ArchiveContents::weight);

    public ArchiveReader(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** The archive of the blob key, unpacked or with the problem that stopped it; cached by key. */
    public ArchiveContents read(String key) {
        if (!BlobStore.isKey(key)) {
            return new ArchiveContents(0, Map.of(), Set.of(), Problem.MISSING, key);
        }
        return cache.get(key, this::load);
    }

    private ArchiveContents load(String key) {
        Optional<InputStream> stream = blobs.open(key);
        if (stream.isEmpty()) {
            return new ArchiveContents(0, Map.of(), Set.of(), Problem.MISSING, key);
        }
        byte[] bytes;
        try (InputStream in = stream.get()) {
            bytes = in.readNBytes((int) MAX_ARCHIVE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive " + key, e);
        }
        if (bytes.length > MAX_ARCHIVE_BYTES) {
            return new ArchiveContents(bytes.length, Map.of(), Set.of(), Problem.TOO_LARGE,
                    "> " + MAX_ARCHIVE_BYTES / (1024 * 1024) + " MiB");
        }
        return unpack(bytes);
    }

    /** Unpacks zip bytes within the bounds; public for the benchmark and the tests. */
    public static ArchiveContents unpack(byte[] zip) {
        Map<String, Entry> files = new LinkedHashMap<>();
        Set<String> folders = new HashSet<>();
        long total = 0;
        long kept = 0;
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    return stop(zip, files, folders, Problem.TOO_MANY_ENTRIES, "> " + MAX_ENTRIES);
                }
                String path = safePath(entry.getName());
                if (path == null) {
                    return stop(zip, files, folders, Problem.UNSAFE_PATH, entry.getName());
                }
                if (entry.isDirectory()) {
                    addFolders(folders, path + "/x");
                    continue;
                }
                addFolders(folders, path);
                boolean textCandidate = !BINARY.contains(extension(path)) && kept < MAX_TEXT_TOTAL;
                ByteArrayOutputStream text = textCandidate ? new ByteArrayOutputStream() : null;
                long size = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        return stop(zip, files, folders, Problem.TOO_LARGE, path);
                    }
                    long packed = entry.getCompressedSize();
                    if (size >= RATIO_FLOOR && packed >= 0 && size >= MAX_RATIO * Math.max(packed, 1)
                            || total >= RATIO_FLOOR && total >= (long) MAX_RATIO * zip.length) {
                        return stop(zip, files, folders, Problem.BOMB, path);
                    }
                    if (text != null && text.size() < MAX_TEXT_BYTES) {
                        text.write(buffer, 0, (int) Math.min(read, MAX_TEXT_BYTES - text.size()));
                    }
                }
                long packed = entry.getCompressedSize();
                if (size >= RATIO_FLOOR && packed >= 0 && size >= MAX_RATIO * Math.max(packed, 1)) {
                    return stop(zip, files, folders, Problem.BOMB, path);
                }
                Entry file = text == null ? new Entry(path, size, null, false)
                        : textEntry(path, size, text.toByteArray());
                if (file.text() != null) {
                    kept += text.size();
                }
                files.putIfAbsent(path, file);
            }
        } catch (ZipException | IllegalArgumentException e) {
            return stop(zip, files, folders, Problem.UNREADABLE, e.getMessage());
        } catch (IOException e) {
            return stop(zip, files, folders, Problem.UNREADABLE, e.toString());
        }
        if (count == 0) {
            return stop(zip, files, folders, Problem.UNREADABLE, "no entries");
        }
        return new ArchiveContents(zip.length, files, folders, null, null);
    }

    private static ArchiveContents stop(byte[] zip, Map<String, Entry> files, Set<String> folders, Problem problem,
            String detail) {
        return new ArchiveContents(zip.length, files, folders, problem, detail);
    }

    /** The entry's path with {@code /} separators, or {@code null} if it is absolute or leads outside. */
    static String safePath(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                return null;
            }
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(segment);
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static void addFolders(Set<String> folders, String path) {
        int slash = path.lastIndexOf('/');
        while (slash > 0) {
            String folder = path.substring(0, slash);
            if (!folders.add(folder)) {
                return;
            }
            slash = folder.lastIndexOf('/');
        }
    }

    private static Entry textEntry(String path, long size, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                return new Entry(path, size, null, false);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Entry(path, size, text, true);
        } catch (CharacterCodingException e) {
            // a file cut at MAX_TEXT_BYTES may end inside a character: that alone is not a wrong encoding
            return new Entry(path, size, new String(bytes, StandardCharsets.UTF_8),
                    bytes.length == MAX_TEXT_BYTES && size > MAX_TEXT_BYTES);
        }
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
