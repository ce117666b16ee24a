package com.aftersales.reception.parts;

import com.aftersales.contracts.Money;
import com.aftersales.platform.http.ResilientHttpClient;
import com.aftersales.platform.http.ServiceUnavailableException;
import com.aftersales.platform.web.DealerIdResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Price and availability of a part, asked of parts-service ({@code GET /api/parts/{partNumber}}) through the
 * resilient client: a time-out and a circuit breaker, so a parts-service that is down never holds up the
 * desk. Its answer is one of three: the part, no such part, or no answer.
 */
@Component
public class PartsCatalogue {

    private static final Logger log = LoggerFactory.getLogger(PartsCatalogue.class);

    public enum Outcome { FOUND, UNKNOWN_PART, UNAVAILABLE }

    public record PartQuote(Outcome outcome, String partNumber, String name, Money unitPrice, int available,
                            String supersededBy) {
    }

    /** The part as parts-service shows it; only what reception uses is read. */
    record PartView(String partNumber, String name, Money unitPrice, String supersededBy, Integer available) {
    }

    private final ResilientHttpClient partsService;

    PartsCatalogue(ResilientHttpClient partsService) {
        this.partsService = partsService;
    }

    public PartQuote quote(String dealerId, String partNumber) {
        try {
            PartView part = partsService.call(rest -> rest.get().uri("/api/parts/{partNumber}", partNumber)
                    .header(DealerIdResolver.HEADER, dealerId)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(PartView.class));
            if (part == null || part.unitPrice() == null) {
                log.warn("parts-service answered part {} without a price", partNumber);
                return new PartQuote(Outcome.UNAVAILABLE, partNumber, null, null, 0, null);
            }
            return new PartQuote(Outcome.FOUND, partNumber, part.name(), part.unitPrice(),
                    part.available() == null ? 0 : part.available(), part.supersededBy());
        } catch (HttpClientErrorException notKnown) {
            return new PartQuote(Outcome.UNKNOWN_PART, partNumber, null, null, 0, null);
        } catch (ServiceUnavailableException down) {
            log.warn("price of part {} unknown for now: {}", partNumber, down.getMessage());
            return new PartQuote(Outcome.UNAVAILABLE, partNumber, null, null, 0, null);
        }
    }
}
