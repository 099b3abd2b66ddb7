package org.souk.solution.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.souk.storage.Blob;
import org.souk.storage.BlobStore;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;

/**
 * The archive of a static HTML/JS app or a site template (V-05, T-SITE-1): a zip of bounded size, read
 * strictly by {@link ZipArchive} before it is stored (entry count, depth, unpacked size and ratio bounded;
 * no names that escape or confuse the folder it is unpacked into, no links, no lying headers, every entry's
 * checksum proven), with a file name in latin letters without spaces. Every refusal is a violation of the
 * field {@code archive} that names the field as the page labels it.
 */
@Component
public class ArchiveChecks {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final ZipArchive.Limits LIMITS = new ZipArchive.Limits(2000, 100L * 1024 * 1024, 32, 512, 100,
            1024L * 1024);
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9._-]{1,100}\\.zip$");

    private final BlobStore blobs;
    private final Messages messages;

    ArchiveChecks(BlobStore blobs, Messages messages) {
        this.blobs = blobs;
        this.messages = messages;
    }

    public record Archive(Blob blob, String name, int entries) {
    }

    public Archive check(String fileName, InputStream content) {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw invalid("name");
        }
        byte[] zip = readBounded(content);
        try {
            int entries = ZipArchive.read(zip, LIMITS).size();
            return new Archive(blobs.put(new ByteArrayInputStream(zip), MAX_BYTES, "application/zip"), fileName,
                    entries);
        } catch (ZipArchive.Refused e) {
            throw invalid(e.rule(), e.args());
        }
    }

    private byte[] readBounded(InputStream content) {
        try (content) {
            byte[] zip = content.readNBytes((int) MAX_BYTES + 1);
            if (zip.length > MAX_BYTES) {
                throw invalid("tooLarge", MAX_BYTES / (1024 * 1024));
            }
            if (zip.length == 0) {
                throw invalid("empty");
            }
            return zip;
        } catch (IOException e) {
            throw invalid("broken");
        }
    }

    /** "V-05: Archive has …": the rule, the field's label on the version page, and what is wrong. */
    private InvalidInput invalid(String rule, Object... args) {
        String text = messages.get("version.archive") + " " + messages.get("error.archive." + rule, args);
        return new InvalidInput(new Violation("archive", "V-05", "V-05: " + text));
    }
}
