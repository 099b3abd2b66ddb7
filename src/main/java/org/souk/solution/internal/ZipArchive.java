package org.souk.solution.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A strict reader of a zip archive held in memory: it reads the central directory and every local header
 * itself, checks that the two agree and that the entries fill the file end to end, refuses names that could
 * escape or confuse the folder they are unpacked into, symbolic links and other special files, lying sizes
 * and counts, bad checksums and zip bombs, and inflates every entry (bounded by the sizes already checked)
 * to prove it. The work is linear in the archive's size and bounded by {@link Limits}. Anything it cannot
 * vouch for is {@link Refused} with a rule that names why; nothing else escapes it.
 */
final class ZipArchive {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int UNIX = 3;
    private static final int OSX = 19;
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int FOLDER = 0040000;
    private static final int SYMLINK = 0120000;

    /**
     * The bounds of what is read.
     *
     * @param maxEntries entries (files and folders)
     * @param maxUnpacked all entries unpacked together
     * @param maxDepth folders in a path
     * @param maxNameBytes bytes of an entry's name
     * @param maxRatio unpacked size over packed size (an entry, and the whole archive)
     * @param ratioFloor below this unpacked size the ratio is not judged (a small file of spaces packs 1000:1)
     */
    record Limits(int maxEntries, long maxUnpacked, int maxDepth, int maxNameBytes, int maxRatio, long ratioFloor) {
    }

    /** One entry: its path ({@code /}-separated, a folder's without the trailing slash) and unpacked size. */
    record Entry(String path, boolean folder, long size) {
    }

    /**
     * Why an archive is refused: {@code rule} is the message key's last part ({@code symlink}, {@code crc},
     * …) and {@code args} its arguments (an entry name is shown with its control characters escaped).
     */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String rule;
        private final transient Object[] args;

        Refused(String rule, Object... args) {
            super(rule + " " + Arrays.toString(args), null, false, false);
            this.rule = rule;
            this.args = args;
        }

        String rule() {
            return rule;
        }

        Object[] args() {
            return args.clone();
        }
    }

    /** A central directory record with what its local header says. */
    private record Central(String name, byte[] rawName, int flags, int method, long crc, long packed, long size,
            long local) {
    }

    private final byte[] zip;
    private final Limits limits;

    private ZipArchive(byte[] zip, Limits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** The entries of {@code zip}, in the order of its central directory, or why it is refused. */
    static List<Entry> read(byte[] zip, Limits limits) throws Refused {
        try {
            return new ZipArchive(zip, limits).read();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            // a field pointing outside the file, however it got past the checks above it
            throw new Refused("broken");
        }
    }

    private List<Entry> read() throws Refused {
        int end = findEnd();
        if (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != u16(end + 10)) {
            throw new Refused("multidisk");
        }
        int count = u16(end + 10);
        long directorySize = u32(end + 12);
        long directory = u32(end + 16);
        if (count == 0xffff || directorySize == 0xffffffffL || directory == 0xffffffffL
                || end >= 20 && s32(end - 20) == ZIP64_LOCATOR) {
            throw new Refused("zip64");
        }
        if (count == 0) {
            throw new Refused("empty");
        }
        if (count > limits.maxEntries()) {
            throw new Refused("entries", limits.maxEntries());
        }
        if (directory + directorySize != end) {
            throw new Refused("directory");
        }
        List<Central> entries = central((int) directory, end, count);
        layout(entries, (int) directory);
        List<Entry> result = new ArrayList<>(entries.size());
        for (Central entry : entries) {
            inflate(entry);
            boolean folder = entry.name().endsWith("/");
            result.add(new Entry(folder ? entry.name().substring(0, entry.name().length() - 1) : entry.name(), folder,
                    entry.size()));
        }
        return result;
    }

    /** The end of central directory record, which must end the file exactly (its comment included). */
    private int findEnd() throws Refused {
        int last = zip.length - 22;
        if (last < 0) {
            throw new Refused("broken");
        }
        for (int at = last; at >= Math.max(0, last - 0xffff); at--) {
            if (s32(at) == END) {
                if (at + 22 + u16(at + 20) != zip.length) {
                    throw new Refused("trailing");
                }
                return at;
            }
        }
        throw new Refused("broken");
    }

    private List<Central> central(int from, int end, int count) throws Refused {
        List<Central> entries = new ArrayList<>(count);
        Set<String> paths = new HashSet<>();
        Set<String> files = new HashSet<>();
        long declared = 0;
        int at = from;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || s32(at) != CENTRAL) {
                throw new Refused("count", count);
            }
            int madeBy = u16(at + 4) >> 8;
            int flags = u16(at + 8);
            int method = u16(at + 10);
            long crc = u32(at + 16);
            long packed = u32(at + 20);
            long size = u32(at + 24);
            int nameLength = u16(at + 28);
            int extra = u16(at + 30);
            int comment = u16(at + 32);
            int disk = u16(at + 34);
            long external = u32(at + 38);
            long local = u32(at + 42);
            if (at + 46 + nameLength + extra + comment > end) {
                throw new Refused("count", count);
            }
            byte[] raw = slice(at + 46, nameLength);
            String name = name(raw);
            if (packed == 0xffffffffL || size == 0xffffffffL || local == 0xffffffffL || disk != 0) {
                throw new Refused(disk != 0 ? "multidisk" : "zip64");
            }
            if ((flags & 1) != 0) {
                throw new Refused("encrypted", shown(name));
            }
            if (method != 0 && method != 8) {
                throw new Refused("method", shown(name), method);
            }
            int type = madeBy == UNIX || madeBy == OSX ? (int) (external >>> 16) & TYPE_MASK : 0;
            if (type == SYMLINK) {
                throw new Refused("symlink", shown(name));
            }
            if (type != 0 && type != REGULAR && type != FOLDER) {
                throw new Refused("special", shown(name));
            }
            String path = path(name);
            if (!paths.add(path)) {
                throw new Refused("duplicate", shown(path));
            }
            if (name.endsWith("/")) {
                if (size != 0) {
                    throw new Refused("sizes", shown(name));
                }
            } else {
                files.add(path);
            }
            if (method == 0 && packed != size) {
                throw new Refused("sizes", shown(name));
            }
            // the sizes are proven when the entry is inflated; judged here first so that a bomb is never inflated
            declared += size;
            if (declared > limits.maxUnpacked()) {
                throw new Refused("unpacked", limits.maxUnpacked() / (1024 * 1024));
            }
            if (size >= limits.ratioFloor() && size >= limits.maxRatio() * Math.max(packed, 1)
                    || declared >= limits.ratioFloor() && declared >= (long) limits.maxRatio() * zip.length) {
                throw new Refused("bomb", limits.maxRatio(), shown(name));
            }
            entries.add(new Central(name, raw, flags, method, crc, packed, size, local));
            at += 46 + nameLength + extra + comment;
        }
        if (at != end) {
            throw new Refused("count", count);
        }
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                if (files.contains(file.substring(0, slash))) {
                    throw new Refused("conflict", shown(file.substring(0, slash)));
                }
            }
        }
        return entries;
    }

    /** The name as UTF-8 text without control characters, or refused. */
    private String name(byte[] raw) throws Refused {
        if (raw.length == 0) {
            throw new Refused("path", "");
        }
        if (raw.length > limits.maxNameBytes()) {
            throw new Refused("nameLength", limits.maxNameBytes());
        }
        String name;
        try {
            name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("encoding");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                throw new Refused("control", shown(name));
            }
        }
        return name;
    }

    /** The path of a safe name: relative, {@code /}-separated, without empty, {@code .} or {@code ..} parts. */
    private String path(String name) throws Refused {
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
            throw new Refused("path", shown(name));
        }
        int depth = 0;
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int stop = slash < 0 ? path.length() : slash;
            String segment = path.substring(start, stop);
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new Refused("path", shown(name));
            }
            if (++depth > limits.maxDepth()) {
                throw new Refused("depth", shown(name), limits.maxDepth());
            }
            start = stop + 1;
        }
        return path;
    }

    /**
     * Every local header agrees with its central record, and the entries (header, data, descriptor) follow
     * one another from the first byte to the central directory: no gap, no overlap, nothing hidden.
     */
    private void layout(List<Central> entries, int directory) throws Refused {
        List<Central> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Central::local));
        long expected = 0;
        for (Central entry : byOffset) {
            if (entry.local() != expected) {
                throw new Refused("gap");
            }
            int at = (int) entry.local();
            if (at + 30 > directory || s32(at) != LOCAL) {
                throw new Refused("header", shown(entry.name()));
            }
            int flags = u16(at + 6);
            int method = u16(at + 8);
            long crc = u32(at + 14);
            long packed = u32(at + 18);
            long size = u32(at + 22);
            int nameLength = u16(at + 26);
            int extra = u16(at + 28);
            boolean descriptor = (entry.flags() & 8) != 0;
            boolean agree = flags == entry.flags() && method == entry.method() && nameLength == entry.rawName().length
                    && at + 30 + nameLength <= directory
                    && Arrays.equals(slice(at + 30, nameLength), entry.rawName());
            boolean sizesAgree = crc == entry.crc() && packed == entry.packed() && size == entry.size()
                    || descriptor && crc == 0 && packed == 0 && size == 0;
            if (!agree || !sizesAgree) {
                throw new Refused("header", shown(entry.name()));
            }
            long next = (long) at + 30 + nameLength + extra + entry.packed();
            if (next > directory) {
                throw new Refused("sizes", shown(entry.name()));
            }
            if (descriptor) {
                next = descriptor(entry, (int) next, directory);
            }
            expected = next;
        }
        if (expected != directory) {
            throw new Refused("gap");
        }
    }

    /** The end of the data descriptor at {@code at}, whose values must be the central record's. */
    private long descriptor(Central entry, int at, int directory) throws Refused {
        int from = at + 4 <= directory && s32(at) == DESCRIPTOR ? at + 4 : at;
        if (from + 12 > directory || u32(from) != entry.crc() || u32(from + 4) != entry.packed()
                || u32(from + 8) != entry.size()) {
            throw new Refused("header", shown(entry.name()));
        }
        return from + 12L;
    }

    /** Inflates the entry: exactly its declared size, all of its packed bytes used, the checksum right. */
    private void inflate(Central entry) throws Refused {
        int at = (int) entry.local();
        int data = at + 30 + u16(at + 26) + u16(at + 28);
        CRC32 crc = new CRC32();
        long produced;
        if (entry.method() == 0) {
            crc.update(zip, data, (int) entry.packed());
            produced = entry.packed();
        } else {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, data, (int) entry.packed());
                byte[] buffer = new byte[64 * 1024];
                produced = 0;
                while (!inflater.finished()) {
                    int read = inflater.inflate(buffer);
                    if (read == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new Refused("sizes", shown(entry.name()));
                    }
                    produced += read;
                    if (produced > entry.size()) {
                        throw new Refused("sizes", shown(entry.name()));
                    }
                    crc.update(buffer, 0, read);
                }
                if (inflater.getRemaining() != 0) {
                    throw new Refused("sizes", shown(entry.name()));
                }
            } catch (DataFormatException e) {
                throw new Refused("damaged", shown(entry.name()));
            } finally {
                inflater.end();
            }
        }
        if (produced != entry.size()) {
            throw new Refused("sizes", shown(entry.name()));
        }
        if (crc.getValue() != entry.crc()) {
            throw new Refused("crc", shown(entry.name()));
        }
    }

    /** A name fit for a message: control characters as {@code \}{@code uXXXX}, at most 120 characters. */
    static String shown(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 120; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() < 120 ? out.toString() : out + "…";
    }

    private byte[] slice(int from, int length) {
        return Arrays.copyOfRange(zip, from, Objects.checkFromIndexSize(from, length, zip.length)
                + length);
    }

    private int u16(int at) {
        Objects.checkFromIndexSize(at, 2, zip.length);
        return zip[at] & 0xff | (zip[at + 1] & 0xff) << 8;
    }

    private long u32(int at) {
        return s32(at) & 0xffffffffL;
    }

    private int s32(int at) {
        Objects.checkFromIndexSize(at, 4, zip.length);
        return zip[at] & 0xff | (zip[at + 1] & 0xff) << 8 | (zip[at + 2] & 0xff) << 16 | (zip[at + 3] & 0xff) << 24;
    }
}
