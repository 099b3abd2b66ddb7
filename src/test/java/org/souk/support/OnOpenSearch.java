package org.souk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs an {@link IntegrationTest} subclass with the catalog index on the shared OpenSearch node (Hibernate
 * Search's Elasticsearch backend) instead of the in-memory Lucene index: a search test class is subclassed
 * with this annotation, so the same tests pass on both backends. Every class so annotated shares one more
 * Spring context (the same properties); skipped with the reason where no node can run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OpenSearchNode.Shared.class)
@TestPropertySource(properties = {
        "spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
        "spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:${souk.opensearch.port:9299}" })
public @interface OnOpenSearch {
}
