package org.crm4j.core.sales;

import java.time.Instant;

/**
 * Command: record that a customer returned units of an earlier sale; the units go back into stock.
 *
 * @param saleId     the sale (not a return) the units come from
 * @param quantity   the units, at least 1 and at most the units of the sale not yet returned
 * @param returnedAt when the return happened, not in the future; null for now
 */
public record NewReturn(SaleId saleId, int quantity, Instant returnedAt) {

    /**
     * A return happening now.
     *
     * @param saleId   the sale
     * @param quantity the units
     * @return the command
     */
    public static NewReturn of(SaleId saleId, int quantity) {
        return new NewReturn(saleId, quantity, null);
    }
}
