package com.aftersales.reception.estimate;

import com.aftersales.contracts.Money;
import com.aftersales.platform.domain.DomainRuleViolation;
import com.aftersales.platform.http.ServiceUnavailableException;
import com.aftersales.reception.parts.PartsCatalogue;
import com.aftersales.reception.parts.PartsCatalogue.PartQuote;
import com.aftersales.reception.repairorder.EstimateLine;
import com.aftersales.reception.repairorder.LinePricing;
import com.aftersales.reception.repairorder.NewLine;
import com.aftersales.reception.settings.ReceptionSettings;
import com.aftersales.reception.settings.ReceptionSettingsRepository;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Prices estimate lines (S5.1): labour as standard hours x the dealer's labour rate, parts at the price
 * parts-service gives, with their availability. When parts-service does not answer, a new part line is
 * still added, unpriced and with availability UNKNOWN, so the estimate goes on without it.
 */
@Component
public class EstimatePricing {

    private final ReceptionSettingsRepository settings;
    private final PartsCatalogue parts;

    EstimatePricing(ReceptionSettingsRepository settings, PartsCatalogue parts) {
        this.settings = settings;
        this.parts = parts;
    }

    /** A line the advisor adds: labour needs the dealer's rate, a part must be one parts-service knows. */
    public LinePricing price(String dealerId, NewLine line) {
        if (line.kind() == EstimateLine.Kind.LABOUR) {
            Money rate = labourRate(dealerId);
            if (rate == null) {
                throw new DomainRuleViolation("S5.1-labour-rate", "kind",
                        "the dealer's labour rate is not set: PUT /api/reception-settings before pricing labour");
            }
            return labour(rate, line.standardHours());
        }
        PartQuote quote = parts.quote(dealerId, line.partNumber());
        return switch (quote.outcome()) {
            case FOUND -> LinePricing.part(quote.unitPrice(), line.quantity(), quote.available(), quote.supersededBy(), quote.name());
            case UNKNOWN_PART -> throw unknownPart(line.partNumber());
            case UNAVAILABLE -> LinePricing.partUnknown();
        };
    }

    /** Asking again for the price of a line: for a part, parts-service has to answer this time (else 503). */
    public LinePricing reprice(String dealerId, EstimateLine line) {
        if (line.kind() == EstimateLine.Kind.LABOUR) {
            return price(dealerId, NewLine.labour(line.description(), line.labourOperationCode(), line.standardHours()));
        }
        PartQuote quote = parts.quote(dealerId, line.partNumber());
        return switch (quote.outcome()) {
            case FOUND -> LinePricing.part(quote.unitPrice(), line.quantity(), quote.available(), quote.supersededBy(), quote.name());
            case UNKNOWN_PART -> throw unknownPart(line.partNumber());
            case UNAVAILABLE -> throw new ServiceUnavailableException("parts-service",
                    "no price for part " + line.partNumber() + " yet", null);
        };
    }

    /**
     * Work the customer consented to (S8.2) is added whatever pricing finds: what cannot be priced now stays
     * unpriced (a part with availability UNKNOWN) and the advisor prices it later.
     */
    public LinePricing priceIfPossible(String dealerId, NewLine line) {
        if (line.kind() == EstimateLine.Kind.LABOUR) {
            Money rate = labourRate(dealerId);
            return rate == null ? new LinePricing(null, null, null, null, null, null, null) : labour(rate, line.standardHours());
        }
        PartQuote quote = parts.quote(dealerId, line.partNumber());
        return quote.outcome() == PartsCatalogue.Outcome.FOUND
                ? LinePricing.part(quote.unitPrice(), line.quantity(), quote.available(), quote.supersededBy(), quote.name())
                : LinePricing.partUnknown();
    }

    private static LinePricing labour(Money rate, BigDecimal hours) {
        return LinePricing.labour(rate, rate.times(hours));
    }

    private Money labourRate(String dealerId) {
        return settings.findById(dealerId).map(ReceptionSettings::labourRatePerHour).orElse(null);
    }

    private static DomainRuleViolation unknownPart(String partNumber) {
        return new DomainRuleViolation("S5.1-unknown-part", "partNumber", "parts-service knows no part " + partNumber);
    }
}
