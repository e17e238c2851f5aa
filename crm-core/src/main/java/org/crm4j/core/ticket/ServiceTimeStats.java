package org.crm4j.core.ticket;

import java.util.function.LongUnaryOperator;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The business times of one group of measured tickets ({@link MeasuredTime}s of one {@link ServiceTime}):
 * count, mean, median and 90th percentile in seconds, and how many met their target. Immutable.
 *
 * <p><b>Percentiles.</b> The p-quantile of the n sorted times {@code x[0] <= ... <= x[n-1]} interpolates linearly
 * between order statistics (Hyndman and Fan's definition 7, R's default {@code quantile(x, p, type = 7)},
 * PostgreSQL's {@code percentile_cont}): with {@code h = (n - 1) p}, {@code lo = floor(h)},
 * {@code hi = min(lo + 1, n - 1)}, it is {@code x[lo] + (h - lo) (x[hi] - x[lo])}. The ranks and the fraction
 * {@code h - lo} are computed in integers ({@code (n - 1) mod 2 / 2} for the median, {@code 9 (n - 1) mod 10 / 10}
 * for the 90th percentile) and only the last step in {@code double}, by {@link #of}, so every adapter gives the
 * very same value: SQL adapters fetch the order statistics of {@link #ranks(long)} by rank, not a database's own
 * percentile function.
 *
 * <p>References: R. J. Hyndman and Y. Fan, Sample quantiles in statistical packages, The American Statistician
 * 50(4), 1996, 361–365.
 *
 * @param group         the group's key, see {@link TicketGrouping}
 * @param tickets       how many tickets were measured, &gt; 0
 * @param totalSeconds  their business times summed, in seconds, &gt;= 0
 * @param medianSeconds the median business time in seconds (definition 7)
 * @param p90Seconds    the 90th percentile in seconds (definition 7), &gt;= the median
 * @param met           how many met their target, in [0, tickets]
 */
public record ServiceTimeStats(String group, long tickets, long totalSeconds, double medianSeconds,
                               double p90Seconds, long met) {

    /**
     * @throws ValidationException naming the component that breaks its rule
     */
    public ServiceTimeStats {
        Require.nonNull("group", group);
        if (tickets <= 0) {
            throw new ValidationException("tickets", Require.POSITIVE, tickets);
        }
        Require.notNegative("totalSeconds", totalSeconds);
        if (met < 0 || met > tickets) {
            throw new ValidationException("met", "must be in [0, tickets]", met);
        }
        if (!(medianSeconds >= 0) || !(p90Seconds >= medianSeconds)) {
            throw new ValidationException("p90Seconds", "must be >= medianSeconds >= 0", p90Seconds);
        }
    }

    /**
     * The 0-based ranks of the order statistics the median and the 90th percentile of {@code n} values need.
     *
     * @param n how many values, &gt; 0
     * @return {@code {medianLo, medianHi, p90Lo, p90Hi}}, each in {@code [0, n - 1]}
     */
    public static long[] ranks(long n) {
        if (n <= 0) {
            throw new ValidationException("n", Require.POSITIVE, n);
        }
        long medianLo = (n - 1) / 2;
        long p90Lo = 9 * (n - 1) / 10;
        return new long[] {medianLo, Math.min(medianLo + 1, n - 1), p90Lo, Math.min(p90Lo + 1, n - 1)};
    }

    /**
     * Builds the statistics from the group's count, sum and order statistics.
     *
     * @param group        the key
     * @param tickets      how many values, &gt; 0
     * @param totalSeconds their sum
     * @param met          how many met the target
     * @param sorted       the value at a 0-based rank of the sorted values; asked only for {@link #ranks(long)}
     * @return the statistics
     */
    public static ServiceTimeStats of(String group, long tickets, long totalSeconds, long met,
                                      LongUnaryOperator sorted) {
        long[] at = ranks(tickets);
        long n1 = tickets - 1;
        double median = interpolate(sorted.applyAsLong(at[0]), sorted.applyAsLong(at[1]), n1 % 2, 2);
        double p90 = interpolate(sorted.applyAsLong(at[2]), sorted.applyAsLong(at[3]), 9 * n1 % 10, 10);
        return new ServiceTimeStats(group, tickets, totalSeconds, median, p90, met);
    }

    private static double interpolate(long lo, long hi, long numerator, long denominator) {
        return numerator == 0 ? lo : lo + (double) numerator / denominator * (hi - lo);
    }

    /** @return the mean business time in seconds */
    public double meanSeconds() {
        return (double) totalSeconds / tickets;
    }

    /** @return the share of the tickets that met their target (SLA attainment), in [0, 1] */
    public double attainment() {
        return (double) met / tickets;
    }
}
