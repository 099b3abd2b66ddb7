package org.souk.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} as a contract: a title and version, the two ways to authenticate
 * (a personal access token as a bearer token, or the browser session with its CSRF token), enum values as the API
 * writes them (lower case, {@link ApiJson}), and on every operation the problem answers it can give, each with an
 * example: 401 and 403 where it needs a caller, 404 where it names an object in its path, 400 and 422 where it reads
 * input.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String VERSION = "1.0";
    private static final String PROBLEM = "application/problem+json";
    private static final String BEARER = "bearerToken";
    private static final String SESSION = "session";

    /**
     * What answers without a caller, as the API's security chain (identity.SecurityConfig) has it: registration,
     * token creation, password resets, the code check and reading the catalog.
     */
    private static final Set<String> PUBLIC = Set.of("post /api/v1/partners", "post /api/v1/tokens",
            "post /api/v1/password-resets", "get /api/v1/partners/code-availability");

    @Bean
    OpenAPI soukOpenApi() {
        return new OpenAPI().info(new Info().title("Souk API").version(VERSION)
                .description("Everything the web UI does, for programs: partners publish from their CI, operators "
                        + "script their market. JSON bodies; errors are RFC 9457 problem details with violations "
                        + "[{field, rule, message}]; lists are paginated (page, size → items, total); enum values "
                        + "are written in lower case and read in any case; times are ISO-8601 UTC. Personal access "
                        + "tokens (POST /api/v1/tokens) may be limited to reading (access: read) and to one "
                        + "solution (solution: code); a call beyond a token's scope answers 403.")
                .license(new License().name("Souk")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("souk_pat_…")
                                .description("A personal access token: POST /api/v1/tokens, or the API tokens page"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("The browser's session after signing in; writes also need the CSRF "
                                        + "token (header X-CSRF-TOKEN)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    @Bean
    OpenApiCustomizer soukContract() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas("Problem", problemSchema());
            Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(schema -> lowerCaseEnums(schema, seen));
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean open = isPublic(method, path);
                if (open) {
                    operation.setSecurity(List.of());
                }
                schemasOf(operation).forEach(schema -> lowerCaseEnums(schema, seen));
                problems(path, method, operation, open);
            }));
        };
    }

    private static boolean isPublic(PathItem.HttpMethod method, String path) {
        String key = method.name().toLowerCase(Locale.ROOT) + " " + path;
        return PUBLIC.contains(key) || method == PathItem.HttpMethod.GET && path.startsWith("/api/v1/catalog/");
    }

    private static void problems(String path, PathItem.HttpMethod method, Operation operation, boolean open) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        documented(responses);
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        boolean queried = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "query".equals(p.getIn()));
        if (writes || queried) {
            add(responses, "400", "The request does not parse: malformed JSON, a wrong enum value or number",
                    example(400, "https://souk.example/problems/validation", "Invalid input",
                            "type: 'desktop' is not one of rest_api, solution_preset, smart_scripts, "
                                    + "website_template, bi_report",
                            List.of(violation("type", null, "type: 'desktop' is not one of rest_api, …"))));
        }
        if (!open) {
            add(responses, "401", "Not signed in: no session and no valid personal access token "
                    + "(WWW-Authenticate: Bearer realm=\"souk\")", example(401, "about:blank", "Unauthorized",
                            "Sign in, or send a personal access token as 'Authorization: Bearer …'", null));
            add(responses, "403", "Signed in, but the roles, the partner or the token's scope do not allow it (the token's scope: "
                    + "reason 'token_scope', a token of a wider scope would)",
                    example(403, "about:blank", "Forbidden", "This token is read-only: it may only read (GET). "
                            + "Create a token without \"read only\" to change anything.", null));
        }
        if (path.contains("{")) {
            add(responses, "404", "No such object, or not one of yours (never another partner's)",
                    example(404, "about:blank", "Not found", "No solution acme.crm_sync of yours", null));
        }
        if (path.contains("{") && (writes || method == PathItem.HttpMethod.DELETE)) {
            add(responses, "409", "The object's state does not allow it now, with the rule (S-08: on moderation)",
                    conflict());
        }
        if (writes) {
            add(responses, "422", "A rule is broken: each violation names the field as the form labels it, with "
                    + "the rule id of requirements.md where one applies", example(422,
                            "https://souk.example/problems/validation", "Invalid input", "1 rule broken",
                            List.of(violation("card.texts.en.title", "C-01",
                                    "C-01: Title (English): This field is empty."))));
        }
    }

    private static Map<String, Object> conflict() {
        Map<String, Object> problem = example(409, "about:blank", "Conflict",
                "The solution is on moderation: its draft is read-only until a decision or a cancellation.", null);
        problem.put("rule", "S-08");
        return problem;
    }

    /** A 4xx an operation's own annotations documented: shown as a problem, with an example of its status. */
    private static void documented(ApiResponses responses) {
        new ArrayList<>(responses.keySet()).stream().filter(status -> status.startsWith("4")).forEach(status -> {
            int code = Integer.parseInt(status);
            add(responses, status, responses.get(status).getDescription(), code == 409 ? conflict()
                    : example(code, "about:blank", org.springframework.http.HttpStatus.valueOf(code).getReasonPhrase(),
                            responses.get(status).getDescription(), null));
        });
    }

    private static void add(ApiResponses responses, String status, String description, Map<String, Object> example) {
        ApiResponse existing = responses.get(status);
        if (existing == null) {
            existing = new ApiResponse().description(description);
            responses.addApiResponse(status, existing);
        }
        Content content = existing.getContent() == null ? new Content() : existing.getContent();
        existing.setContent(content);
        // springdoc writes a thrown exception's handler as */*: the answer is a problem, and is documented as one
        content.remove("*/*");
        MediaType media = content.get(PROBLEM);
        if (media == null) {
            media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
            content.addMediaType(PROBLEM, media);
        }
        if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
            media.setExample(example);
        }
    }

    private static Map<String, Object> example(int status, String type, String title, String detail,
            List<Map<String, Object>> violations) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (violations != null) {
            problem.put("violations", violations);
        }
        return problem;
    }

    private static Map<String, Object> violation(String field, String rule, String message) {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", field);
        violation.put("rule", rule);
        violation.put("message", message);
        return violation;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<?> problemSchema() {
        Schema violation = new ObjectSchema().description("One broken rule of one field")
                .addProperty("field", new StringSchema().description("the field's path: card.texts.en.title"))
                .addProperty("rule", new StringSchema().description("the rule id of requirements.md, or null"))
                .addProperty("message", new StringSchema().description("a plain sentence naming the field"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("rule", new StringSchema().description("the rule that refused it, where one did"))
                .addProperty("violations", new ArraySchema().items(violation));
    }

    private static List<Schema<?>> schemasOf(Operation operation) {
        List<Schema<?>> schemas = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).forEach(schemas::add);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> schemas.add(media.getSchema()));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().stream().filter(r -> r.getContent() != null)
                    .forEach(r -> r.getContent().values().forEach(media -> schemas.add(media.getSchema())));
        }
        schemas.removeIf(java.util.Objects::isNull);
        return schemas;
    }

    /** Enum values as the API writes them: {@code "status": "pending"}, never {@code PENDING}. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void lowerCaseEnums(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getEnum() != null) {
            List<Object> values = new ArrayList<>();
            for (Object value : (List<Object>) schema.getEnum()) {
                values.add(value instanceof String text ? text.toLowerCase(Locale.ROOT) : value);
            }
            schema.setEnum(values);
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(s -> lowerCaseEnums(s, seen));
        }
        lowerCaseEnums(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            lowerCaseEnums(additional, seen);
        }
        for (List<Schema> parts : new List[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf() }) {
            if (parts != null) {
                parts.forEach(s -> lowerCaseEnums(s, seen));
            }
        }
    }
}
