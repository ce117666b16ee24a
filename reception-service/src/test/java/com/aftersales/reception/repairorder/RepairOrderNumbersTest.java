package com.aftersales.reception.repairorder;

import com.aftersales.platform.test.ServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** RO numbers from a counter document incremented atomically in the store (findAndModify, $inc, upsert). */
@ServiceTest
class RepairOrderNumbersTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Autowired
    RepairOrderNumbers numbers;

    @Test
    @DisplayName("numbers run per dealer and per day, starting at 0001")
    void numbersRunPerDealerAndDay() {
        String dealer = "dealer-" + UUID.randomUUID();
        String other = "dealer-" + UUID.randomUUID();

        assertThat(numbers.next(dealer, DAY)).isEqualTo("RO-20261127-0001");
        assertThat(numbers.next(dealer, DAY)).isEqualTo("RO-20261127-0002");
        assertThat(numbers.next(other, DAY)).isEqualTo("RO-20261127-0001");
        assertThat(numbers.next(dealer, DAY.plusDays(1))).isEqualTo("RO-20261128-0001");
        assertThat(numbers.next(dealer, DAY)).isEqualTo("RO-20261127-0003");
    }

    @Test
    @DisplayName("numbers taken at the same moment are all different and leave no gap")
    void concurrentNumbersAreUnique() throws Exception {
        String dealer = "dealer-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> takers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                takers.add(() -> numbers.next(dealer, DAY));
            }
            Set<String> taken = new java.util.HashSet<>();
            for (Future<String> number : pool.invokeAll(takers)) {
                taken.add(number.get());
            }

            assertThat(taken).hasSize(40);
            assertThat(taken.stream().map(n -> Integer.parseInt(n.substring(12))).collect(Collectors.toSet()))
                    .containsAll(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
