package org.crm4j.core.sales;

import java.time.Instant;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Command: record that a customer returned units of an earlier sale; the units go back into stock.
 *
 * @param saleId     the sale (not a return) the units come from
 * @param quantity   the units, at least 1 and at most the units of the sale not yet returned
 * @param returnedAt when the return happened, not in the future; empty for now (the service's clock)
 */
public record NewReturn(SaleId saleId, int quantity, Optional<Instant> returnedAt) {

    /**
     * @throws ValidationException on field {@code "returnedAt"}, rule {@link Require#NOT_NULL}, if the
     *                             {@code Optional} is null
     */
    public NewReturn {
        Require.nonNull("returnedAt", returnedAt);
    }

    /**
     * A return happening now.
     *
     * @param saleId   the sale
     * @param quantity the units
     * @return the command
     */
    public static NewReturn of(SaleId saleId, int quantity) {
        return new NewReturn(saleId, quantity, Optional.empty());
    }

    /**
     * @param at when the return happened, not null
     * @return a copy with that time
     */
    public NewReturn withReturnedAt(Instant at) {
        return new NewReturn(saleId, quantity, Optional.of(Require.nonNull("returnedAt", at)));
    }
}
