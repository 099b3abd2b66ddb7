package org.souk.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of a long list, as every list of the API returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
