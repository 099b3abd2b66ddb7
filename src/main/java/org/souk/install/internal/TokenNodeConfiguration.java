package org.souk.install.internal;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import javax.sql.DataSource;

import org.souk.web.SiteAddress;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A token node: the token endpoint and {@code /rest/} ({@link AppEndpoints}) with only what they use, the pool,
 * plain JDBC and Tomcat, beside the probes and metrics the operator's tools read. No ORM, search index, templates,
 * security chain, sessions or migrations: it joins a market whose full nodes have made the schema, on the same
 * PostgreSQL, behind a balancer that sends it {@code /oauth/token/} and {@code /rest/} (docs/deploy.md). Started by
 * {@code org.souk.install.TokenNode} ({@code SOUK_NODE=tokens}).
 *
 * <p>Deliberately not a {@code @Configuration}: the full application's component scan must not take it.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class,
        ConfigurationPropertiesAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JacksonAutoConfiguration.class,
        TaskSchedulingAutoConfiguration.class, MetricsAutoConfiguration.class, JvmMetricsAutoConfiguration.class,
        SystemMetricsAutoConfiguration.class, PrometheusMetricsExportAutoConfiguration.class })
@Import({ InstallConfiguration.class, AppEndpoints.class, Tokens.class, Rotations.class, AccessLookups.class,
        AppUsers.class, CallQuota.class, RestUsageRows.class, RestCallLog.class, Endpoints.class, SiteAddress.class })
public class TokenNodeConfiguration {

    /**
     * A token node makes no schema (no Flyway here): started on a database no full node has migrated, it would
     * answer every grant with an error. It stops at start instead, and says what to do.
     */
    @Bean
    InitializingBean schemaMadeByAFullNode(DataSource dataSource, Environment environment) {
        return () -> {
            try {
                JdbcClient.create(dataSource).sql("SELECT count(*) FROM oauth_token WHERE 1 = 0").query(Long.class)
                        .single();
            } catch (DataAccessException e) {
                throw new IllegalStateException("A token node joins a market whose full nodes have made the "
                        + "database's schema, and " + environment.getProperty("spring.datasource.url")
                        + " has no table oauth_token: start a full node on that database first, or give this node "
                        + "the market's SPRING_DATASOURCE_URL (docs/deploy.md, \"Kinds of node\")", e);
            }
        };
    }

    /** The probes, the metrics and a 404 for everything that is not the token endpoint's or {@code /rest/}. */
    @Bean
    ServletRegistrationBean<TokenNodeAnswers> tokenNodeAnswers(DataSource dataSource,
            PrometheusMeterRegistry metrics) {
        return new ServletRegistrationBean<>(new TokenNodeAnswers(dataSource, metrics), "/");
    }
}
