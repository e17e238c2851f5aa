package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * {@link EffectEstimates} against R on the 300 members of {@code insight/campaign_effect.csv} (references in
 * {@code insight/campaign_effect_references.csv}, made by {@code campaign_effect_references.R}), and the coverage
 * of its intervals over seeded simulations with and without an effect.
 */
class EffectEstimatesTest {

    private static final List<String> NAMES = List.of("recencyDays", "purchases", "netRevenue");

    @Test
    void estimate_campaignEffectCsv_equalsR() throws IOException {
        List<String[]> rows = read("/insight/campaign_effect.csv");
        int n = rows.size();
        int[] contacted = new int[n];
        int[] converted = new int[n];
        double[][] covariates = new double[n][3];
        double[] revenue = new double[n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            contacted[i] = Integer.parseInt(r[0]);
            converted[i] = Integer.parseInt(r[1]);
            for (int j = 0; j < 3; j++) {
                covariates[i][j] = Double.parseDouble(r[2 + j]);
            }
            revenue[i] = Double.parseDouble(r[5]);
        }
        Map<String, double[]> r = new HashMap<>();
        for (String[] row : read("/insight/campaign_effect_references.csv")) {
            r.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]), Double.parseDouble(row[4])});
        }

        EffectEstimates e = EffectEstimates.estimate(contacted, converted, covariates, NAMES, revenue, 0.95);

        assertInterval(r.get("uplift"), e.uplift(), 1e-12);
        // R's glm stops when the deviance changes by less than 1e-8 relatively: its estimates are good to ~1e-7.
        assertInterval(r.get("oddsRatio"), e.oddsRatio(), 1e-6);
        assertEquals(r.get("oddsRatio")[3], e.oddsRatioPValue(), 1e-6);
        assertInterval(r.get("revenuePerCustomer"), e.revenuePerCustomer(), 1e-8);
        assertEquals(r.get("revenuePerCustomer")[3], e.revenuePValue(), 1e-8);
        assertEquals(NAMES, e.covariates());
        assertEquals(n, e.contacted() + e.controls());
    }

    @Test
    void estimate_simulatedCampaigns_intervalsCoverTheTruthAbout95PercentOfTheTime() {
        SplittableRandom random = new SplittableRandom(1_904L);
        int runs = 200;
        int[] covered = new int[6];
        for (int run = 0; run < runs; run++) {
            for (int planted = 0; planted < 2; planted++) {
                double p1 = planted == 1 ? 0.26 : 0.20;
                EffectEstimates e = simulate(random, 1_000, 0.20, p1);
                double or = p1 / (1 - p1) / (0.20 / 0.80);
                covered[3 * planted] += e.uplift().contains(p1 - 0.20) ? 1 : 0;
                covered[3 * planted + 1] += e.oddsRatio().contains(or) ? 1 : 0;
                covered[3 * planted + 2] += e.revenuePerCustomer().contains(50 * (p1 - 0.20)) ? 1 : 0;
            }
        }
        for (int k = 0; k < covered.length; k++) {
            double rate = (double) covered[k] / runs;
            // 95 % coverage; 200 runs give a standard error of 1.5 points.
            assertTrue(rate >= 0.9 && rate <= 0.99, "interval " + k + " covered the truth in " + rate);
        }
    }

    @Test
    void estimate_groupWithoutConversions_isRefused() {
        int[] contacted = {1, 1, 1, 0, 0, 0};
        int[] converted = {1, 0, 1, 0, 0, 0};
        ValidationException refused = assertThrows(ValidationException.class, () -> EffectEstimates.estimate(
                contacted, converted, new double[6][0], List.of(), new double[6], 0.95));
        assertEquals("members", refused.field());
        assertEquals(EffectEstimates.BOTH_OUTCOMES, refused.rule());
    }

    @Test
    void estimate_collinearCovariate_isLeftOut() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 400;
        int[] contacted = new int[n];
        int[] converted = new int[n];
        double[][] covariates = new double[n][3];
        double[] revenue = new double[n];
        for (int i = 0; i < n; i++) {
            contacted[i] = random.nextDouble() < 0.8 ? 1 : 0;
            converted[i] = random.nextDouble() < 0.3 ? 1 : 0;
            covariates[i][0] = random.nextInt(1, 365);
            covariates[i][1] = random.nextInt(0, 5);
            covariates[i][2] = 10 * covariates[i][1];
            revenue[i] = 50 * converted[i];
        }
        EffectEstimates e = EffectEstimates.estimate(contacted, converted, covariates, NAMES, revenue, 0.95);
        assertEquals(List.of("recencyDays", "purchases"), e.covariates());
    }

    /** Members without covariates who convert with probability p0 (held out, 20 %) or p1 and then spend 50. */
    private static EffectEstimates simulate(SplittableRandom random, int n, double p0, double p1) {
        int[] contacted = new int[n];
        int[] converted = new int[n];
        double[][] covariates = new double[n][3];
        double[] revenue = new double[n];
        for (int i = 0; i < n; i++) {
            contacted[i] = random.nextDouble() < 0.8 ? 1 : 0;
            converted[i] = random.nextDouble() < (contacted[i] == 1 ? p1 : p0) ? 1 : 0;
            covariates[i][0] = random.nextInt(1, 365);
            covariates[i][1] = random.nextInt(0, 5);
            covariates[i][2] = covariates[i][1] * 10 * random.nextInt(1, 4);
            revenue[i] = 50 * converted[i] + (random.nextDouble() < 0.3 ? 10 : 0);
        }
        return EffectEstimates.estimate(contacted, converted, covariates, NAMES, revenue, 0.95);
    }

    private static void assertInterval(double[] expected, Interval actual, double tolerance) {
        assertEquals(expected[0], actual.estimate(), tolerance * Math.max(1, Math.abs(expected[0])), "estimate");
        assertEquals(expected[1], actual.lower(), tolerance * Math.max(1, Math.abs(expected[1])), "lower");
        assertEquals(expected[2], actual.upper(), tolerance * Math.max(1, Math.abs(expected[2])), "upper");
    }

    private static List<String[]> read(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = EffectEstimatesTest.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while (line != null && line.startsWith("#")) {
                line = reader.readLine();
            }
            for (line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(line.contains(";") ? ";" : ","));
            }
        }
        return rows;
    }
}
