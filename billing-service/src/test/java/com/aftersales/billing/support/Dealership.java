package com.aftersales.billing.support;

import com.aftersales.platform.test.DealerRequests;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One dealership of a service test: its own {@code X-Dealer-Id}, so tests sharing the one Spring context (and
 * so the one database) never see each other's data.
 */
public final class Dealership extends DealerRequests {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Dealership(MockMvc http, String id) {
        super(http, id);
    }

    /** A dealership nobody else uses (the header allows 40 characters at most). */
    public static Dealership fresh(MockMvc http) {
        return new Dealership(http, freshId());
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
