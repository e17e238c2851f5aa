package org.crm4j.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden values computed in 40-digit arithmetic with mpmath ({@code src/test/resources/stats/make_references.py}
 * produced {@code distributions.csv}): CDFs, survival functions and quantiles of the four distributions, tails
 * included.
 */
class DistributionsReferenceTest {

    /** Relative tolerance where the value is at least 1e-100. */
    private static final double BODY = 1e-12;
    /** Relative tolerance for far tails (values below 1e-100), where exponents of several hundred amplify rounding. */
    private static final double FAR_TAIL = 1e-10;

    private record Row(String dist, String fun, double x, double p1, double p2, double value) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = DistributionsReferenceTest.class.getResourceAsStream("/stats/distributions.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0], f[1], Double.parseDouble(f[2]), parse(f[3]), parse(f[4]),
                        Double.parseDouble(f[5])));
            }
        }
        return rows;
    }

    private static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static double ours(Row r) {
        switch (r.dist()) {
            case "normal":
                return r.fun().equals("cdf") ? Normal.cdf(r.x())
                        : r.fun().equals("survival") ? Normal.survival(r.x()) : Normal.quantile(r.x());
            case "t":
                return r.fun().equals("cdf") ? StudentT.cdf(r.x(), r.p1())
                        : r.fun().equals("survival") ? StudentT.survival(r.x(), r.p1())
                        : StudentT.quantile(r.x(), r.p1());
            case "chisq":
                return r.fun().equals("cdf") ? ChiSquared.cdf(r.x(), r.p1())
                        : r.fun().equals("survival") ? ChiSquared.survival(r.x(), r.p1())
                        : ChiSquared.quantile(r.x(), r.p1());
            case "f":
                return r.fun().equals("cdf") ? FisherF.cdf(r.x(), r.p1(), r.p2())
                        : r.fun().equals("survival") ? FisherF.survival(r.x(), r.p1(), r.p2())
                        : FisherF.quantile(r.x(), r.p1(), r.p2());
            default:
                throw new IllegalStateException(r.dist());
        }
    }

    private static void check(String fun) throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Row r : rows()) {
            if (!r.fun().equals(fun)) {
                continue;
            }
            checked++;
            double ours = ours(r);
            double error = r.value() == 0 ? Math.abs(ours) : Math.abs(ours - r.value()) / Math.abs(r.value());
            double tolerance = Math.abs(r.value()) >= 1e-100 || fun.equals("quantile") ? BODY
                    : r.dist().equals("t") && r.p1() >= StudentT.LARGE_DF ? BODY // quadrature: 1e-13 in far tails
                    : FAR_TAIL;
            if (!(error <= tolerance)) {
                failures.add(String.format(Locale.ROOT, "%s %s(%s; %s, %s): ours %s, reference %s, relative error %.2e",
                        r.dist(), r.fun(), r.x(), r.p1(), r.p2(), ours, r.value(), error));
            }
        }
        assertTrue(checked > 50, "too few reference rows: " + checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void cdf_matchesMpmath() throws IOException {
        check("cdf");
    }

    @Test
    void survival_matchesMpmath() throws IOException {
        check("survival");
    }

    @Test
    void quantile_matchesMpmath() throws IOException {
        check("quantile");
    }
}
