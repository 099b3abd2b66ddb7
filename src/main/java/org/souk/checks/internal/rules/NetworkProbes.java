package org.souk.checks.internal.rules;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.souk.checks.internal.CheckContext;
import org.souk.outbound.GuardedHttp;
import org.souk.outbound.HttpAnswer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The requests of the network checks (V-09, F-07, C-21, C-27) in one check run: the first of those checks
 * that runs starts every request the run needs at once — each URL asked once per method, at most
 * {@code souk.checks.network.parallelism} at a time, all through {@link GuardedHttp} — and every check
 * then reads the answers it needs. The whole run has {@code souk.checks.network.budget}; an answer that
 * has not come by then is "not checked", never a reason to hold the partner's request.
 *
 * <p>A run belongs to its {@link CheckContext} (the engine makes one per run), held weakly and forgotten
 * a minute after its budget.
 */
@Component
class NetworkProbes {

    private static final Duration KEEP = Duration.ofMinutes(1);
    /** How much longer than the budget a check waits for a request that GuardedHttp ends at the deadline. */
    private static final long GRACE_MILLIS = 500;

    private final GuardedHttp http;
    private final Duration budget;
    private final int parallelism;
    private final List<Run> runs = new ArrayList<>();

    NetworkProbes(GuardedHttp http, @Value("${souk.checks.network.budget:20s}") Duration budget,
            @Value("${souk.checks.network.parallelism:4}") int parallelism) {
        this.http = http;
        this.budget = budget;
        this.parallelism = Math.max(1, parallelism);
    }

    /** The run of this context, its requests started when it is asked for the first time. */
    synchronized Run of(CheckContext context) {
        Instant now = Instant.now();
        runs.removeIf(run -> run.owner.get() == null || now.isAfter(run.deadline.plus(KEEP)));
        for (Run run : runs) {
            if (run.owner.get() == context) {
                return run;
            }
        }
        Run run = new Run(context, now.plus(budget));
        runs.add(run);
        run.start(requests(context));
        return run;
    }

    /** Every request of the network checks over this draft, without repetitions. */
    static Set<Request> requests(CheckContext context) {
        Set<Request> requests = new LinkedHashSet<>();
        UrlAccessCheck.urls(context).values().forEach(url -> requests.add(new Request("HEAD", url)));
        LegalLinksCheck.urls(context).values().forEach(url -> requests.add(new Request("GET", url)));
        DescriptionMediaCheck.media(context).forEach(media -> requests.add(new Request("HEAD", media.url())));
        return requests;
    }

    /** A HEAD (the first answer, no redirect followed) or a GET (redirects followed, the body read). */
    record Request(String method, String url) {
    }

    /** The answers of one check run. */
    final class Run {

        private final WeakReference<CheckContext> owner;
        private final Instant deadline;
        private final Map<Request, Future<HttpAnswer>> answers = new ConcurrentHashMap<>();

        Run(CheckContext owner, Instant deadline) {
            this.owner = new WeakReference<>(owner);
            this.deadline = deadline;
        }

        private void start(Set<Request> requests) {
            if (requests.isEmpty()) {
                return;
            }
            AtomicInteger threads = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, requests.size()), task -> {
                Thread thread = new Thread(task, "souk-checks-network-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            for (Request request : requests) {
                answers.put(request, pool.submit(() -> ask(request)));
            }
            pool.shutdown(); // the threads end with the last request, at the latest at the deadline
        }

        private HttpAnswer ask(Request request) {
            if (!Instant.now().isBefore(deadline)) {
                return null;
            }
            return http.send(request.method(), request.url(), null, null, request.method().equals("GET"), deadline);
        }

        /** The answer to a HEAD of {@code url}; empty when it did not come within the run's budget. */
        Optional<HttpAnswer> head(String url) {
            return answer(new Request("HEAD", url));
        }

        /** The answer to a GET of {@code url}; empty when it did not come within the run's budget. */
        Optional<HttpAnswer> get(String url) {
            return answer(new Request("GET", url));
        }

        private Optional<HttpAnswer> answer(Request request) {
            Future<HttpAnswer> future = answers.get(request);
            if (future == null) { // not foreseen by requests(): asked now, within the same budget
                HttpAnswer answer = ask(request);
                return answer == null || answer.failure() == HttpAnswer.Failure.DEADLINE ? Optional.empty()
                        : Optional.of(answer);
            }
            long wait = Duration.between(Instant.now(), deadline).toMillis() + GRACE_MILLIS;
            try {
                HttpAnswer answer = future.get(Math.max(wait, 0), TimeUnit.MILLISECONDS);
                return answer == null || answer.failure() == HttpAnswer.Failure.DEADLINE ? Optional.empty()
                        : Optional.of(answer);
            } catch (TimeoutException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                throw new IllegalStateException("request of " + request.url() + " broke", e.getCause());
            }
        }
    }
}
