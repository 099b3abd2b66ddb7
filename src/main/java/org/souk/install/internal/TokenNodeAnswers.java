package org.souk.install.internal;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a token node answers besides {@link AppEndpoints}: the full nodes' probe and metrics paths (so that the same
 * Kubernetes probes and Prometheus job fit both kinds), and a 404 in protocol.md's JSON for anything else, pages
 * included: they are the full and storefront nodes'.
 */
class TokenNodeAnswers extends HttpServlet {

    private final transient JdbcClient jdbc;
    private final transient PrometheusMeterRegistry metrics;

    TokenNodeAnswers(DataSource dataSource, PrometheusMeterRegistry metrics) {
        this.jdbc = JdbcClient.create(dataSource);
        this.metrics = metrics;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        boolean get = "GET".equals(request.getMethod());
        if (get && ("/actuator/health".equals(path) || "/actuator/health/readiness".equals(path))) {
            // ready when the database answers: the node has nothing else to serve from
            boolean up = databaseAnswers();
            write(response, up ? 200 : 503, "application/json", up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
        } else if (get && "/actuator/health/liveness".equals(path)) {
            write(response, 200, "application/json", "{\"status\":\"UP\"}");
        } else if (get && "/actuator/prometheus".equals(path)) {
            write(response, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
        } else {
            write(response, 404, "application/json", "{\"error\":\"not_found\",\"error_description\":"
                    + "\"This node serves the token endpoint /oauth/token/ and the REST methods under /rest/ only\"}");
        }
    }

    private boolean databaseAnswers() {
        try {
            return jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (DataAccessException e) {
            return false;
        }
    }

    private static void write(HttpServletResponse response, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
