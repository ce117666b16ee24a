package com.aftersales.platform.web;

import com.aftersales.platform.domain.StaleVersionException;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP: responses carry the aggregate's version as an ETag; an update that
 * sends {@code If-Match} with an older version is refused (409) instead of overwriting someone's change.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    public static <T> ResponseEntity<T> ok(Long version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** Refuses the write when the client's If-Match names another version; no header means "last write wins". */
    public static void requireMatch(String ifMatch, Long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = ifMatch.trim().replace("W/", "").replace("\"", "");
        long current = currentVersion == null ? 0 : currentVersion;
        try {
            if (Long.parseLong(expected) != current) {
                throw new StaleVersionException(Long.parseLong(expected), current);
            }
        } catch (NumberFormatException e) {
            throw new StaleVersionException(null, current);
        }
    }
}
