package org.crm4j.core.insight;

/**
 * Hears how far a long insight has come: after each step of an insight, on the calling thread, with the step just
 * finished (1-based) and the number of steps of that insight. Steps are coarse (read the aggregates, fit, score or
 * tabulate); the last call has {@code step == steps}. An exception thrown by the listener aborts the insight and
 * propagates (the insights change nothing, so nothing is left half-done).
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (stage, step, steps) -> {
    };

    /**
     * @param stage what was just done, in words (for example {@code "read the RFM inputs of 1200 customers"})
     * @param step  the step just finished, in {@code [1, steps]}
     * @param steps the number of steps of this insight
     */
    void progress(String stage, int step, int steps);
}
