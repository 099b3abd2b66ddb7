package org.souk.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How far a personal access token reaches: {@code access} read (GET and HEAD only) or write (everything its user may
 * do), and optionally one solution (then only {@code /api/v1/solutions/{code}/…} of that solution, {@code /api/v1/me}
 * and the public catalog). Checked on every API call by {@link ApiTokenFilter}, before any controller runs.
 */
public record TokenScope(boolean readOnly, String solution) implements java.io.Serializable {

    public static final TokenScope ALL = new TokenScope(false, null);
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+");

    public enum Access {
        READ, WRITE
    }

    public Access access() {
        return readOnly ? Access.READ : Access.WRITE;
    }

    /** A solution code as partners write it, lower case; false for anything else. */
    static boolean validCode(String code) {
        return code != null && code.length() <= 100 && CODE.matcher(code.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * Why this scope refuses {@code method path} (a message key and its argument), or null when it allows it.
     * A read-only token may only read; a one-solution token only its solution's paths, who it is and the catalog.
     */
    String refusal(String method, String path) {
        if (readOnly && !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            return "tokens.scope.readOnly";
        }
        if (solution == null || path.equals("/api/v1/me") || path.startsWith("/api/v1/catalog/")) {
            return null;
        }
        String prefix = "/api/v1/solutions/";
        if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            String code = slash < 0 ? rest : rest.substring(0, slash);
            if (code.equalsIgnoreCase(solution)) {
                return null;
            }
        }
        return "tokens.scope.solution";
    }

    @Override
    public String toString() {
        return access().name().toLowerCase(Locale.ROOT) + (solution == null ? "" : ", solution " + solution);
    }
}
