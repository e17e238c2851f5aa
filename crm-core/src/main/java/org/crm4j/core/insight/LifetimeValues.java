package org.crm4j.core.insight;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.analytics.lifetime.BgNbdModel;
import org.crm4j.analytics.lifetime.GammaGammaModel;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * The result of {@link InsightService#lifetimeValue(LifetimeOptions)}: per customer the expected purchases,
 * probability of being alive, expected transaction value and discounted lifetime value, their totals, and the
 * fitted BG/NBD and Gamma-Gamma models with their parameters and standard errors. Time is in weeks. Immutable
 * and thread-safe.
 */
public final class LifetimeValues {

    private final LifetimeOptions options;
    private final List<CustomerValue> customers;
    private final Map<CustomerId, CustomerValue> byCustomer;
    private final BgNbdModel purchaseModel;
    private final GammaGammaModel spendModel;

    LifetimeValues(LifetimeOptions options, List<CustomerValue> customers, BgNbdModel purchaseModel,
            GammaGammaModel spendModel) {
        this.options = Objects.requireNonNull(options, "options");
        this.customers = List.copyOf(customers);
        this.purchaseModel = Objects.requireNonNull(purchaseModel, "purchaseModel");
        this.spendModel = Objects.requireNonNull(spendModel, "spendModel");
        Map<CustomerId, CustomerValue> map = new HashMap<>();
        this.customers.forEach(c -> map.put(c.customerId(), c));
        this.byCustomer = Map.copyOf(map);
    }

    /** @return the options of the analysis */
    public LifetimeOptions options() {
        return options;
    }

    /** @return every valued customer, by ascending unsigned customer id */
    public List<CustomerValue> customers() {
        return customers;
    }

    /**
     * @param customer a customer, not null
     * @return the customer's value; empty if the customer bought nothing in the currency before the calibration end
     */
    public Optional<CustomerValue> of(CustomerId customer) {
        return Optional.ofNullable(byCustomer.get(Objects.requireNonNull(customer, "customer")));
    }

    /**
     * @param n how many, {@code >= 0}
     * @return the {@code n} customers of highest lifetime value (fewer if there are fewer), highest first, ties by
     *         customer order
     * @throws ValidationException on field {@code n} ({@code must be >= 0}) if negative
     */
    public List<CustomerValue> top(int n) {
        if (n < 0) {
            throw new ValidationException("n", "must be >= 0", n);
        }
        return customers.stream().sorted(Comparator.comparingDouble(CustomerValue::lifetimeValue).reversed())
                .limit(n).toList();
    }

    /** @return the sum of the customers' lifetime values */
    public double totalLifetimeValue() {
        return customers.stream().mapToDouble(CustomerValue::lifetimeValue).sum();
    }

    /** @return the sum of the customers' expected purchases over the horizon */
    public double totalExpectedPurchases() {
        return customers.stream().mapToDouble(CustomerValue::expectedPurchases).sum();
    }

    /** @return the BG/NBD model of the purchase process (r, α in weeks, a, b, standard errors, log-likelihood) */
    public BgNbdModel purchaseModel() {
        return purchaseModel;
    }

    /** @return the Gamma-Gamma model of transaction values (p, q, γ, standard errors), fitted on repeat buyers */
    public GammaGammaModel spendModel() {
        return spendModel;
    }

    /** @return the analysis in plain language */
    public String describe() {
        double[] se = purchaseModel.standardErrors();
        double[] seSpend = spendModel.standardErrors();
        String currency = options.currency().getCurrencyCode();
        return String.format(Locale.ROOT,
                "%d customers who bought in %s before %s are expected to make %.1f purchases in the next %d days,"
                        + " worth %.2f %s discounted at %.1f %% a year (%.2f %s per customer on average)."
                        + "%nPurchase process (BG/NBD, weeks): r = %.4f (SE %.4f), alpha = %.4f (SE %.4f),"
                        + " a = %.4f (SE %.4f), b = %.4f (SE %.4f); %s after %d iterations."
                        + "%nTransaction value (Gamma-Gamma, %d repeat buyers): p = %.4f (SE %.4f), q = %.4f (SE %.4f),"
                        + " gamma = %.4f (SE %.4f); a transaction is worth %.2f %s on average.",
                customers.size(), currency, options.calibrationEnd(), totalExpectedPurchases(),
                options.periods() * options.periodDays(), totalLifetimeValue(), currency,
                100 * options.annualDiscountRate(), customers.isEmpty() ? 0 : totalLifetimeValue() / customers.size(),
                currency, purchaseModel.r(), se[0], purchaseModel.alpha(), se[1], purchaseModel.a(), se[2],
                purchaseModel.b(), se[3], purchaseModel.converged() ? "converged" : "NOT converged",
                purchaseModel.iterations(), spendModel.customers(), spendModel.p(), seSpend[0], spendModel.q(),
                seSpend[1], spendModel.gamma(), seSpend[2], spendModel.expectedAverageValue(), currency);
    }

    @Override
    public String toString() {
        return "LifetimeValues[customers=" + customers.size() + ", total=" + totalLifetimeValue() + "]";
    }
}
