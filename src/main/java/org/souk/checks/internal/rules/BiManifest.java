package org.souk.checks.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifest of a BI report archive, {@code manifest.json} at the archive's root, as documented in
 * {@code docs/bi-manifest.md}: datasets with their metrics and calculated fields, dashboards with their
 * filters and charts. {@link #parse} reads it leniently — a missing name or filter is a finding of the
 * T-BI rules, not a broken manifest — and reports as structure problems only what makes it unreadable
 * (not JSON, a list where an object belongs, a wrong version).
 */
record BiManifest(List<Dataset> datasets, List<Dashboard> dashboards) {

    static final String FILE = "manifest.json";
    static final int VERSION = 1;
    static final String DATE_RANGE = "dateRange";
    static final Set<String> DROPDOWNS = Set.of("dropdown", "select");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A metric or a calculated field of a dataset. */
    record Field(String path, String code, String name, String description, String approvedBy) {
    }

    record Dataset(String path, String code, String name, boolean virtual, List<Field> metrics,
            List<Field> calculatedFields) {

        boolean defines(String code) {
            return metrics.stream().anyMatch(m -> code.equals(m.code()))
                    || calculatedFields.stream().anyMatch(f -> code.equals(f.code()));
        }
    }

    record Filter(String path, String type, String column, boolean limitedToDateRange) {
    }

    /**
     * @param metrics the codes of the dataset's metrics and calculated fields the chart shows
     * @param inline where the chart defines a metric or field of its own (T-BI-4)
     * @param rowLimit {@code null} when it is not set
     */
    record Chart(String path, String code, String name, String type, String dataset, List<String> metrics,
            List<String> inline, List<Filter> filters, Integer rowLimit, String pagination) {
    }

    record Dashboard(String path, String code, String name, List<Filter> filters, List<Chart> charts) {
    }

    /** The manifest, or the problems that make it unreadable (then the manifest is {@code null}). */
    record Parsed(BiManifest manifest, List<String> problems) {
    }

    static Parsed parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return new Parsed(null, List.of("not JSON: " + e.getOriginalMessage() + where));
        }
        Reader reader = new Reader();
        BiManifest manifest = reader.manifest(root);
        return reader.problems.isEmpty() ? new Parsed(manifest, List.of()) : new Parsed(null, reader.problems);
    }

    /** Walks the tree once, noting what is not where the format says. */
    private static final class Reader {

        private final List<String> problems = new ArrayList<>();

        BiManifest manifest(JsonNode root) {
            if (root == null || !root.isObject()) {
                problems.add("the manifest must be a JSON object");
                return null;
            }
            JsonNode version = root.get("manifestVersion");
            if (version == null || !version.isIntegralNumber() || version.intValue() != VERSION) {
                problems.add("manifestVersion must be " + VERSION);
            }
            List<Dataset> datasets = new ArrayList<>();
            for (JsonNode node : objects(root, "datasets", "datasets", true)) {
                String path = "datasets[" + datasets.size() + "]";
                JsonNode virtual = node.get("virtual");
                if (virtual != null && !virtual.isBoolean()) {
                    problems.add(path + ".virtual must be true or false");
                }
                datasets.add(new Dataset(path, string(node, "code", path), string(node, "name", path),
                        virtual == null || virtual.booleanValue(true), fields(node, "metrics", path),
                        fields(node, "calculatedFields", path)));
            }
            List<Dashboard> dashboards = new ArrayList<>();
            for (JsonNode node : objects(root, "dashboards", "dashboards", true)) {
                String path = "dashboards[" + dashboards.size() + "]";
                List<Chart> charts = new ArrayList<>();
                for (JsonNode chart : objects(node, "charts", path + ".charts", false)) {
                    charts.add(chart(chart, path + ".charts[" + charts.size() + "]"));
                }
                dashboards.add(new Dashboard(path, string(node, "code", path), string(node, "name", path),
                        filters(node, path), charts));
            }
            if (dashboards.isEmpty() && problems.isEmpty()) {
                problems.add("dashboards is empty: a BI report has at least one dashboard");
            }
            return new BiManifest(datasets, dashboards);
        }

        private Chart chart(JsonNode node, String path) {
            List<String> metrics = new ArrayList<>();
            List<String> inline = new ArrayList<>();
            JsonNode list = node.get("metrics");
            if (list != null && !list.isArray()) {
                problems.add(path + ".metrics must be a list");
            } else if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode metric = list.get(i);
                    if (metric.isString()) {
                        metrics.add(metric.stringValue());
                    } else {
                        inline.add(path + ".metrics[" + i + "]");
                    }
                }
            }
            for (String own : List.of("adhocMetrics", "calculatedFields", "expression", "sql")) {
                JsonNode value = node.get(own);
                if (value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
                    inline.add(path + "." + own);
                }
            }
            JsonNode limit = node.get("rowLimit");
            Integer rowLimit = null;
            if (limit != null && !limit.isNull()) {
                if (limit.isIntegralNumber() && limit.canConvertToInt()) {
                    rowLimit = limit.intValue();
                } else {
                    problems.add(path + ".rowLimit must be a whole number");
                }
            }
            return new Chart(path, string(node, "code", path), string(node, "name", path),
                    string(node, "type", path), string(node, "dataset", path), metrics, inline, filters(node, path),
                    rowLimit, string(node, "pagination", path));
        }

        private List<Field> fields(JsonNode dataset, String name, String path) {
            List<Field> fields = new ArrayList<>();
            for (JsonNode node : objects(dataset, name, path + "." + name, false)) {
                String at = path + "." + name + "[" + fields.size() + "]";
                fields.add(new Field(at, string(node, "code", at), string(node, "name", at),
                        string(node, "description", at), string(node, "approvedBy", at)));
            }
            return fields;
        }

        private List<Filter> filters(JsonNode owner, String path) {
            List<Filter> filters = new ArrayList<>();
            for (JsonNode node : objects(owner, "filters", path + ".filters", false)) {
                String at = path + ".filters[" + filters.size() + "]";
                JsonNode limited = node.get("limitedToDateRange");
                filters.add(new Filter(at, string(node, "type", at), string(node, "column", at),
                        limited != null && limited.isBoolean() && limited.booleanValue()));
            }
            return filters;
        }

        /** The objects of a list property; a missing list is empty unless required. */
        private List<JsonNode> objects(JsonNode owner, String name, String path, boolean required) {
            JsonNode list = owner.get(name);
            if (list == null || list.isNull()) {
                if (required) {
                    problems.add(path + " is missing");
                }
                return List.of();
            }
            if (!list.isArray()) {
                problems.add(path + " must be a list");
                return List.of();
            }
            List<JsonNode> objects = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isObject()) {
                    objects.add(list.get(i));
                } else {
                    problems.add(path + "[" + i + "] must be an object");
                }
            }
            return objects;
        }

        /** A text property, {@code null} when missing; a number or a list there is a structure problem. */
        private String string(JsonNode owner, String name, String path) {
            JsonNode value = owner.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                problems.add(path + "." + name + " must be a text");
                return null;
            }
            return value.stringValue();
        }
    }
}
