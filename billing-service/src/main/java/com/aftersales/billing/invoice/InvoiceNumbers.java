package com.aftersales.billing.invoice;

import com.aftersales.platform.storage.DailySequences;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Human invoice numbers, sequential per dealer and day: {@code INV-20261127-0001}. */
@Component
public class InvoiceNumbers {

    private static final String PREFIX = "INV";

    private final DailySequences sequences;

    InvoiceNumbers(DailySequences sequences) {
        this.sequences = sequences;
    }

    public String next(String dealerId, LocalDate day) {
        return sequences.next(PREFIX, dealerId, day);
    }

    static String format(LocalDate day, long sequence) {
        return DailySequences.format(PREFIX, day, sequence);
    }
}
