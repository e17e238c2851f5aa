package org.crm4j.core.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crm4j.core.Money;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.StageProbabilities;

/**
 * The result of {@link InsightService#pipelineForecast}: each open stage's chance of ending won, learnt from the
 * closed history and as configured, the revenue expected from the open pipeline by close month under both, and how
 * well each set of probabilities would have predicted the closed history (Brier score). Immutable and thread-safe.
 *
 * <p>Calibration is scored on every pair (closed opportunity, open stage it went through): the prediction is the
 * stage's probability, the outcome 1 if the opportunity was won. The empirical rate of a pair's stage is computed
 * leaving that opportunity out ({@code (won − y) / (closed − 1)}), so that it is not scored on the data it was
 * learnt from; with a single closed opportunity the configured probability stands in. The Brier score is the mean
 * squared difference, in {@code [0, 1]}, lower is better; always predicting 0.5 scores 0.25.
 */
public final class PipelineForecast {

    private final PipelineOptions options;
    private final List<StageWinRate> rates;
    private final List<CloseMonthForecast> months;
    private final long pairs;
    private final double empiricalBrier;
    private final double configuredBrier;

    private PipelineForecast(PipelineOptions options, List<StageWinRate> rates, List<CloseMonthForecast> months,
            long pairs, double empiricalBrier, double configuredBrier) {
        this.options = options;
        this.rates = List.copyOf(rates);
        this.months = List.copyOf(months);
        this.pairs = pairs;
        this.empiricalBrier = empiricalBrier;
        this.configuredBrier = configuredBrier;
    }

    /**
     * Learns the rates, scores them and forecasts the open pipeline.
     *
     * @param options       the options
     * @param outcomes      the closed history by stage
     * @param open          the open pipeline by month, stage and currency
     * @param probabilities the configured probabilities
     * @return the forecast
     */
    static PipelineForecast of(PipelineOptions options, List<StageOutcome> outcomes, List<OpenPipeline> open,
            StageProbabilities probabilities) {
        Map<OpportunityStage, StageOutcome> byStage = new EnumMap<>(OpportunityStage.class);
        outcomes.forEach(o -> byStage.put(o.stage(), o));
        Map<OpportunityStage, StageWinRate> rates = new EnumMap<>(OpportunityStage.class);
        long pairs = 0;
        double empiricalLoss = 0;
        double configuredLoss = 0;
        for (OpportunityStage stage : OpportunityStage.values()) {
            if (stage.closed()) {
                continue;
            }
            double configured = probabilities.of(stage) / 100.0;
            StageOutcome o = byStage.get(stage);
            long n = o == null ? 0 : o.closed();
            long w = o == null ? 0 : o.won();
            rates.put(stage, new StageWinRate(stage, n, w, n == 0 ? configured : (double) w / n, configured));
            if (n > 0) {
                pairs += n;
                double wonPrediction = n == 1 ? configured : (double) (w - 1) / (n - 1);
                double lostPrediction = n == 1 ? configured : (double) w / (n - 1);
                empiricalLoss += w * square(1 - wonPrediction) + (n - w) * square(lostPrediction);
                configuredLoss += w * square(1 - configured) + (n - w) * square(configured);
            }
        }
        record Key(YearMonth month, Currency currency) {
        }
        Map<Key, BigDecimal[]> sums = new TreeMap<>(Comparator.comparing(Key::month)
                .thenComparing(k -> k.currency().getCurrencyCode()));
        Map<Key, Long> counts = new TreeMap<>(Comparator.comparing(Key::month)
                .thenComparing(k -> k.currency().getCurrencyCode()));
        for (OpenPipeline p : open) {
            Key key = new Key(p.month(), p.amount().currency());
            BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO});
            StageWinRate rate = rates.get(p.stage());
            s[0] = s[0].add(p.amount().amount());
            s[1] = s[1].add(p.amount().amount().multiply(BigDecimal.valueOf(rate.empirical())));
            s[2] = s[2].add(p.amount().amount().multiply(BigDecimal.valueOf(probabilities.of(p.stage())))
                    .movePointLeft(2));
            counts.merge(key, p.count(), Long::sum);
        }
        List<CloseMonthForecast> months = new ArrayList<>();
        sums.forEach((key, s) -> months.add(new CloseMonthForecast(key.month(), counts.get(key),
                money(s[0], key.currency()), money(s[1], key.currency()), money(s[2], key.currency()))));
        return new PipelineForecast(options, new ArrayList<>(rates.values()), months, pairs,
                pairs == 0 ? Double.NaN : empiricalLoss / pairs, pairs == 0 ? Double.NaN : configuredLoss / pairs);
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN),
                currency);
    }

    private static double square(double x) {
        return x * x;
    }

    /** @return the options */
    public PipelineOptions options() {
        return options;
    }

    /** @return the four open stages' win rates, in stage order (PROSPECTING to NEGOTIATION) */
    public List<StageWinRate> winRates() {
        return rates;
    }

    /** @return the forecast by close month and currency, by month, then currency code */
    public List<CloseMonthForecast> months() {
        return months;
    }

    /** @return the number of (closed opportunity, open stage it went through) pairs scored */
    public long scoredPairs() {
        return pairs;
    }

    /** @return the Brier score of the empirical rates (left-one-out) on the closed history; NaN without history */
    public double empiricalBrier() {
        return empiricalBrier;
    }

    /** @return the Brier score of the configured probabilities on the closed history; NaN without history */
    public double configuredBrier() {
        return configuredBrier;
    }

    /** @return the forecast in plain language */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Learnt from %d (closed opportunity, stage) pairs closed in [%s, %s), the chance of winning is",
                pairs, options.closedFrom(), options.closedTo()));
        for (StageWinRate r : rates) {
            text.append(String.format(Locale.ROOT, " %s %.1f %% (%s; configured %.0f %%),", r.stage(),
                    100 * r.empirical(), r.learnt() ? r.won() + " of " + r.closed() + " won" : "no history, as configured",
                    100 * r.configured()));
        }
        text.setLength(text.length() - 1);
        text.append(String.format(Locale.ROOT, ". Brier score on the closed history: %.4f learnt (left-one-out),"
                + " %.4f configured: the %s predict better.", empiricalBrier, configuredBrier,
                empiricalBrier <= configuredBrier ? "learnt rates" : "configured probabilities"));
        for (CloseMonthForecast m : months) {
            text.append(String.format(Locale.ROOT, " %s: %d open worth %s, expected %s (configured %s).", m.month(),
                    m.count(), m.amount(), m.empirical(), m.configured()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "PipelineForecast[" + months.size() + " months, brier=" + empiricalBrier + "/" + configuredBrier + "]";
    }

    /** @return whether {@code other} has the same numbers (for tests across adapters) */
    @Override
    public boolean equals(Object other) {
        return other instanceof PipelineForecast f && options.equals(f.options) && rates.equals(f.rates)
                && months.equals(f.months) && pairs == f.pairs
                && Double.compare(empiricalBrier, f.empiricalBrier) == 0
                && Double.compare(configuredBrier, f.configuredBrier) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(options, rates, months, pairs);
    }
}
