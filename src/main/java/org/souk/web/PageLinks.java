package org.souk.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The links of the pager (templates: {@code @pageLinks.to(n)}): the same page with another {@code page} and every
 * other parameter of the address kept as it came (a list's filters, tab and size), whichever list it is. Only the
 * address's query is read, never a form's body: a form shown again after a refused POST must not leak its fields
 * (nor its CSRF token) into links.
 */
@Component("pageLinks")
public class PageLinks {

    /** A relative address, {@code ?page=n&...}, that keeps the path as it is. */
    public String to(int page) {
        return to(page, null);
    }

    /** The same that lands on an element of the page ({@code #anchor}; null: the top). */
    public String to(int page, String anchor) {
        String query = current() == null ? null : current().getQueryString();
        Stream<String> others = query == null || query.isEmpty() ? Stream.empty()
                : Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !name(p).equals("page"));
        return "?" + Stream.concat(Stream.of("page=" + Math.max(page, 0)), others).collect(Collectors.joining("&"))
                + (anchor == null || anchor.isEmpty() ? "" : "#" + anchor);
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    private static HttpServletRequest current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
