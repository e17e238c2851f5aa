package org.crm4j.core.survey;

import java.time.YearMonth;
import java.util.Optional;
import org.crm4j.core.Require;

/**
 * CSAT and NPS of one UTC calendar month with their 95 % confidence intervals ({@link SatisfactionIntervals}).
 * Immutable.
 *
 * @param month        the month
 * @param csatAnswers  the answers with a CSAT score
 * @param satisfied    of those, scoring 4 or 5
 * @param csat         the share of satisfied answers in [0, 1], if there are CSAT answers
 * @param csatInterval its Wilson 95 % interval
 * @param npsAnswers   the answers with an NPS score
 * @param promoters    of those, scoring 9 or 10
 * @param detractors   of those, scoring 0 to 6
 * @param nps          promoters minus detractors in percentage points of the NPS answers, in [−100, 100], if any
 * @param npsInterval  its 95 % interval (trinomial variance, normal approximation)
 */
public record SatisfactionPeriod(YearMonth month, long csatAnswers, long satisfied, Optional<Double> csat,
                                 Optional<ConfidenceInterval> csatInterval, long npsAnswers, long promoters,
                                 long detractors, Optional<Double> nps, Optional<ConfidenceInterval> npsInterval) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public SatisfactionPeriod {
        Require.nonNull("month", month);
        Require.nonNull("csat", csat);
        Require.nonNull("csatInterval", csatInterval);
        Require.nonNull("nps", nps);
        Require.nonNull("npsInterval", npsInterval);
    }

    /**
     * @param scores a month's counts
     * @return its metrics
     */
    public static SatisfactionPeriod of(MonthlyScores scores) {
        long c = scores.csatAnswers();
        long n = scores.npsAnswers();
        return new SatisfactionPeriod(scores.month(), c, scores.satisfied(),
                c == 0 ? Optional.empty() : Optional.of((double) scores.satisfied() / c),
                c == 0 ? Optional.empty() : Optional.of(SatisfactionIntervals.wilson(scores.satisfied(), c)),
                n, scores.promoters(), scores.detractors(),
                n == 0 ? Optional.empty() : Optional.of(100.0 * (scores.promoters() - scores.detractors()) / n),
                n == 0 ? Optional.empty() : Optional.of(SatisfactionIntervals.nps(scores.promoters(),
                        n - scores.promoters() - scores.detractors(), scores.detractors())));
    }
}
