package com.aftersales.followup.analysis;

import com.aftersales.followup.complaint.Complaint;
import com.aftersales.followup.figures.ReportingPeriod;
import com.aftersales.followup.followup.FollowUp;
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
import java.time.LocalDate;
import java.time.ZoneId;

/** S13.2: opinions and suggestions counted and analysed for a period (default the last 30 days). */
@RestController
class AnalysisController {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ZoneId zone;

    AnalysisController(MongoTemplate mongo, Clock clock, PlatformProperties platform) {
        this.mongo = mongo;
        this.clock = clock;
        this.zone = platform.timeZone();
    }

    @GetMapping("/api/follow-ups/analysis")
    SatisfactionAnalysis.Analysis analysis(DealerId dealer,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportingPeriod period = ReportingPeriod.of(from, to, clock);
        var surveyed = mongo.find(new Query(Criteria.where("dealerId").is(dealer.value())
                .and("status").is(FollowUp.Status.COMPLETED)
                .and("survey.completedAt").gte(period.start(zone)).lt(period.end(zone))), FollowUp.class);
        var complaints = mongo.find(new Query(Criteria.where("dealerId").is(dealer.value())
                .and("openedAt").gte(period.start(zone)).lt(period.end(zone))), Complaint.class);
        return SatisfactionAnalysis.of(period, surveyed, complaints, zone);
    }
}
