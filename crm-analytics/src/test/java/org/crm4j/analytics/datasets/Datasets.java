package org.crm4j.analytics.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Loads the classic classification data sets committed under {@code src/test/resources/datasets} (see the
 * README there for provenance).
 */
public final class Datasets {

    /**
     * A labelled data set.
     *
     * @param name       the data set's name
     * @param x          the features, one row per observation
     * @param y          the class of each row, an index into {@code classNames}
     * @param classNames the class names
     */
    public record Dataset(String name, double[][] x, int[] y, String[] classNames) {
        /** @return the number of classes */
        public int classCount() {
            return classNames.length;
        }
    }

    private Datasets() {
    }

    /** @return Fisher's iris: 150 × 4, 3 classes */
    public static Dataset iris() {
        return load("iris");
    }

    /** @return UCI wine: 178 × 13, 3 classes */
    public static Dataset wine() {
        return load("wine");
    }

    /** @return Wisconsin diagnostic breast cancer: 569 × 30, 2 classes */
    public static Dataset breastCancer() {
        return load("breast_cancer");
    }

    /** @return optical recognition of handwritten digits: 1797 × 64, 10 classes */
    public static Dataset digits() {
        return load("digits");
    }

    /**
     * Loads {@code datasets/NAME.csv} from the test class path.
     *
     * @param name the file name without extension
     * @return the data set
     */
    public static Dataset load(String name) {
        String resource = "/datasets/" + name + ".csv";
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",");
            int rows = Integer.parseInt(header[0].strip());
            int features = Integer.parseInt(header[1].strip());
            String[] classNames = Arrays.copyOfRange(header, 2, header.length);
            double[][] x = new double[rows][features];
            int[] y = new int[rows];
            for (int i = 0; i < rows; i++) {
                String[] cells = reader.readLine().split(",");
                if (cells.length != features + 1) {
                    throw new IllegalStateException(resource + " line " + (i + 2) + " has " + cells.length + " cells");
                }
                for (int j = 0; j < features; j++) {
                    x[i][j] = Double.parseDouble(cells[j]);
                }
                y[i] = Integer.parseInt(cells[features].strip());
            }
            return new Dataset(name, x, y, classNames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
