package com.aftersales.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** {@code ?page=&size=} of a list request, checked like any other input. */
public record PageParams(@Min(value = 0, message = "must be 0 or more") Integer page,
                         @Min(value = 1, message = "must be at least 1")
                         @Max(value = Paged.MAX_SIZE, message = "must be at most " + Paged.MAX_SIZE) Integer size) {

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? Paged.DEFAULT_SIZE : size;
    }

    public PageRequest toRequest(Sort sort) {
        return PageRequest.of(pageOrFirst(), sizeOrDefault(), sort);
    }
}
