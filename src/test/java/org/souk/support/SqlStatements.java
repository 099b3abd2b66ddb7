package org.souk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sends while a test's own thread does something (a MockMvc request runs in that thread): what
 * a page reads, to show that a long list is read a page at a time. Set as Hibernate's statement inspector in the
 * test profile; records nothing unless a test asks, and never another thread's statements (the jobs of the shared
 * context run beside the tests).
 */
public class SqlStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** Runs the work and returns the statements it sent, in order. */
    public static List<String> during(Callable<?> work) throws Exception {
        List<String> recorded = new ArrayList<>();
        RECORDING.set(recorded);
        try {
            work.call();
        } finally {
            RECORDING.remove();
        }
        return recorded;
    }
}
