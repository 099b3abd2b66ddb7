package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.List;

/** The pager's links and the page a request reads, without a server. */
class PageLinksTest {

    private final PageLinks links = new PageLinks();

    private static void requested(String method, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/moderation");
        request.setQueryString(query);
        request.addParameter("_csrf", "secret"); // a form's field: never in a link
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theOtherParametersAreKeptAsTheyCameAndThePageReplaced() {
        requested("GET", "region=global&page=3&q=caf%C3%A9+cr%C3%A8me&size=5&tag=a&tag=b");
        assertThat(links.to(4)).isEqualTo("?page=4&region=global&q=caf%C3%A9+cr%C3%A8me&size=5&tag=a&tag=b");
        assertThat(links.to(-1, "words")).isEqualTo("?page=0&region=global&q=caf%C3%A9+cr%C3%A8me&size=5&tag=a&tag=b#words");
    }

    @Test
    void aFormShownAgainLeaksNothingOfItsBody() {
        requested("POST", null);
        assertThat(links.to(1)).isEqualTo("?page=1");
        requested("GET", "pagesize=3&&page");
        assertThat(links.to(2)).isEqualTo("?page=2&pagesize=3");
    }

    @Test
    void aPagePastTheEndReadsTheLastAndTheSizeIsBounded() {
        List<PageRequest> asked = new ArrayList<>();
        var last = PageResponse.read(7, 10, 100, request -> {
            asked.add(request);
            List<String> rows = request.getPageNumber() == 2 ? List.of("21", "22") : List.of();
            return new PageImpl<>(rows, request, 22);
        });
        assertThat(last.getNumber()).isEqualTo(2);
        assertThat(last.getContent()).containsExactly("21", "22");
        assertThat(asked).extracting(PageRequest::getPageNumber).containsExactly(7, 2);
        assertThat(PageResponse.request(Integer.MAX_VALUE, 50, 100).getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(PageResponse.request(-5, 0, 100)).isEqualTo(PageRequest.of(0, 1));
        assertThat(PageResponse.htmlSize(100_000)).isEqualTo(PageResponse.HTML_MAX);
        assertThat(PageResponse.read(0, 10, 100, request -> new PageImpl<String>(List.of(), request, 0)).getContent())
                .isEmpty();
    }
}
