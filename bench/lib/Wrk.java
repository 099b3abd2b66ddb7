import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk at 64 connections on 2 threads (Debian's wrk, a second process) against Souk running in this JVM, then
 * against Debian's nginx serving the exact bytes Souk answered for the same paths, with the ratio; and the CPU
 * per request of each server. Shared by the programs of bench/ (bench/run.sh compiles this folder beside them).
 */
public final class Wrk {

    /** nginx is given at most this many distinct paths (each asked of Souk once to get its bytes). */
    private static final int NGINX_PATHS = 200;

    private Wrk() {
    }

    /** Requests per second and wrk's p99 (as it prints it) of one run. */
    public record Result(double rate, String p99) {
    }

    /**
     * The phases of one bench: Souk at {@code base}, seconds per phase; {@code database} the CPU time (ns) of
     * the database's processes serving Souk, 0 for an embedded database (counted in the JVM's).
     */
    public record Phases(Path folder, String base, int seconds, LongSupplier database) {

        public Phases(Path folder, String base, int seconds) {
            this(folder, base, seconds, () -> 0);
        }

        /** Souk, then (with {@code withNginx}) nginx with the bytes Souk gave for the same paths; Souk's result. */
        public Result run(String name, List<String> paths, boolean withNginx) throws IOException, InterruptedException {
            Result souk = wrk(name, base, paths, List.of(), ProcessHandle.current(), database);
            if (!withNginx) {
                return souk;
            }
            List<String> served = paths.stream().distinct().limit(NGINX_PATHS).toList();
            try (Nginx nginx = Nginx.serving(folder, base, served)) {
                Result result = wrk(name + ": nginx, same bytes" + (served.size() < paths.stream().distinct().count()
                        ? " (the first " + served.size() + " paths)" : ""), nginx.base(), served, List.of(),
                        nginx.process(), () -> 0);
                System.out.printf("   Souk / nginx: %.1f %% of the requests/s, p99 %s vs %s%n",
                        100 * souk.rate() / result.rate(), souk.p99(), result.p99());
            }
            return souk;
        }

        /** The same pages asked with the ETag Souk gave them: what a browser revalidating its copy costs. */
        public void revalidate(String name, List<String> paths) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newHttpClient();
            List<String> headers = new ArrayList<>();
            for (String path : paths) {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                headers.add(answer.headers().firstValue("ETag").orElse(""));
            }
            wrk(name, base, paths, headers, ProcessHandle.current(), database);
        }

        private Result wrk(String name, String target, List<String> paths, List<String> etags, ProcessHandle server,
                LongSupplier databaseCpu) throws IOException, InterruptedException {
            Path script = folder.resolve("paths.lua");
            StringBuilder lua = new StringBuilder("paths = {");
            paths.forEach(p -> lua.append('"').append(p).append("\","));
            lua.append("}\netags = {");
            etags.forEach(e -> lua.append("'").append(e.replace("\"", "\\\"")).append("',"));
            lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
                    + "  local i = (counter % #paths) + 1\n"
                    + "  if #etags > 0 then return wrk.format(\"GET\", paths[i], {[\"If-None-Match\"] = etags[i]}) end\n"
                    + "  return wrk.format(\"GET\", paths[i])\nend\n");
            Files.writeString(script, lua);
            // a short warm-up, then the measured run
            new ProcessBuilder("wrk", "-t2", "-c64", "-d5s", "-s", script.toString(), target)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
            System.out.println("== " + name + " (" + paths.size() + " paths), load average before: "
                    + Files.readString(Path.of("/proc/loadavg")).trim());
            long cpuBefore = cpuNanos(server);
            long databaseBefore = databaseCpu.getAsLong();
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c64", "-d" + seconds + "s", "--latency", "-s",
                    script.toString(), target).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes());
            wrk.waitFor();
            long cpu = cpuNanos(server) - cpuBefore;
            long databaseUsed = databaseCpu.getAsLong() - databaseBefore;
            Matcher done = Pattern.compile("(\\d+) requests in").matcher(output);
            if (done.find() && Long.parseLong(done.group(1)) > 0) {
                // what one request costs the server whatever else runs on the machine
                long requests = Long.parseLong(done.group(1));
                System.out.printf("   server CPU per request: %.3f ms%s%n", cpu / 1e6 / requests, databaseUsed == 0 ? ""
                        : String.format(" (JVM), %.3f ms (the database's processes)", databaseUsed / 1e6 / requests));
            }
            double rate = 0;
            String p99 = "?";
            for (String line : output.split("\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("Requests/sec")) {
                    rate = Double.parseDouble(trimmed.replaceAll("[^0-9.]", ""));
                }
                if (trimmed.startsWith("99%")) {
                    p99 = trimmed.substring(3).trim();
                }
                if (line.contains("Requests/sec") || trimmed.startsWith("50%") || trimmed.startsWith("99%")
                        || line.contains("Non-2xx") || line.contains("errors") || line.contains("requests in")) {
                    System.out.println("   " + trimmed);
                }
            }
            return new Result(rate, p99);
        }
    }

    /** The CPU time of a process and its children (nginx's workers); of this JVM, its own. */
    public static long cpuNanos(ProcessHandle process) {
        if (process.equals(ProcessHandle.current())) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
        long total = process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        for (ProcessHandle child : process.descendants().toList()) {
            total += child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }
        return total;
    }

    /** Debian's nginx on a free port, answering each path with the exact bytes and content type Souk gave it. */
    public record Nginx(Process process0, String base) implements AutoCloseable {

        public static Nginx serving(Path folder, String souk, List<String> paths) throws IOException, InterruptedException {
            Path root = Files.createDirectories(folder.resolve("nginx/root"));
            HttpClient client = HttpClient.newHttpClient();
            StringBuilder map = new StringBuilder();
            paths = paths.stream().distinct().toList();
            for (int i = 0; i < paths.size(); i++) {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(souk + paths.get(i))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                String type = answer.headers().firstValue("Content-Type").orElse("text/html");
                String file = i + (type.contains("json") ? ".json" : type.contains("xml") ? ".xml" : ".html");
                Files.write(root.resolve(file), answer.body());
                map.append("    \"").append(paths.get(i)).append("\" /").append(file).append(";\n");
            }
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path conf = folder.resolve("nginx/nginx.conf");
            Files.writeString(conf, """
                    # the temporary folder is the bench user's alone (as root, workers would run as nobody)
                    user root;
                    worker_processes auto;
                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events { worker_connections 1024; }
                    http {
                      access_log off;
                      map_hash_bucket_size 256;
                      map_hash_max_size 8192;
                      types { text/html html; application/json json; application/xml xml; }
                      charset utf-8;
                      charset_types application/json application/xml;
                      map $request_uri $file {
                    %2$s  }
                      server {
                        listen 127.0.0.1:%3$d;
                        root %4$s;
                        location / { try_files $file =404; }
                      }
                    }
                    """.formatted(folder.resolve("nginx"), map, port, root));
            Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", folder.resolve("nginx").toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("nginx/out.log").toFile()).start();
            String base = "http://127.0.0.1:" + port;
            for (int i = 0; i < 50; i++) {
                try {
                    client.send(HttpRequest.newBuilder(URI.create(base + paths.get(0))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            return new Nginx(nginx, base);
        }

        public ProcessHandle process() {
            return process0.toHandle();
        }

        @Override
        public void close() throws InterruptedException {
            process0.destroy();
            process0.waitFor();
        }
    }
}
