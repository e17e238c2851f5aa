package org.crm4j.core.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.product.ProductId;

/**
 * The result of {@link InsightService#demand}: one product's net unit sales per period, the model that forecasts
 * them (or the simple method it fell back to, and why), its accuracy on the held-out periods, the forecast with
 * 80 % and 95 % intervals, and the stock advice. Immutable and thread-safe.
 *
 * @param productId      the product
 * @param options        the options
 * @param method         the fitted model, e.g. {@code ETS(A,N,A)} or {@code ARIMA(0,1,1)(0,1,1)[12]}, or the
 *                       fallback: {@code seasonal naive} or {@code mean}
 * @param model          the model family that won; empty for a fallback
 * @param fallbackReason why a simple method was used; empty when a model forecasts
 * @param historyStart   the first period of the history (the product's first sale); empty without sales
 * @param history        the net units of each period from {@code historyStart}, zero-filled, oldest first
 * @param forecast       the {@code horizon} forecast periods, the next first
 * @param accuracy       the holdout accuracy of the model; empty for a fallback
 * @param candidateMae   the holdout mean absolute error of each model tried (both for {@code BEST}); a model that
 *                       could not be fitted is missing
 * @param inventory      the stock advice
 */
public record DemandForecast(ProductId productId, DemandOptions options, String method, Optional<DemandModel> model,
        Optional<String> fallbackReason, Optional<LocalDate> historyStart, List<Long> history,
        List<DemandPoint> forecast, Optional<HoldoutAccuracy> accuracy, Map<DemandModel, Double> candidateMae,
        InventoryAdvice inventory) {

    /** Checks that no component is null and copies the collections. */
    public DemandForecast {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fallbackReason, "fallbackReason");
        Objects.requireNonNull(historyStart, "historyStart");
        history = List.copyOf(history);
        forecast = List.copyOf(forecast);
        Objects.requireNonNull(accuracy, "accuracy");
        candidateMae = Map.copyOf(candidateMae);
        Objects.requireNonNull(inventory, "inventory");
    }

    /** @return whether a simple method replaced the models (too little history, or no model could be fitted) */
    public boolean isFallback() {
        return fallbackReason.isPresent();
    }

    /** @return the forecast means, the next period first */
    public double[] means() {
        return forecast.stream().mapToDouble(DemandPoint::mean).toArray();
    }

    /** @return the forecast in plain language */
    public String describe() {
        String unit = options.period() == DemandPeriod.WEEK ? "week" : "month";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Product %s sold %d units over %d %ss of history. ", productId, history.stream()
                        .mapToLong(Long::longValue).sum(), history.size(), unit));
        if (fallbackReason.isPresent()) {
            text.append(String.format(Locale.ROOT, "Forecast by the %s method because %s. ", method,
                    fallbackReason.get()));
        } else {
            HoldoutAccuracy a = accuracy.orElseThrow();
            text.append(String.format(Locale.ROOT, "Forecast by %s (%s), which on the %d held-out %ss had MASE %.2f"
                    + " (seasonal naive %.2f) and MAPE %.1f %%. ", method, model.orElseThrow(), a.periods(), unit,
                    a.mase(), a.seasonalNaiveMase(), a.mape()));
        }
        DemandPoint next = forecast.get(0);
        text.append(String.format(Locale.ROOT, "Next %s: %.1f units (95 %%: %.1f to %.1f). ", unit, next.mean(),
                next.lower95(), next.upper95()));
        text.append(String.format(Locale.ROOT, "With a lead time of %d %s(s) and a %.1f %% service level: safety"
                + " stock %.1f, reorder point %.1f; stock %d, order %d now.", inventory.leadTimePeriods(), unit,
                100 * inventory.serviceLevel(), inventory.safetyStock(), inventory.reorderPoint(),
                inventory.currentStock(), inventory.suggestedOrder()));
        return text.toString();
    }
}
