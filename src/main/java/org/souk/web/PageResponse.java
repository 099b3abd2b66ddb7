package org.souk.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** A page of a long list, as every list of the API returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {

    /**
     * A page of a list that is short by nature (a partner's users, its test accounts), read whole and cut here;
     * {@code size} is kept between 1 and 200. A list that grows is read a page at a time: {@link #request}.
     */
    public static <T> PageResponse<T> of(List<T> all, int page, int size) {
        int bounded = Math.min(Math.max(size, 1), 200);
        int number = Math.max(page, 0);
        int from = (int) Math.min((long) number * bounded, all.size());
        return new PageResponse<>(List.copyOf(all.subList(from, Math.min(from + bounded, all.size()))), number,
                bounded, all.size(), (all.size() + bounded - 1) / bounded);
    }

    /** The most rows one page of an HTML list shows, whatever its address asks ({@code size}). */
    public static final int HTML_MAX = 100;

    /** The size of a page of an HTML list: between 1 and {@link #HTML_MAX}. */
    public static int htmlSize(int size) {
        return Math.min(Math.max(size, 1), HTML_MAX);
    }

    /**
     * The page of a list that can grow, to be read by the database (LIMIT/OFFSET and a count): {@code size} kept
     * between 1 and {@code max} (at most 200), like {@link #of(List, int, int)}.
     */
    public static PageRequest request(int page, int size, int max) {
        int bounded = Math.min(Math.max(size, 1), Math.min(max, 200));
        // a number whose offset the database query cannot hold (an int) is past the end anyway
        return PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / bounded), bounded);
    }

    /**
     * Reads the page of a list that can grow ({@link #request}); a number past the end reads the last page instead
     * (one more query, only then), so that an old link or a typed number shows rows, not an empty list.
     */
    public static <E> Page<E> read(int page, int size, int max, Function<PageRequest, Page<E>> query) {
        PageRequest request = request(page, size, max);
        Page<E> found = query.apply(request);
        if (found.getContent().isEmpty() && found.getNumber() > 0 && found.getTotalElements() > 0) {
            return query.apply(request.withPage(found.getTotalPages() - 1));
        }
        return found;
    }

    /** The same, as the API returns it. */
    public static <E, T> PageResponse<T> read(int page, int size, int max, Function<PageRequest, Page<E>> query,
            Function<E, T> mapper) {
        return of(read(page, size, max, query), mapper);
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
