package org.crm4j.examples.demo;

/**
 * The behavioural groups a {@link DemoCompany}'s customers are drawn from: the planted truth that segmentation,
 * churn and lifetime-value insights should find again. Rates are per month of a customer's activity; every
 * customer's purchase rate is also multiplied by a personal log-normal factor (median 1, σ 0.3).
 */
public enum Persona {
    /** Buy often and much, premium products favoured; very satisfied. */
    CHAMPION(0.10, 6.3, 1.5, 0.012, 4.8),
    /** Buy regularly. */
    LOYAL(0.25, 2.8, 1.0, 0.012, 4.6),
    /** Buy a few times a year. */
    OCCASIONAL(0.30, 0.65, 0.8, 0.010, 4.4),
    /** Joined in the last three months, first purchase in the month they joined. */
    NEWCOMER(0.10, 1.9, 1.0, 0.020, 4.5),
    /**
     * Bought regularly, then complained (one to three complaints in the 90 days before), saw a relationship
     * deteriorate and stopped buying, 6 to 18 months into the history.
     */
    LAPSED(0.25, 2.5, 1.0, 0.012, 3.4);

    private final double share;
    private final double occasionsPerMonth;
    private final double extraLines;
    private final double ticketsPerMonth;
    private final double csat;

    Persona(double share, double occasionsPerMonth, double extraLines, double ticketsPerMonth, double csat) {
        this.share = share;
        this.occasionsPerMonth = occasionsPerMonth;
        this.extraLines = extraLines;
        this.ticketsPerMonth = ticketsPerMonth;
        this.csat = csat;
    }

    /** @return the share of the generated customers, in (0, 1); the shares add up to 1 */
    public double share() {
        return share;
    }

    /** @return the mean number of purchase occasions (baskets) per active month */
    public double occasionsPerMonth() {
        return occasionsPerMonth;
    }

    /** @return the mean number of products per basket beyond the first (complements not counted) */
    public double extraLines() {
        return extraLines;
    }

    /** @return the mean number of service tickets per active month (complaints before lapsing not counted) */
    public double ticketsPerMonth() {
        return ticketsPerMonth;
    }

    /** @return the mean CSAT (1 to 5) of this group's survey answers before the SLA and trend effects */
    public double csat() {
        return csat;
    }
}
