package org.crm4j.core.insight;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.product.ProductId;

/**
 * Port: what was bought, aggregated for demand forecasts and basket analysis. Adapters compute each method with
 * one aggregate query (crm-jpa: a SQL {@code GROUP BY}); the in-memory adapter by scanning. A return counts with
 * the sale it returns (its period, its day), so returned units never appear as demand. Implementations are
 * thread-safe. Checked by {@code org.crm4j.core.contract.DemandForecastContract} and {@code BasketContract} on
 * every adapter.
 */
public interface DemandHistories {

    /**
     * Net unit sales per product and period: units of the sales made before {@code to} minus the units of those
     * sales returned before {@code to}, in the period of the sale.
     *
     * @param period  the period, not null
     * @param product one product, or empty for every product
     * @param to      the end, exclusive, not null
     * @return one entry per product and period with a sale, ordered by product id (unsigned UUID order), period
     */
    List<UnitSales> unitSales(DemandPeriod period, Optional<ProductId> product, Instant to);

    /** @return the current stock of every product */
    Map<ProductId, Integer> stockLevels();

    /**
     * The baskets: for each customer and UTC day with sales at a time in {@code [from, to)}, the products whose net
     * units (sales of that day minus their returns recorded before {@code to}) are positive.
     *
     * @param from the start, inclusive, not null
     * @param to   the end, exclusive, not null, not before {@code from}
     * @return one entry per customer, day and product, ordered by customer id (unsigned UUID order), day, product
     *         id (unsigned UUID order)
     */
    List<BasketLine> basketLines(Instant from, Instant to);

    /**
     * The baskets of {@link #basketLines}, streamed: one {@link BasketSink#basket} call per customer and day, in the
     * order of {@code basketLines}, with the day's products in that order. Adapters read the lines as they arrive
     * and never hold them all (crm-jpa: ordered in SQL, read forward-only in batches); the default groups
     * {@code basketLines}.
     *
     * @param from the start, inclusive, not null
     * @param to   the end, exclusive, not null, not before {@code from}
     * @param sink receives the baskets, not null; an exception it throws ends the stream and propagates
     */
    default void forEachBasket(Instant from, Instant to, BasketSink sink) {
        Objects.requireNonNull(sink, "sink");
        List<BasketLine> lines = basketLines(from, to);
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !lines.get(i).customerId().equals(lines.get(start).customerId())
                    || !lines.get(i).day().equals(lines.get(start).day())) {
                sink.basket(lines.get(start).customerId(), lines.get(start).day(),
                        lines.subList(start, i).stream().map(BasketLine::productId).toList());
                start = i;
            }
        }
    }
}
