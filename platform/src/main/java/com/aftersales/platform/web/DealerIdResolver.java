package com.aftersales.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.regex.Pattern;

/** Resolves the {@link DealerId} controller parameter; a request without a valid one is refused with 400. */
public class DealerIdResolver implements HandlerMethodArgumentResolver {

    public static final String HEADER = "X-Dealer-Id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(DealerId.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String value = request.getHeader(HEADER);
        if (value == null || !VALID.matcher(value).matches()) {
            throw new MissingDealerException();
        }
        return new DealerId(value);
    }

    /** No dealer, no answer: every record belongs to one dealership. */
    public static class MissingDealerException extends RuntimeException {
        MissingDealerException() {
            super("the " + HEADER + " header must name the dealership (letters, digits, - and _, at most 40)");
        }
    }
}
