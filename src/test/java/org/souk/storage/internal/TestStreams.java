package org.souk.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Streams made on the fly, so that no test holds large content in memory either. */
final class TestStreams {

    private TestStreams() {
    }

    /** {@code size} pseudo-random bytes, the same for the same seed; counts what was read. */
    static class Generated extends InputStream {
        private final long size;
        private final SplittableRandom random;
        long read;

        Generated(long size, long seed) {
            this.size = size;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) random.nextInt(256);
            }
            read += n;
            return n;
        }
    }

    /** Never ends; counts what was read. */
    static final class Endless extends Generated {
        Endless() {
            super(Long.MAX_VALUE, 7);
        }
    }

    /** Gives {@code good} bytes, then fails as a broken upload does. */
    static final class Failing extends Generated {
        Failing(long good) {
            super(good, 11);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                throw new IOException("connection reset (test)");
            }
            return n;
        }
    }

    /** The hex SHA-256 of a stream, read to its end and closed. */
    static String sha256(InputStream in) throws IOException {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
