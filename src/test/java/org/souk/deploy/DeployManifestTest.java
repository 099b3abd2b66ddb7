package org.souk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.context.ApplicationContext;
import org.yaml.snakeyaml.Yaml;

/**
 * The example Kubernetes configuration (deploy/kubernetes) and docs/deploy.md name only settings Souk has, the
 * docs name every setting of Souk's own, and the probes point at paths that answer.
 */
class DeployManifestTest extends IntegrationTest {

    private static final Path MANIFEST = Path.of("deploy/kubernetes/souk.yaml");
    private static final Path DOCS = Path.of("docs/deploy.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern ENV_NAME = Pattern.compile("`(PORT|(?:SOUK|SPRING|SERVER|MANAGEMENT)_[A-Z0-9_]+)`");
    private static final Pattern VALUE = Pattern.compile("@Value\\(\"\\$\\{([a-z0-9.\\-]+)");
    /** Read by the JVM, not by Souk. */
    private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");

    @Autowired
    ApplicationContext context;

    @Test
    void everyEnvironmentVariableOfTheManifestIsASettingAndTheProbesAnswer() throws IOException {
        List<Map<String, Object>> documents = documents();
        Settings settings = settings();
        Set<String> names = new TreeSet<>();
        List<Map<String, Object>> containers = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            switch ((String) document.get("kind")) {
                case "ConfigMap" -> names.addAll(map(document, "data").keySet());
                case "Secret" -> names.addAll(map(document, "stringData").keySet());
                case "Deployment" -> {
                    Map<String, Object> container = list(map(map(map(document, "spec"), "template"), "spec"),
                            "containers").get(0);
                    containers.add(container);
                    for (Map<String, Object> env : list(container, "env")) {
                        names.add((String) env.get("name"));
                    }
                }
                default -> {
                }
            }
        }
        assertThat(names).contains("SPRING_DATASOURCE_URL", "SOUK_SEARCH_HOSTS", "SOUK_STORAGE_S3_BUCKET");
        assertThat(names.stream().filter(name -> !JVM.contains(name) && !settings.knows(name)))
                .as("env names in %s that are no setting of Souk", MANIFEST).isEmpty();

        // the full nodes' and the token nodes' (which answer the same probe paths: TokenNodeTest)
        assertThat(containers).extracting(container -> container.get("name")).containsExactly("souk", "souk-tokens");
        assertThat(containers.get(0)).containsKeys("startupProbe", "livenessProbe", "readinessProbe");
        for (Map<String, Object> container : containers) {
            int containerPort = (Integer) list(container, "ports").get(0).get("containerPort");
            assertThat(containerPort).isEqualTo(8080);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                if (!container.containsKey(probe)) {
                    continue;
                }
                String path = (String) map(map(container, probe), "httpGet").get("path");
                Api.Response answer = api.get(path, null);
                assertThat(answer.status()).as(probe + " " + path).isEqualTo(200);
                assertThat(answer.text("status")).isEqualTo("UP");
            }
        }
    }

    @Test
    void theDeploymentGuideNamesEverySettingOfSoukAndNoOther() throws IOException {
        Settings settings = settings();
        String docs = Files.readString(DOCS);
        Set<String> documented = new TreeSet<>();
        Matcher names = ENV_NAME.matcher(docs);
        while (names.find()) {
            documented.add(names.group(1));
        }
        assertThat(documented.stream().filter(name -> !settings.knows(name)))
                .as("env names in %s that are no setting of Souk", DOCS).isEmpty();
        assertThat(settings.own().stream().filter(name -> !documented.contains(name)))
                .as("settings of Souk missing from %s", DOCS).isEmpty();
    }

    /**
     * The property names Souk reads: application.properties, the {@code @Value} settings of the code and every
     * {@code @ConfigurationProperties} bean (Boot's own included).
     */
    private Settings settings() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Set<String> keys = new HashSet<>(properties.stringPropertyNames());
        Set<String> placeholders = new HashSet<>();
        for (String value : properties.values().toArray(String[]::new)) {
            Matcher matcher = PLACEHOLDER.matcher(value);
            while (matcher.find()) {
                placeholders.add(matcher.group(1));
            }
        }
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = VALUE.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        ConfigurationPropertiesBean.getAll(context).values()
                .forEach(bean -> leaves(bean.getAnnotation().prefix(), bean.asBindTarget().getType().resolve(Object.class), keys, 0));
        return new Settings(keys, placeholders);
    }

    private static void leaves(String prefix, Class<?> type, Set<String> keys, int depth) {
        boolean nested = type.getName().startsWith("org.souk.") || type.getName().startsWith("org.springframework.boot.");
        if (depth > 4 || type.isEnum() || !nested) {
            keys.add(prefix);
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                leaves(prefix + "." + dashed(component.getName()), component.getType(), keys, depth + 1);
            }
            return;
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
                if (property.getReadMethod() != null) {
                    leaves(prefix + "." + dashed(property.getName()), property.getPropertyType(), keys, depth + 1);
                }
            }
        } catch (java.beans.IntrospectionException e) {
            keys.add(prefix);
        }
    }

    private static String dashed(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The env names Spring Boot binds to the properties: dots to underscores, dashes removed or as underscores. */
    record Settings(Set<String> properties, Set<String> placeholders) {

        boolean knows(String env) {
            return placeholders.contains(env)
                    || properties.stream().anyMatch(p -> env(p, "").equals(env) || env(p, "_").equals(env));
        }

        /** Souk's own settings by their documented names (the dashes as underscores). */
        Set<String> own() {
            Set<String> own = new TreeSet<>(placeholders);
            properties.stream().filter(p -> p.startsWith("souk.")).map(p -> env(p, "_"))
                    .filter(env -> placeholders.stream().noneMatch(env::equals)).forEach(own::add);
            return own;
        }

        private static String env(String property, String dash) {
            return property.replace(".", "_").replace("-", dash).toUpperCase(Locale.ROOT);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(MANIFEST)) {
            for (Object document : new Yaml().loadAll(reader)) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }
}
