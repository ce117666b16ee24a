package com.aftersales.followup.figures;

import com.aftersales.platform.PlatformProperties;
import com.aftersales.platform.web.DealerId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/** G3: the service manager's figures for a period (default the last 30 days), per dealer. */
@RestController
class FiguresController {

    /** A step that ends in the period counts even when it started up to this many days before it. */
    static final int LOOK_BACK_DAYS = 90;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ZoneId zone;

    FiguresController(MongoTemplate mongo, Clock clock, PlatformProperties platform) {
        this.mongo = mongo;
        this.clock = clock;
        this.zone = platform.timeZone();
    }

    @GetMapping("/api/figures")
    Figures.Report figures(DealerId dealer,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportingPeriod period = ReportingPeriod.of(from, to, clock);
        var facts = mongo.find(new Query(Criteria.where("dealerId").is(dealer.value())
                .and("at").gte(period.start(zone).minus(Duration.ofDays(LOOK_BACK_DAYS)))), FigureFact.class);
        return Figures.compute(period, facts, zone);
    }
}
