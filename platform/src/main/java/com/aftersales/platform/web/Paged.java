package com.aftersales.platform.web;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: lists are always paged, with a small default page. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static <E, T> Paged<T> of(Page<E> page, Function<E, T> view) {
        return new Paged<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }

    /** Pages a list computed in memory (a solicitation list is assembled from several sources). */
    public static <T> Paged<T> of(List<T> all, int page, int size) {
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return new Paged<>(all.subList(from, to), page, size, all.size());
    }
}
