package org.souk.support;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from request to request while the sessions live in
 * the database (Spring Session JDBC): MockMvc sends no cookies, so the id of the stored session is kept as an
 * attribute of the mock session that the test holds. Real HTTP requests still use the SESSION cookie.
 */
@TestConfiguration(proxyBeanMethods = false)
class MockMvcSessions {

    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        return new MockSessionIdResolver();
    }

    /** The mock session's id attribute when the test gave one, else the SESSION cookie as in production. */
    static final class MockSessionIdResolver implements HttpSessionIdResolver {

        private static final String ID = MockSessionIdResolver.class.getName() + ".id";

        private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            HttpSession mock = mockSession(request, false);
            if (mock != null && mock.getAttribute(ID) instanceof String id) {
                return List.of(id);
            }
            return cookies.resolveSessionIds(request);
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookies.setSessionId(request, response, sessionId);
            HttpSession mock = mockSession(request, true);
            if (mock != null) {
                if (!sessionId.equals(mock.getAttribute(ID))) {
                    // a new stored session, or its id changed (sign-in): the mock session's id changes with it
                    WebUtils.getNativeRequest(request, MockHttpServletRequest.class).changeSessionId();
                }
                mock.setAttribute(ID, sessionId);
            }
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            cookies.expireSession(request, response);
            HttpSession mock = mockSession(request, false);
            if (mock != null) {
                mock.removeAttribute(ID);
            }
        }

        private static HttpSession mockSession(HttpServletRequest request, boolean create) {
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            return mock == null ? null : mock.getSession(create);
        }
    }
}
