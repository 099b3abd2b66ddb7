import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load side of InstallBench, in its own JVM: 64 threads, each with its own connection, for a warm-up and
 * then a timed phase per endpoint; prints requests per second, p50 and p99, and any non-200 answers.
 */
public class InstallLoad {

    private static final int CONNECTIONS = 64;
    private static final Pattern REFRESH = Pattern.compile("\"refresh_token\":\"([0-9a-f]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int seconds = Integer.parseInt(args[2]);
        String[] keys = lines.get(0).split(" ");
        String[] access = new String[CONNECTIONS];
        String[] refresh = new String[CONNECTIONS];
        for (int i = 0; i < CONNECTIONS; i++) {
            String[] pair = lines.get(i + 1).split(" ");
            access[i] = pair[0];
            refresh[i] = pair[1];
        }
        Call token = (client, i) -> {
            String form = "grant_type=refresh_token&client_id=" + enc(keys[0]) + "&client_secret=" + enc(keys[1])
                    + "&refresh_token=" + refresh[i];
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/oauth/token/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher next = REFRESH.matcher(response.body());
            if (next.find()) {
                refresh[i] = next.group(1); // rotation: the old one is spent
            }
            return response.statusCode();
        };
        Call appInfo = (client, i) -> client.send(HttpRequest.newBuilder(URI.create(base + "/rest/app.info"))
                .header("Authorization", "Bearer " + access[i]).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
        run("token endpoint, refresh grant with rotation", token, 5, false);
        run("token endpoint, refresh grant with rotation", token, seconds, true);
        run("app.info", appInfo, 5, false);
        run("app.info", appInfo, seconds, true);
    }

    interface Call {
        int call(HttpClient client, int connection) throws Exception;
    }

    private static void run(String name, Call call, int seconds, boolean report) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            int connection = c;
            long[] own = new long[2_000_000];
            latencies.add(own);
            new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int n = 0;
                try {
                    while (System.nanoTime() < end && n < own.length - 1) {
                        long start = System.nanoTime();
                        int status = call.call(client, connection);
                        own[++n] = System.nanoTime() - start;
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    own[0] = n;
                    done.countDown();
                }
            }).start();
        }
        done.await();
        if (!report) {
            return;
        }
        long total = latencies.stream().mapToLong(l -> l[0]).sum();
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] own : latencies) {
            for (int i = 1; i <= own[0]; i++) {
                all[k++] = own[i];
            }
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%s, %d connections, %d s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, "
                + "%d not 200%n", name, CONNECTIONS, seconds, total, total / (double) seconds,
                all[(int) (all.length * 0.50)] / 1e6, all[(int) (all.length * 0.99)] / 1e6, failures.get());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
