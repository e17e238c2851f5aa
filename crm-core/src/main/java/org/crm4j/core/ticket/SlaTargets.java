package org.crm4j.core.ticket;

import java.time.Duration;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The business time a ticket may take until its first public response and until it is resolved.
 *
 * @param firstResponse business time from opening to the first public response, positive
 * @param resolution    business time from opening to resolution, positive, not shorter than {@code firstResponse}
 */
public record SlaTargets(Duration firstResponse, Duration resolution) {

    /**
     * @throws ValidationException {@code firstResponse}/{@code resolution} {@code must not be null} or
     *                             {@code "must be positive"}; {@code resolution}
     *                             {@code "must not be shorter than firstResponse"}
     */
    public SlaTargets {
        positive("firstResponse", firstResponse);
        positive("resolution", resolution);
        if (resolution.compareTo(firstResponse) < 0) {
            throw new ValidationException("resolution", "must not be shorter than firstResponse", resolution);
        }
    }

    private static void positive(String field, Duration value) {
        Require.nonNull(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new ValidationException(field, "must be positive", value);
        }
    }
}
