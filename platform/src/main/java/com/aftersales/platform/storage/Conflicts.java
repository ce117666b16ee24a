package com.aftersales.platform.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Supplier;

/**
 * Optimistic concurrency inside a service: a change that loads a document, changes it and saves it with its
 * version is redone from a fresh load when someone else saved the document in between (or created it at the
 * same moment), a few times; then the conflict is answered as a 409 by the platform. Each redo is counted in
 * {@code aftersales.write_conflicts}.
 */
public final class Conflicts {

    private static final int ATTEMPTS = 5;
    private static final Counter RETRIED = Counter.builder("aftersales.write_conflicts")
            .description("Writes redone because the document was changed at the same moment")
            .register(Metrics.globalRegistry);

    private Conflicts() {
    }

    public static <T> T retry(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
                RETRIED.increment();
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    public static void retry(Runnable change) {
        retry(() -> {
            change.run();
            return null;
        });
    }
}
