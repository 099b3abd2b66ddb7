package org.souk.solution.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip archive written byte by byte, so that tests can make every header say what they want: names
 * with any bytes, Unix modes, local headers that disagree with the central directory, lying sizes,
 * counts and checksums, data hidden between entries or past the end.
 */
public final class ZipBytes {

    /** One entry; every field left {@code null} is written truthfully. */
    public static final class Entry {
        public byte[] name;
        public byte[] data;
        public int method = 8;
        /** bit 11: the name is UTF-8 */
        public int flags = 0x800;
        public int madeBy = 3 << 8 | 20;
        /** the Unix mode in the high half: a regular file, rw-r--r-- */
        public long external = 0100644L << 16;
        /** sizes and checksum in a data descriptor after the data, zero in the local header */
        public boolean descriptor;
        /** an unpacked size that every header (local, central, descriptor) claims */
        public Long claimedSize;
        /** a packed size that every header claims */
        public Long claimedPacked;
        /** a checksum that every header claims */
        public Long claimedCrc;
        public Long centralCrc;
        public Long centralSize;
        public Long centralPacked;
        public Long centralOffset;
        public byte[] localName;
        public Integer localMethod;
        public Long localCrc;
        public Long descriptorCrc;
        public byte[] packed;
        /** bytes after the entry that belong to no entry */
        public byte[] hiddenAfter = new byte[0];

        Entry(byte[] name, byte[] data) {
            this.name = name;
            this.data = data;
        }
    }

    public final List<Entry> entries = new ArrayList<>();
    public byte[] prefix = new byte[0];
    public byte[] trailing = new byte[0];
    public Integer count;
    public int disk;

    public Entry add(String name, byte[] data) {
        Entry entry = new Entry(name.getBytes(StandardCharsets.UTF_8), data);
        entries.add(entry);
        return entry;
    }

    public Entry add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Entry folder(String name) {
        Entry entry = add(name, new byte[0]);
        entry.method = 0;
        entry.external = 040755L << 16;
        return entry;
    }

    public byte[] bytes() {
        Writer out = new Writer();
        out.bytes(prefix);
        List<long[]> written = new ArrayList<>();
        for (Entry entry : entries) {
            long offset = out.size() - prefix.length;
            CRC32 real = new CRC32();
            real.update(entry.data);
            long crc = entry.claimedCrc != null ? entry.claimedCrc : real.getValue();
            byte[] packed = entry.packed != null ? entry.packed : entry.method == 8 ? deflate(entry.data) : entry.data;
            int flags = entry.flags | (entry.descriptor ? 8 : 0);
            long packedSize = entry.claimedPacked != null ? entry.claimedPacked : packed.length;
            long size = entry.claimedSize != null ? entry.claimedSize : entry.data.length;
            byte[] localName = entry.localName != null ? entry.localName : entry.name;
            out.u32(0x04034b50).u16(20).u16(flags).u16(entry.localMethod != null ? entry.localMethod : entry.method)
                    .u16(0).u16(0x21);
            if (entry.descriptor) {
                out.u32(0).u32(0).u32(0);
            } else {
                out.u32(entry.localCrc != null ? entry.localCrc : crc).u32(packedSize).u32(size);
            }
            out.u16(localName.length).u16(0).bytes(localName).bytes(packed);
            if (entry.descriptor) {
                out.u32(0x08074b50).u32(entry.descriptorCrc != null ? entry.descriptorCrc : crc)
                        .u32(packedSize).u32(size);
            }
            out.bytes(entry.hiddenAfter);
            written.add(new long[] { offset, crc, packedSize, flags, size });
        }
        long directory = out.size() - prefix.length;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            long[] w = written.get(i);
            out.u32(0x02014b50).u16(entry.madeBy).u16(20).u16((int) w[3]).u16(entry.method).u16(0).u16(0x21)
                    .u32(entry.centralCrc != null ? entry.centralCrc : w[1])
                    .u32(entry.centralPacked != null ? entry.centralPacked : w[2])
                    .u32(entry.centralSize != null ? entry.centralSize : w[4])
                    .u16(entry.name.length).u16(0).u16(0).u16(0).u16(0).u32(entry.external)
                    .u32(entry.centralOffset != null ? entry.centralOffset : w[0]).bytes(entry.name);
        }
        long directorySize = out.size() - prefix.length - directory;
        int n = count != null ? count : entries.size();
        out.u32(0x06054b50).u16(disk).u16(disk).u16(n).u16(n).u32(directorySize).u32(directory).u16(0);
        out.bytes(trailing);
        return out.toByteArray();
    }

    public static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static final class Writer extends ByteArrayOutputStream {
        Writer u16(int value) {
            write(value & 0xff);
            write(value >>> 8 & 0xff);
            return this;
        }

        Writer u32(long value) {
            return u16((int) (value & 0xffff)).u16((int) (value >>> 16 & 0xffff));
        }

        Writer bytes(byte[] bytes) {
            write(bytes, 0, bytes.length);
            return this;
        }
    }
}
