package org.crm4j.core.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crm4j.analytics.AnalyticsException;
import org.crm4j.analytics.stats.Normal;
import org.crm4j.analytics.timeseries.ArimaModel;
import org.crm4j.analytics.timeseries.AutoArima;
import org.crm4j.analytics.timeseries.AutoEts;
import org.crm4j.analytics.timeseries.EtsModel;
import org.crm4j.analytics.timeseries.Forecast;
import org.crm4j.core.product.ProductId;

/**
 * Forecasts one product's demand from its zero-filled history: the rolling-origin holdout, the choice of model,
 * the fallback for short histories and the stock advice. Pure: the same history gives the same forecast.
 *
 * <p>Models need {@code max(8, m + 1)} training periods ({@code m} the seasonal cycle) before the earliest origin;
 * with fewer, the holdout shrinks, and when not even one period can be held out, or no model can be fitted, the
 * product falls back to the seasonal naive method (at least {@code m + 1} periods: each period forecast by the same
 * period of the last cycle, {@code σ² = mean (y_t − y_(t−m))²}, {@code se_h = σ √(⌊(h − 1)/m⌋ + 1)}) or else to the
 * mean ({@code se = s √(1 + 1/n)}, {@code s} the sample standard deviation; with a single period the Poisson
 * {@code s = √mean}).
 */
final class DemandForecaster {

    static final double[] LEVELS = {0.80, 0.95};
    private static final AutoEts.Options ETS = AutoEts.Options.defaults().withThreads(1);
    private static final double Z80 = Normal.quantile(0.90);
    private static final double Z95 = Normal.quantile(0.975);

    private DemandForecaster() {
    }

    /** A model's forecast with its label. */
    private record Fitted(String label, double[] mean, double[] se, double[][] bounds) {
    }

    static DemandForecast forecast(ProductId product, Optional<LocalDate> start, long[] units, int stock,
            DemandOptions options) {
        int n = units.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = units[i];
        }
        int m = options.period().seasonalPeriod();
        int minTrain = Math.max(AutoEts.MINIMUM_LENGTH + 1, m + 1);
        int origins = options.holdoutOrigins();
        int holdout = Math.min(options.holdoutPeriods(), n - minTrain - (origins - 1));
        List<DemandModel> candidates = options.model() == DemandModel.BEST
                ? List.of(DemandModel.AUTO_ARIMA, DemandModel.AUTO_ETS) : List.of(options.model());
        Map<DemandModel, Double> mae = new EnumMap<>(DemandModel.class);
        String reason;
        if (holdout < 1) {
            reason = String.format(Locale.ROOT, "the history has %d periods and the models need at least %d",
                    n, minTrain + origins);
        } else {
            StringBuilder failures = new StringBuilder();
            DemandModel best = null;
            Errors bestErrors = null;
            for (DemandModel candidate : candidates) {
                try {
                    Errors errors = holdoutErrors(candidate, y, holdout, origins, m);
                    mae.put(candidate, errors.mae());
                    if (bestErrors == null || errors.mae() < bestErrors.mae()) {
                        best = candidate;
                        bestErrors = errors;
                    }
                } catch (AnalyticsException | IllegalArgumentException e) {
                    failures.append(failures.length() == 0 ? "" : "; ").append(candidate).append(": ")
                            .append(e.getMessage());
                }
            }
            if (best != null) {
                try {
                    Fitted fitted = fit(best, y, m, options.horizon());
                    Errors naive = seasonalNaiveErrors(y, holdout, origins, m);
                    HoldoutAccuracy accuracy = new HoldoutAccuracy(holdout, origins, bestErrors.mae(),
                            bestErrors.mase(), bestErrors.mape(), naive.mae(), naive.mase());
                    return result(product, start, units, stock, options, fitted, Optional.of(best), Optional.empty(),
                            Optional.of(accuracy), mae);
                } catch (AnalyticsException | IllegalArgumentException e) {
                    failures.append(failures.length() == 0 ? "" : "; ").append(best).append(" on the whole history: ")
                            .append(e.getMessage());
                }
            }
            reason = "no model could be fitted (" + failures + ")";
        }
        Fitted fallback = n > m ? seasonalNaive(y, m, options.horizon()) : mean(y, options.horizon());
        return result(product, start, units, stock, options, fallback, Optional.empty(), Optional.of(reason),
                Optional.empty(), mae);
    }

    private static DemandForecast result(ProductId product, Optional<LocalDate> start, long[] units, int stock,
            DemandOptions options, Fitted fitted, Optional<DemandModel> model, Optional<String> reason,
            Optional<HoldoutAccuracy> accuracy, Map<DemandModel, Double> mae) {
        DemandPeriod period = options.period();
        LocalDate first = start.map(s -> period.plus(s, units.length))
                .orElse(period.startOf(options.asOf().atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        List<DemandPoint> points = new ArrayList<>(options.horizon());
        double[] mean = new double[options.horizon()];
        for (int h = 0; h < options.horizon(); h++) {
            mean[h] = Math.max(0, fitted.mean()[h]);
            points.add(new DemandPoint(period.plus(first, h), mean[h], fitted.se()[h],
                    Math.max(0, fitted.bounds()[0][h]), Math.max(0, fitted.bounds()[1][h]),
                    Math.max(0, fitted.bounds()[2][h]), Math.max(0, fitted.bounds()[3][h])));
        }
        List<Long> history = new ArrayList<>(units.length);
        for (long u : units) {
            history.add(u);
        }
        return new DemandForecast(product, options, fitted.label(), model, reason, start, history, points,
                accuracy, mae, inventory(mean, fitted.se(), stock, options));
    }

    /** The stock advice of {@link InventoryAdvice}, from the (cut at zero) means and the standard errors. */
    static InventoryAdvice inventory(double[] mean, double[] se, int stock, DemandOptions options) {
        int lead = options.leadTimePeriods();
        double z = Normal.quantile(options.serviceLevel());
        double mu = 0;
        double variance = 0;
        for (int h = 0; h < lead; h++) {
            mu += mean[h];
            variance += se[h] * se[h];
        }
        double sigma = Math.sqrt(variance);
        double safety = z * sigma;
        double upTo = mu + mean[lead] + z * Math.sqrt(variance + se[lead] * se[lead]);
        long order = (long) Math.max(0, Math.ceil(upTo - stock));
        return new InventoryAdvice(lead, options.serviceLevel(), mu, sigma, safety, mu + safety, upTo, stock, order);
    }

    private static Fitted fit(DemandModel model, double[] y, int m, int h) {
        Forecast f;
        String label;
        if (model == DemandModel.AUTO_ARIMA) {
            ArimaModel arima = AutoArima.fit(y, m);
            f = arima.forecast(h, LEVELS);
            label = arima.spec().label();
        } else {
            EtsModel ets = AutoEts.fit(y, m, ETS);
            f = ets.forecast(h, LEVELS);
            label = ets.method();
        }
        double[] mean = f.mean();
        double[] se = f.standardErrors();
        for (int i = 0; i < h; i++) {
            if (!Double.isFinite(mean[i]) || !Double.isFinite(se[i])) {
                throw new IllegalArgumentException(label + " gave a non-finite forecast at step " + (i + 1));
            }
        }
        return new Fitted(label, mean, se, new double[][] {f.lower(0.80), f.upper(0.80), f.lower(0.95),
                f.upper(0.95)});
    }

    /** Pooled holdout errors of one method. */
    private record Errors(double mae, double mase, double mape) {
    }

    private interface Method {
        double[] forecast(double[] training, int h);
    }

    private static Errors holdoutErrors(DemandModel model, double[] y, int holdout, int origins, int m) {
        return errors(y, holdout, origins, m, (training, h) -> fit(model, training, m, h).mean());
    }

    private static Errors seasonalNaiveErrors(double[] y, int holdout, int origins, int m) {
        return errors(y, holdout, origins, m, (training, h) -> seasonalNaive(training, m, h).mean());
    }

    /**
     * Forecasts the {@code holdout} periods after each origin {@code n − holdout − j} ({@code j < origins}) from
     * the periods before it, and pools the errors: MAE, MASE (each error over its origin's in-sample seasonal naive
     * MAE) and MAPE (NaN when an actual is 0). Forecasts are cut at 0, as the published ones.
     */
    private static Errors errors(double[] y, int holdout, int origins, int m, Method method) {
        double absolute = 0;
        double scaled = 0;
        double percent = 0;
        boolean percentDefined = true;
        int count = 0;
        for (int j = 0; j < origins; j++) {
            int t = y.length - holdout - j;
            double[] training = java.util.Arrays.copyOf(y, t);
            double scale = 0;
            for (int i = m; i < t; i++) {
                scale += Math.abs(y[i] - y[i - m]);
            }
            scale /= t - m;
            double[] forecast = method.forecast(training, holdout);
            for (int k = 0; k < holdout; k++) {
                double actual = y[t + k];
                double e = Math.abs(actual - Math.max(0, forecast[k]));
                absolute += e;
                scaled += scale == 0 ? Double.NaN : e / scale;
                if (actual > 0) {
                    percent += 100 * e / actual;
                } else {
                    percentDefined = false;
                }
                count++;
            }
        }
        return new Errors(absolute / count, scaled / count, percentDefined ? percent / count : Double.NaN);
    }

    /** The seasonal naive method (needs {@code y.length > m}). */
    static Fitted seasonalNaive(double[] y, int m, int h) {
        int n = y.length;
        double ss = 0;
        for (int t = m; t < n; t++) {
            double d = y[t] - y[t - m];
            ss += d * d;
        }
        double sigma = Math.sqrt(ss / (n - m));
        double[] mean = new double[h];
        double[] se = new double[h];
        for (int k = 0; k < h; k++) {
            mean[k] = y[n - m + k % m];
            se[k] = sigma * Math.sqrt(k / m + 1);
        }
        return gaussian("seasonal naive", mean, se);
    }

    /** The mean method. */
    static Fitted mean(double[] y, int h) {
        int n = y.length;
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        double mu = n == 0 ? 0 : sum / n;
        double s;
        if (n >= 2) {
            double ss = 0;
            for (double v : y) {
                ss += (v - mu) * (v - mu);
            }
            s = Math.sqrt(ss / (n - 1));
        } else {
            s = Math.sqrt(mu);
        }
        double se = n == 0 ? 0 : s * Math.sqrt(1 + 1.0 / n);
        double[] mean = new double[h];
        double[] ses = new double[h];
        java.util.Arrays.fill(mean, mu);
        java.util.Arrays.fill(ses, se);
        return gaussian("mean", mean, ses);
    }

    private static Fitted gaussian(String label, double[] mean, double[] se) {
        int h = mean.length;
        double[][] bounds = new double[4][h];
        for (int k = 0; k < h; k++) {
            bounds[0][k] = mean[k] - Z80 * se[k];
            bounds[1][k] = mean[k] + Z80 * se[k];
            bounds[2][k] = mean[k] - Z95 * se[k];
            bounds[3][k] = mean[k] + Z95 * se[k];
        }
        return new Fitted(label, mean, se, bounds);
    }
}
