package org.souk.cli;

import java.io.IOException;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = { "What your partner's webhook endpoint was sent, newest first: each event with every attempt's "
                + "response code (0: no answer, with the error), or, with --redeliver, one delivery sent again now "
                + "(the same event id and body, a new signature).",
                "Without --endpoint: the partner's only endpoint; with several, they are listed to choose from.",
                "Needs a token not limited to one solution: read only for the list, --access write for --redeliver." })
final class DeliveriesCommand extends ApiCommand {

    private static final String WEBHOOKS = "/api/v1/partners/me/webhooks";

    @Option(names = "--endpoint", paramLabel = "ID", description = "The endpoint's id (souk deliveries lists them).")
    Long endpoint;

    @Option(names = "--redeliver", paramLabel = "DELIVERY", description = "Send this delivery again now.")
    Long redeliver;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many of the latest deliveries to show, 1-200. Default: ${DEFAULT-VALUE}")
    int limit;

    DeliveriesCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > 200) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    texts().get("deliveries.limit", String.valueOf(limit)));
        }
        SoukClient client = redeliver == null ? reading(null) : writing(null);
        Long id = endpoint != null ? endpoint : onlyEndpoint(client);
        if (id == null) {
            return redeliver == null ? Souk.OK : Souk.USAGE;
        }
        String path = WEBHOOKS + "/" + id;
        if (redeliver != null) {
            JsonNode sent = client.post(path + "/deliveries/" + redeliver + "/redelivery", null);
            out().println(texts().get("deliveries.redelivered", String.valueOf(redeliver), Output.text(sent, "type"),
                    Output.text(sent, "eventId"), String.valueOf(id)));
            return Souk.OK;
        }
        JsonNode hook = client.get(path);
        out().println(texts().get("deliveries.endpoint", String.valueOf(id), Output.text(hook, "url"),
                texts().words(Output.text(hook, "status"))) + failing(hook));
        JsonNode page = client.get(path + "/deliveries?size=" + limit);
        JsonNode items = page.path("items");
        if (items.isEmpty()) {
            out().println(texts().get("deliveries.none"));
            return Souk.OK;
        }
        String format = "%-8s %-22s %-20s %-10s %s%n";
        out().printf(format, (Object[]) texts().get("deliveries.header").split(","));
        for (JsonNode d : items) {
            out().printf(format, d.path("id").asLong(), Output.text(d, "type"),
                    Output.time(Output.or(Output.text(d, "occurredAt"), "")), texts().words(Output.text(d, "status")),
                    Output.or(Output.text(d, "eventId"), ""));
            for (JsonNode a : d.path("attemptList")) {
                int status = a.path("status").asInt();
                String error = Output.text(a, "error");
                out().println("         " + texts().get("deliveries.attempt", String.valueOf(a.path("number").asInt()),
                        status == 0 ? texts().get("deliveries.noAnswer") : String.valueOf(status),
                        Output.time(Output.or(Output.text(a, "startedAt"), "")),
                        String.valueOf(a.path("durationMs").asLong()))
                        + (a.path("redelivery").asBoolean() ? texts().get("deliveries.onRequest") : "")
                        + (error == null ? "" : ": " + error));
            }
            String next = Output.text(d, "nextAttemptAt");
            if (next != null) {
                out().println("         " + texts().get("deliveries.next", Output.time(next)));
            }
        }
        out().println(texts().get("deliveries.shown", String.valueOf(items.size()),
                String.valueOf(page.path("total").asLong(items.size())), String.valueOf(id)));
        return Souk.OK;
    }

    /** The partner's only endpoint; with none or several, null after saying so (the several listed). */
    private Long onlyEndpoint(SoukClient client) {
        List<JsonNode> endpoints = client.list(WEBHOOKS);
        if (endpoints.size() == 1) {
            return endpoints.get(0).path("id").asLong();
        }
        if (endpoints.isEmpty()) {
            out().println(texts().get("deliveries.noEndpoints"));
            return null;
        }
        out().printf("%-6s %-10s %s%n", (Object[]) texts().get("deliveries.columns").split(","));
        for (JsonNode e : endpoints) {
            out().printf("%-6s %-10s %s%n", e.path("id").asLong(), texts().words(Output.text(e, "status")),
                    Output.text(e, "url"));
        }
        out().println(texts().get("deliveries.choose"));
        return null;
    }

    private String failing(JsonNode hook) {
        String since = Output.text(hook, "failingSince");
        return since == null ? "" : texts().get("deliveries.failing", Output.time(since),
                Output.or(Output.text(hook, "lastError"), "?"));
    }
}
