package org.souk.checks.internal.rules;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.souk.outbound.HttpAnswer;

/**
 * The readable text of a document fetched by a check (C-21): an HTML page without its markup, scripts
 * and styles; the text of a PDF (Apache PDFBox, the first {@value #MAX_PAGES} pages); a text file as it is.
 */
final class DocumentText {

    static final int MAX_PAGES = 100;

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<!--.*?-->|<(script|style|noscript|template)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("bdquo", "„"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("mdash", "—"),
            Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("trade", "™"), Map.entry("shy", ""));

    private DocumentText() {
    }

    /** The text of the answer's body by its media type (text/html, application/pdf, text/plain). */
    static String of(HttpAnswer answer) throws IOException {
        byte[] body = answer.body();
        return switch (answer.mediaType()) {
            case "application/pdf" -> pdf(body);
            case "text/html" -> html(new String(body, answer.charset().orElseGet(() -> sniff(body))));
            default -> new String(body, answer.charset().orElse(StandardCharsets.UTF_8));
        };
    }

    static String pdf(byte[] body) throws IOException {
        try (PDDocument document = Loader.loadPDF(body)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PAGES));
            return stripper.getText(document);
        }
    }

    static String html(String html) {
        String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
        }
        entity.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    private static String decode(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(name, whole);
    }

    /** The charset an HTML page declares in a meta element, else UTF-8. */
    private static Charset sniff(byte[] body) {
        Matcher meta = META_CHARSET.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1));
        if (meta.find()) {
            try {
                return Charset.forName(meta.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
