import java.nio.file.Path;
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
 * Usage: java bench/JfrTop.java recording.jfr [how many (15)] [thread name part ("http-nio")].
 */
public final class JfrTop {

    private static final Map<String, String> AREAS = Map.of("org.apache.lucene.", "Lucene",
            "org.thymeleaf.", "Thymeleaf", "tools.jackson.", "Jackson", "org.h2.", "H2 (database)",
            "org.hibernate.search.", "Hibernate Search", "org.souk.catalog.", "org.souk.catalog",
            "org.springframework.security.", "Spring Security", "org.apache.coyote.", "Tomcat (HTTP)");

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String thread = args.length > 2 ? args[2] : "http-nio";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
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
        System.out.printf("%d CPU samples of threads named *%s*%n-- by the library nearest the top of the stack:%n", samples, thread);
        print(areas, samples, top);
        System.out.println("-- the library frames nearest the top:");
        print(entries, samples, top);
        System.out.println("-- top frames (self):");
        print(self, samples, top);
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
