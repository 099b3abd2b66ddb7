package org.souk.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * A page of a solution's visible reviews, newest first, read from the indexes of V41_1: the ids of the page come
 * from the index alone (on PostgreSQL an index-only scan that steps over the reviews before the page without
 * reading them), then the page's rows by id. A page nearer the oldest end is counted from there (the index read
 * the other way), so the deepest page of a solution with {@code n} reviews steps over {@code n / 2} index entries
 * at most, and the first and the last pages over none. The pager's "older" and "newer" links go by
 * {@link #nextTo seeking} from a review of the page the visitor saw: the index read from that review's place, over
 * no other entry, however deep the page.
 */
@Component
public class ReviewSlices {

    private final EntityManager entityManager;

    ReviewSlices(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The reviews at positions {@code from} (0: the newest) to {@code from + count} (exclusive) of the {@code total}
     * visible reviews of the solution, in {@code language} only unless it is null, newest first.
     */
    public List<ReviewEntity> newestFirst(String code, String language, long from, int count, long total) {
        long to = Math.min(from + count, total);
        if (from >= to) {
            return List.of();
        }
        boolean fromNewest = from <= total - to;
        return read(code, language, "", "OFFSET :skip ROWS FETCH FIRST :count ROWS ONLY", fromNewest,
                Map.of("skip", fromNewest ? from : total - to, "count", to - from));
    }

    /**
     * The {@code count} visible reviews of the solution (in {@code language} only unless it is null) just older
     * ({@code older}) or just newer than the review {@code anchor}, newest first. Empty when {@code anchor} is no review
     * of the solution; a hidden one still marks its place.
     */
    public Optional<List<ReviewEntity>> nextTo(String code, String language, long anchor, boolean older, int count) {
        List<Instant> at = entityManager.createQuery("SELECT r.createdAt FROM ReviewEntity r WHERE r.id = :id"
                + " AND r.solutionCode = :code", Instant.class).setParameter("id", anchor).setParameter("code", code)
                .getResultList();
        if (at.isEmpty()) {
            return Optional.empty();
        }
        // "created_at <= :at" is the range of the index scan, on any database; the rest leaves out the reviews of the
        // anchor's own moment up to the anchor
        String side = older ? "<" : ">";
        return Optional.of(read(code, language, " AND created_at " + side + "= :at AND (created_at " + side + " :at OR id "
                + side + " :anchor)", "FETCH FIRST :count ROWS ONLY", older,
                Map.of("at", at.get(0), "anchor", anchor, "count", count)));
    }

    /**
     * The reviews whose ids the index gives for {@code where} and {@code limit}, read newest first ({@code newestFirst})
     * or oldest first, then the rows by id; returned newest first.
     */
    private List<ReviewEntity> read(String code, String language, String where, String limit, boolean newestFirst,
            Map<String, Object> parameters) {
        String order = newestFirst ? "DESC" : "ASC";
        var query = entityManager.createNativeQuery("SELECT r.* FROM review r JOIN (SELECT id FROM review"
                + " WHERE solution_code = :code AND status = 'VISIBLE'" + (language == null ? "" : " AND language = :language")
                + where + " ORDER BY created_at " + order + ", id " + order + " " + limit + ") p"
                + " ON r.id = p.id ORDER BY r.created_at " + order + ", r.id " + order, ReviewEntity.class)
                .setParameter("code", code);
        if (language != null) {
            query.setParameter("language", language);
        }
        parameters.forEach(query::setParameter);
        List<ReviewEntity> page = new ArrayList<>();
        for (Object row : query.getResultList()) {
            page.add((ReviewEntity) row);
        }
        if (!newestFirst) {
            Collections.reverse(page);
        }
        return page;
    }
}
