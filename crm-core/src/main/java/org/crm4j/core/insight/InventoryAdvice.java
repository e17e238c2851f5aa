package org.crm4j.core.insight;

/**
 * Stock advice from a {@link DemandForecast}, for a lead time of {@code L} periods and a cycle service level
 * {@code p} (the probability that the stock covers the demand of a lead time), with {@code z = Φ⁻¹(p)}, the
 * forecast means {@code μ_h} and standard errors {@code σ_h}:
 * <ul>
 *   <li>lead-time demand {@code μ_L = Σ_(h ≤ L) μ_h}, its standard deviation {@code σ_L = √(Σ_(h ≤ L) σ_h²)}
 *       (the errors of the steps taken as uncorrelated, which understates {@code σ_L} for models whose errors
 *       persist, such as a random-walk level);</li>
 *   <li>safety stock {@code z σ_L}, reorder point {@code μ_L + z σ_L};</li>
 *   <li>order-up-to level {@code S = μ_(L+1) + z σ_(L+1)} over the lead time plus one review period (a periodic
 *       review every period), and the suggested order {@code max(0, ⌈S − stock⌉)}.</li>
 * </ul>
 *
 * @param leadTimePeriods  {@code L}
 * @param serviceLevel     {@code p}
 * @param leadTimeDemand   {@code μ_L}, in units
 * @param leadTimeStdDev   {@code σ_L}, in units
 * @param safetyStock      {@code z σ_L}, in units
 * @param reorderPoint     {@code μ_L + z σ_L}, in units
 * @param orderUpTo        {@code S}, in units
 * @param currentStock     the product's stock when the forecast was made
 * @param suggestedOrder   the units to order now, {@code >= 0}
 */
public record InventoryAdvice(int leadTimePeriods, double serviceLevel, double leadTimeDemand, double leadTimeStdDev,
        double safetyStock, double reorderPoint, double orderUpTo, int currentStock, long suggestedOrder) {

    /** @return whether the stock is at or below the reorder point */
    public boolean reorderNow() {
        return currentStock <= reorderPoint;
    }
}
