package org.crm4j.analytics.lifetime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW cohort summary of {@code src/test/resources/lifetime/cdnow_summary.csv} (see the README there): 2 357
 * customers, times in weeks.
 */
final class Cdnow {

    final double[] x;
    final double[] tx;
    final double[] age;
    final double[] zbar;

    private Cdnow(double[] x, double[] tx, double[] age, double[] zbar) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.zbar = zbar;
    }

    static Cdnow load() {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = Cdnow.class.getResourceAsStream("/lifetime/cdnow_summary.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] zbar = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            x[i] = r[0];
            tx[i] = r[1];
            age[i] = r[2];
            zbar[i] = r[3];
        }
        return new Cdnow(x, tx, age, zbar);
    }

    /** @return the rows with {@code x > 0}: {frequency, averageValue} */
    double[][] repeatCustomers() {
        int m = 0;
        for (double v : x) {
            if (v > 0) {
                m++;
            }
        }
        double[] f = new double[m];
        double[] z = new double[m];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                f[k] = x[i];
                z[k++] = zbar[i];
            }
        }
        return new double[][] {f, z};
    }
}
