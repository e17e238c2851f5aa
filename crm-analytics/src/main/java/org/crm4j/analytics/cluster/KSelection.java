package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import org.crm4j.analytics.internal.Checks;

/**
 * The result of {@link KMeans#selectK}: for every {@code k} tried, the fitted model, its inertia and its mean
 * silhouette, with two suggested choices of {@code k}.
 *
 * <ul>
 *   <li>{@link #silhouetteK()}: the {@code k} of highest mean silhouette (the smallest on ties) — the usual choice
 *       when the clusters are reasonably separated;</li>
 *   <li>{@link #elbowK()}: the "knee" of the inertia curve, found as in Kneedle: both axes are scaled to
 *       {@code [0, 1]} and the {@code k} whose point lies farthest below the straight line joining the first and
 *       last points is chosen (the smallest on ties; {@code kMin} when fewer than three values were tried or the
 *       curve is straight).</li>
 * </ul>
 * The two often agree; when they do not, look at {@link #summary()}.
 *
 * <p>Immutable. Reference: V. Satopää, J. Albrecht, D. Irwin and B. Raghavan, "Finding a 'kneedle' in a
 * haystack: detecting knee points in system behavior", ICDCS Workshops 2011.
 */
public final class KSelection {

    private final int kMin;
    private final KMeansModel[] models;
    private final double[] silhouettes;

    KSelection(int kMin, KMeansModel[] models, double[] silhouettes) {
        this.kMin = kMin;
        this.models = models.clone();
        this.silhouettes = silhouettes.clone();
    }

    /** @return the values of {@code k} tried, increasing */
    public int[] ks() {
        int[] ks = new int[models.length];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = kMin + i;
        }
        return ks;
    }

    /** @return the inertia of each {@code k}, in the order of {@link #ks()} */
    public double[] inertias() {
        double[] inertias = new double[models.length];
        for (int i = 0; i < inertias.length; i++) {
            inertias[i] = models[i].inertia();
        }
        return inertias;
    }

    /** @return the mean silhouette of each {@code k}, in the order of {@link #ks()} */
    public double[] silhouettes() {
        return silhouettes.clone();
    }

    /**
     * @param k one of {@link #ks()}
     * @return the model fitted with it
     * @throws IllegalArgumentException if {@code k} was not tried
     */
    public KMeansModel model(int k) {
        require(k >= kMin && k < kMin + models.length, "k must be in [%d, %d], was %d", kMin,
                kMin + models.length - 1, k);
        return models[k - kMin];
    }

    /** @return the {@code k} of highest mean silhouette */
    public int silhouetteK() {
        int best = 0;
        for (int i = 1; i < silhouettes.length; i++) {
            if (silhouettes[i] > silhouettes[best]) {
                best = i;
            }
        }
        return kMin + best;
    }

    /** @return the {@code k} at the knee of the inertia curve */
    public int elbowK() {
        int last = models.length - 1;
        double first = models[0].inertia();
        double range = first - models[last].inertia();
        if (last < 2 || !(range > 0)) {
            return kMin;
        }
        int best = 0;
        double deepest = 0;
        for (int i = 1; i < last; i++) {
            double along = (double) i / last;
            double scaled = (models[i].inertia() - models[last].inertia()) / range;
            double below = (1 - along) - scaled;
            if (below > deepest) {
                deepest = below;
                best = i;
            }
        }
        return kMin + best;
    }

    /** @return a table of {@code k}, inertia and silhouette, followed by both choices */
    public String summary() {
        StringBuilder out = new StringBuilder(64 * (models.length + 2));
        out.append(Checks.message("%4s %16s %11s%n", "k", "inertia", "silhouette"));
        for (int i = 0; i < models.length; i++) {
            out.append(Checks.message("%4d %16.6g %11.4f%n", kMin + i, models[i].inertia(), silhouettes[i]));
        }
        out.append(Checks.message("silhouette choice k = %d, elbow choice k = %d%n", silhouetteK(), elbowK()));
        return out.toString();
    }

    @Override
    public String toString() {
        return Checks.message("KSelection[k in [%d, %d], silhouette k=%d, elbow k=%d]", kMin,
                kMin + models.length - 1, silhouetteK(), elbowK());
    }
}
