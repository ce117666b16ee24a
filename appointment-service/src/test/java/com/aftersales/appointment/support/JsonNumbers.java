package com.aftersales.appointment.support;

import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/** JSON numbers come back as Integer or Double depending on their scale: compare them by value. */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    public static Matcher<Object> number(double expected) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) < 1e-9;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to ").appendValue(expected);
            }
        };
    }
}
