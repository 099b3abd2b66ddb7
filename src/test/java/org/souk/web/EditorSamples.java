package org.souk.web;

import java.util.List;

/**
 * What the card's rich-text editor writes: Trix 2.1.19 (h2 for its heading) with rich-editor.js, read from the
 * hidden textarea in headless Chromium after loading and typing formatted text (headings, bold, italic, strike,
 * links to http and mailto, nested bulleted and numbered lists, quotes, code blocks, line breaks, runs of spaces,
 * quotes and angle brackets, Cyrillic). RichTextEditorBrowserTest checks that today's editor still writes these.
 */
final class EditorSamples {

    static final List<String> ALL = List.of(
            "<h2>Setup in three steps</h2><div>Connect your <strong>CRM</strong>, pick a <em>template</em> and press <del>Go</del> then <a href=\"https://example.com/docs?a=1&amp;b=2\" rel=\"nofollow noopener\">read the docs</a>.</div><ul><li>Deals</li><li>Contacts<ul><li>Leads</li></ul></li></ul><ol><li>First</li><li>Second</li></ol><blockquote>Fast and simple.</blockquote><pre>curl https://example.com/api</pre>",
            "<div><strong>Price</strong>: <em>5 €</em> per user, \"quoted\" &amp; &lt;angle&gt;&nbsp; two&nbsp; spaces<br>Second line</div>",
            "<div>Пишите: <a href=\"mailto:help@example.com\" rel=\"nofollow noopener\">help@example.com</a></div><div><br></div><h2>Цены</h2><ul><li><strong>Бесплатно</strong> до 5 пользователей</li></ul>");

    private EditorSamples() {
    }
}
