package org.souk.catalog.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.springframework.stereotype.Component;

/**
 * How the index follows a committed change (hibernate.search.indexing.plan.synchronization.strategy): as
 * Hibernate Search's "sync" (searchable when the transaction returns, U-03), except that a failure does not
 * end in an exception after the commit, lost with it: the solutions it failed for go to the
 * {@link CatalogIndexQueue}, which indexes them once the search cluster answers again. A change the index took
 * settles the {@link CatalogGeneration} its transaction bumped.
 */
@Component("catalogIndexing")
class CatalogIndexing implements IndexingPlanSynchronizationStrategy {

    private final CatalogIndexQueue queue;
    private final CatalogGeneration generation;

    CatalogIndexing(CatalogIndexQueue queue, CatalogGeneration generation) {
        this.queue = queue;
        this.generation = generation;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
        context.indexingFutureHandler(this::await);
    }

    /** A failure that names no solution, or of the plan as a whole, sends every listed solution to the queue. */
    private void await(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
        try {
            SearchIndexingPlanExecutionReport report = future.join();
            if (report.throwable().isEmpty()) {
                generation.indexed();
            }
            report.throwable().ifPresent(failure -> {
                List<String> codes = report.failingEntities().stream().map(entity -> entity.id().toString()).toList();
                if (codes.isEmpty()) {
                    queue.addAll(failure);
                } else {
                    queue.add(codes, failure);
                }
            });
        } catch (CompletionException failure) {
            queue.addAll(failure.getCause());
        }
    }
}
