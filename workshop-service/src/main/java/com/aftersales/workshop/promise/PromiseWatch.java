package com.aftersales.workshop.promise;

import com.aftersales.workshop.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * S7.1, G2: time passes even when no job changes. Every interval each RO in the workshop is checked against its
 * promised time, with the platform's {@link java.time.Clock}; one whose expected ready time has passed the promise
 * is flagged at risk (RepairOrderAtRisk, once per promise) before it is late.
 */
@Component
public class PromiseWatch {

    private static final Logger log = LoggerFactory.getLogger(PromiseWatch.class);

    private final WorkOrders workOrders;

    PromiseWatch(WorkOrders workOrders) {
        this.workOrders = workOrders;
    }

    @Scheduled(fixedDelayString = "${aftersales.workshop.promise-check-interval:60s}",
            initialDelayString = "${aftersales.workshop.promise-check-interval:60s}")
    public void checkAll() {
        for (String id : workOrders.watchedIds()) {
            try {
                workOrders.watch(id);
            } catch (RuntimeException e) {
                log.warn("promise check of work order {} failed; next round tries again: {}", id, e.toString());
            }
        }
    }
}
