package org.crm4j.analytics.internal;

/**
 * R's significance codes of {@code printCoefmat}, shared by the models' {@code summary()} tables.
 *
 * <p>Internal: not exported from the module.
 */
public final class Significance {

    /** The legend line R prints under a coefficient table. */
    public static final String LEGEND = "Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1";

    private Significance() {
    }

    /**
     * @param p a p-value in [0, 1] (NaN gives no code)
     * @return {@code "***"} up to 0.001, {@code "**"} up to 0.01, {@code "*"} up to 0.05, {@code "."} up to 0.1,
     *         else {@code ""}: R's {@code symnum} cut points, intervals closed on the right as R's (checked with
     *         R 4.2.2: 0.001 is {@code "***"}, 0.1 is {@code "."})
     */
    public static String stars(double p) {
        if (p <= 0.001) {
            return "***";
        } else if (p <= 0.01) {
            return "**";
        } else if (p <= 0.05) {
            return "*";
        } else if (p <= 0.1) {
            return ".";
        }
        return "";
    }
}
