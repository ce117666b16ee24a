package com.aftersales.reception.repairorder;

import com.aftersales.platform.storage.DailySequences;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Human-readable RO numbers, sequential per dealer and day: {@code RO-20261127-0001}. */
@Component
public class RepairOrderNumbers {

    private static final String PREFIX = "RO";

    private final DailySequences sequences;

    RepairOrderNumbers(DailySequences sequences) {
        this.sequences = sequences;
    }

    public String next(String dealerId, LocalDate day) {
        return sequences.next(PREFIX, dealerId, day);
    }

    static String format(LocalDate day, long sequence) {
        return DailySequences.format(PREFIX, day, sequence);
    }
}
