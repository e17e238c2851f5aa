package org.crm4j.analytics.internal;

/**
 * Machine constants shared by every family, defined once (as EJML's {@code UtilEjml}). Family-specific thresholds
 * live in each package's {@code Tolerances} class next to the reason for their value.
 *
 * <p>Internal: not exported from the module.
 */
public final class Precision {

    /**
     * The distance from 1.0 to the next larger double, {@code 2^-52 ≈ 2.22e-16}: the relative rounding bound of
     * one floating-point operation, used where a quantity is "zero up to rounding" and as the convergence limit of
     * series and continued fractions that cannot get closer.
     */
    public static final double EPSILON = 0x1p-52;

    private Precision() {
    }
}
