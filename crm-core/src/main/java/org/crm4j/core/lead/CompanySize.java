package org.crm4j.core.lead;

import java.util.Locale;
import org.crm4j.core.ValidationException;

/**
 * The size band of a lead's company by its number of employees, the bands of the EU SME definition (Commission
 * Recommendation 2003/361/EC: micro under 10, small under 50, medium under 250) with the large companies split at
 * 1 000. A closed set: a lead scorer learns one conversion rate per band.
 */
public enum CompanySize {
    /** 1 to 9 employees. */
    MICRO(1, 9),
    /** 10 to 49 employees. */
    SMALL(10, 49),
    /** 50 to 249 employees. */
    MEDIUM(50, 249),
    /** 250 to 999 employees. */
    LARGE(250, 999),
    /** 1 000 employees or more. */
    ENTERPRISE(1_000, Integer.MAX_VALUE);

    /** The rule broken by a head count below one (field {@code employees}). */
    public static final String POSITIVE = "must be >= 1";

    private final int minEmployees;
    private final int maxEmployees;

    CompanySize(int minEmployees, int maxEmployees) {
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
    }

    /** @return the fewest employees of the band, at least 1 */
    public int minEmployees() {
        return minEmployees;
    }

    /** @return the most employees of the band; {@link Integer#MAX_VALUE} for ENTERPRISE */
    public int maxEmployees() {
        return maxEmployees;
    }

    /**
     * The band of a head count.
     *
     * @param employees the number of employees, at least 1
     * @return the band that holds it
     * @throws ValidationException on field {@code employees} (rule {@link #POSITIVE}) if below 1
     */
    public static CompanySize ofEmployees(int employees) {
        if (employees < 1) {
            throw new ValidationException("employees", POSITIVE, String.format(Locale.ROOT, "%d", employees));
        }
        for (CompanySize size : values()) {
            if (employees <= size.maxEmployees) {
                return size;
            }
        }
        throw new AssertionError(employees);
    }
}
