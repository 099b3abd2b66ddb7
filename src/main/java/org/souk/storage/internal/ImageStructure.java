package org.souk.storage.internal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * What the JDK's image readers let pass: they skip PNG chunk checksums and decode a JPEG without a scan
 * (or cut inside it) to a grey picture. Both are walked here, in one linear pass, before decoding. Each
 * method answers {@code null} when the file is whole, or the message code of what is wrong (and its
 * argument after a space).
 */
public final class ImageStructure {

    private ImageStructure() {
    }

    /** Every chunk complete with a right CRC, IHDR (13 bytes) first, at least one IDAT, IEND last. */
    public static String png(byte[] b) {
        int at = 8;
        boolean data = false;
        while (at + 12 <= b.length) {
            long length = u32(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > b.length - at - 12L || !type.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')
                    || at == 8 && (!type.equals("IHDR") || length != 13)) {
                return "pngStructure";
            }
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, 4 + (int) length);
            if (crc.getValue() != u32(b, at + 8 + (int) length)) {
                return "pngChunk " + type;
            }
            if (type.equals("IDAT")) {
                data = true;
            }
            if (type.equals("IEND")) {
                return data ? null : "pngStructure";
            }
            at += 12 + (int) length;
        }
        return "pngStructure";
    }

    /** Segments that fit the file, at least one scan with entropy-coded data, and EOI after the last one. */
    public static String jpeg(byte[] b) {
        int at = 2;
        boolean scanned = false;
        while (at + 1 < b.length) {
            if ((b[at] & 0xff) != 0xff) {
                return scanned ? "jpegEnd" : "jpegScan";
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // a fill byte
                continue;
            }
            if (marker == 0xd9) {
                return scanned ? null : "jpegScan";
            }
            if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                at += 2;
                continue;
            }
            if (at + 4 > b.length) {
                return "jpegEnd";
            }
            int length = (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
            if (length < 2 || at + 2 + length > b.length) {
                return "jpegEnd";
            }
            at += 2 + length;
            if (marker == 0xda) {
                int start = at;
                while (at + 1 < b.length && !marker(b[at], b[at + 1])) {
                    at++;
                }
                if (at == start) {
                    return "jpegScan";
                }
                if (at + 1 >= b.length) {
                    return "jpegEnd";
                }
                scanned = true;
            }
        }
        return scanned ? "jpegEnd" : "jpegScan";
    }

    /** A marker inside entropy-coded data: 0xFF not followed by a stuffed 0x00 or a restart marker. */
    private static boolean marker(byte first, byte second) {
        int next = second & 0xff;
        return (first & 0xff) == 0xff && next != 0x00 && !(next >= 0xd0 && next <= 0xd7);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | b[at + 3] & 0xffL;
    }
}
