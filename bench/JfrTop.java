import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JFR recording's CPU samples (JDK 17 has no {@code jfr view hot-methods}): the methods the
 * samples were in (self), and, by library, where the request threads spent their time (a sample counts for the
 * library nearest to its top frame: Lucene, Thymeleaf, Jackson, H2, Hibernate Search, Souk's catalog, ...).
 * Usage: java bench/JfrTop.java recording.jfr [how many (15)] [thread name part ("http-nio")] [HH:MM:SS-HH:MM:SS]
 * (UTC: only the samples of that window, e.g. the refresh phases of token-bench; with it, the JVM's own CPU and
 * the machine's, from jdk.CPULoad, over the same window). Then where those threads waited for a socket (a database's
 * answer: jdk.SocketRead, 10 ms and longer in the "profile" settings), in seconds, by the Souk method nearest the top.
 */
public final class JfrTop {

    private static final Map<String, String> AREAS = Map.ofEntries(Map.entry("org.apache.lucene.", "Lucene"),
            Map.entry("org.thymeleaf.", "Thymeleaf"), Map.entry("tools.jackson.", "Jackson"),
            Map.entry("org.h2.", "H2 (database)"), Map.entry("org.hibernate.search.", "Hibernate Search"),
            Map.entry("org.souk.catalog.", "org.souk.catalog"), Map.entry("org.souk.install.", "org.souk.install"),
            Map.entry("org.springframework.security.", "Spring Security"),
            Map.entry("org.apache.coyote.", "Tomcat (HTTP)"), Map.entry("org.apache.catalina.", "Tomcat (servlet)"),
            Map.entry("org.apache.tomcat.", "Tomcat (util)"), Map.entry("org.postgresql.", "pgjdbc"),
            Map.entry("com.zaxxer.hikari.", "Hikari"), Map.entry("org.springframework.web.", "Spring MVC"),
            Map.entry("org.springframework.jdbc.", "Spring JDBC"),
            Map.entry("org.springframework.transaction.", "Spring transactions"),
            Map.entry("org.hibernate.", "Hibernate"), Map.entry("sun.security.", "JDK crypto (sun.security)"),
            Map.entry("io.micrometer.", "Micrometer"), Map.entry("org.springframework.session.", "Spring Session"));

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String thread = args.length > 2 ? args[2] : "http-nio";
        Instant from = null;
        Instant to = null;
        LocalDate day = null;
        if (args.length > 3) {
            String[] window = args[3].split("-");
            day = RecordingFile.readAllEvents(Path.of(args[0])).stream().findFirst().orElseThrow().getStartTime()
                    .atZone(ZoneOffset.UTC).toLocalDate();
            from = LocalTime.parse(window[0]).atDate(day).toInstant(ZoneOffset.UTC);
            to = LocalTime.parse(window[1]).atDate(day).toInstant(ZoneOffset.UTC);
        }
        double jvm = 0;
        double machine = 0;
        int loads = 0;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Double> waits = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (from != null && (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to))) {
                continue;
            }
            if (event.getEventType().getName().equals("jdk.CPULoad")) {
                jvm += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                machine += event.getFloat("machineTotal");
                loads++;
                continue;
            }
            if (event.getEventType().getName().equals("jdk.SocketRead") && event.getStackTrace() != null
                    && event.getThread() != null && String.valueOf(event.getThread().getJavaName()).contains(thread)) {
                String souk = event.getStackTrace().getFrames().stream().map(JfrTop::name)
                        .filter(n -> n.startsWith("org.souk.")).findFirst().orElse("(no Souk frame)");
                waits.merge(souk, event.getDuration().toNanos() / 1e9, Double::sum);
                continue;
            }
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getThread("sampledThread") == null
                    || !String.valueOf(event.getThread("sampledThread").getJavaName()).contains(thread)) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            String nearest = frames.stream().map(JfrTop::name).filter(n -> area(n) != null).findFirst().orElse(null);
            areas.merge(nearest == null ? "other (JDK, Spring MVC, ...)" : area(nearest), 1, Integer::sum);
            if (nearest != null) {
                entries.merge(nearest, 1, Integer::sum);
            }
        }
        System.out.printf("%d CPU samples of threads named *%s*%n", samples, thread);
        if (from != null && loads > 0) {
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("between %s and %s UTC: the JVM %.2f cores, the machine %.2f of %d (jdk.CPULoad)%n",
                    args[3].split("-")[0], args[3].split("-")[1], jvm / loads * cores, machine / loads * cores, cores);
        }
        System.out.println("-- by the library nearest the top of the stack:");
        print(areas, samples, top);
        System.out.println("-- the library frames nearest the top:");
        print(entries, samples, top);
        System.out.println("-- top frames (self):");
        print(self, samples, top);
        System.out.printf("-- waits for a socket (jdk.SocketRead), %.1f s in all, by the Souk frame nearest the top:%n",
                waits.values().stream().mapToDouble(Double::doubleValue).sum());
        waits.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(top)
                .forEach(e -> System.out.printf("%7.1f s  %s%n", e.getValue(), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String area(String frame) {
        return AREAS.entrySet().stream().filter(e -> frame.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(e -> System.out.printf("%5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
