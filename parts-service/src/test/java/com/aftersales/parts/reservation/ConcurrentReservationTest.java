package com.aftersales.parts.reservation;

import com.aftersales.parts.support.Dealership;
import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 6, stock never goes negative: two repair orders reserving the last unit of a part at the same moment.
 * Exactly one gets it, the other gets a backorder line; the stock is never promised twice. Fired in parallel
 * through the service layer, the way two Kafka consumers (or a consumer and the counter) would, many times.
 */
@ServiceTest
class ConcurrentReservationTest {

    static final int ROUNDS = 12;

    @Autowired
    MockMvc http;
    @Autowired
    Reservations reservations;
    @Autowired
    PartReservationRepository repository;

    @Test
    @DisplayName("Step 6: two concurrent reservations of the last unit: exactly one wins, the other is backordered; on hand never negative")
    void twoReservationsOfTheLastUnit() throws Exception {
        Dealership dealer = Dealership.fresh(http);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String partNumber = "LAST-" + round;
                dealer.withPart(partNumber, 1);
                CyclicBarrier start = new CyclicBarrier(2);
                List<String> repairOrders = List.of("ro-a-" + UUID.randomUUID(), "ro-b-" + UUID.randomUUID());
                List<Future<?>> done = new ArrayList<>();
                for (String repairOrder : repairOrders) {
                    done.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return reservations.reserveApproved(dealer.id(), UUID.randomUUID().toString(), repairOrder,
                                "RO-" + repairOrder.substring(0, 6),
                                List.of(new Reservations.Need("l1", partNumber, "Last part", 1)));
                    }));
                }
                for (Future<?> future : done) {
                    future.get(30, TimeUnit.SECONDS);
                }

                List<PartReservation.Line> lines = repairOrders.stream()
                        .map(ro -> repository.findFirstByDealerIdAndRepairOrderId(dealer.id(), ro).orElseThrow())
                        .map(reservation -> reservation.line(partNumber).orElseThrow()).toList();
                assertThat(lines).extracting(PartReservation.Line::reserved).as("round %d", round)
                        .containsExactlyInAnyOrder(1, 0);
                assertThat(lines).extracting(PartReservation.Line::backordered).as("round %d", round)
                        .containsExactlyInAnyOrder(0, 1);
                assertThat(dealer.onHand(partNumber)).isEqualTo(1);
                assertThat(dealer.reserved(partNumber)).isEqualTo(1);
                assertThat(dealer.available(partNumber)).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("Step 6: many repair orders reserving the few units left at once: as many win as there are units, no more")
    void manyReservationsOfFewUnits() throws Exception {
        Dealership dealer = Dealership.fresh(http);
        int units = 3;
        int contenders = 6;
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        try {
            for (int round = 0; round < ROUNDS / 2; round++) {
                String partNumber = "FEW-" + round;
                dealer.withPart(partNumber, units);
                CyclicBarrier start = new CyclicBarrier(contenders);
                List<String> repairOrders = new ArrayList<>();
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < contenders; i++) {
                    String repairOrder = "ro-" + i + "-" + UUID.randomUUID();
                    repairOrders.add(repairOrder);
                    done.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return reservations.reserveApproved(dealer.id(), UUID.randomUUID().toString(), repairOrder,
                                "RO-" + repairOrder.substring(0, 6),
                                List.of(new Reservations.Need("l1", partNumber, "Few part", 1)));
                    }));
                }
                for (Future<?> future : done) {
                    future.get(60, TimeUnit.SECONDS);
                }

                List<PartReservation.Line> lines = repairOrders.stream()
                        .map(ro -> repository.findFirstByDealerIdAndRepairOrderId(dealer.id(), ro).orElseThrow())
                        .map(reservation -> reservation.line(partNumber).orElseThrow()).toList();
                assertThat(lines.stream().mapToInt(PartReservation.Line::reserved).sum()).as("round %d", round).isEqualTo(units);
                assertThat(lines.stream().mapToInt(PartReservation.Line::backordered).sum()).as("round %d", round)
                        .isEqualTo(contenders - units);
                assertThat(dealer.reserved(partNumber)).isEqualTo(units);
                assertThat(dealer.available(partNumber)).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
