package org.souk.review.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many visible reviews a solution has per stars and language (V41_1), kept by the transaction that changes a
 * review: the distribution, the languages and the pager's total are a few rows, however many reviews there are.
 * Each change adds or takes one in the database itself (no lost update when two reviews come at once), the rows
 * of one change always in the same order (two changes cannot wait on each other's rows).
 */
@Component
public class ReviewTally {

    /** Stars and language of a visible review ({@code language} null: a rating without a text). */
    public record Key(int rating, String language) {

        private String stored() {
            return language == null ? "" : language;
        }
    }

    /** How many visible reviews give {@code rating} stars in {@code language} (null: without a text). */
    public record Row(int rating, String language, long reviews) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::rating).thenComparing(Key::stored);

    private final JdbcClient jdbc;

    ReviewTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A visible review changed from {@code before} to {@code after}; null: it was not visible, or is no longer. */
    public void moved(String code, Key before, Key after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Stream.of(before, after).filter(Objects::nonNull).sorted(ORDER)
                .forEach(key -> add(code, key, key == after ? 1 : -1));
    }

    public List<Row> of(String code) {
        return jdbc.sql("SELECT rating, language, reviews FROM review_tally WHERE solution_code = ? AND reviews > 0")
                .param(code).query((rs, n) -> new Row(rs.getInt(1), rs.getString(2).isEmpty() ? null : rs.getString(2),
                        rs.getLong(3))).list();
    }

    private void add(String code, Key key, int delta) {
        jdbc.sql("INSERT INTO review_tally (solution_code, rating, language, reviews) VALUES (?, ?, ?, 0)"
                + " ON CONFLICT DO NOTHING").params(code, key.rating(), key.stored()).update();
        jdbc.sql("UPDATE review_tally SET reviews = reviews + ? WHERE solution_code = ? AND rating = ? AND language = ?")
                .params(delta, code, key.rating(), key.stored()).update();
    }
}
