package org.crm4j.examples.demo;

/**
 * How big a {@link DemoCompany} is. Sales scale with the customers (about 100 sale lines per customer over the two
 * years); leads, tickets and relationships scale with them too.
 */
public enum DemoSize {
    /** 60 customers, about 6 000 sales, 40 leads: a few seconds on a database, for the web console's tests. */
    TINY(60, 40),
    /** 300 customers, about 31 000 sales, 200 leads: a few seconds, for the quick start and tests. */
    SMALL(300, 200),
    /** 2 000 customers, about 200 000 sales, 600 leads. */
    MEDIUM(2_000, 600),
    /** 10 000 customers, about 1 000 000 sales, 2 000 leads. */
    LARGE(10_000, 2_000);

    private final int customers;
    private final int leads;

    DemoSize(int customers, int leads) {
        this.customers = customers;
        this.leads = leads;
    }

    /** @return the customers generated directly (leads converted into customers come on top) */
    public int customers() {
        return customers;
    }

    /** @return the leads generated */
    public int leads() {
        return leads;
    }
}
