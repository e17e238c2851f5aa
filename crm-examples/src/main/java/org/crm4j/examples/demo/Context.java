package org.crm4j.examples.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.core.product.ProductId;

/** What the phases of one generation share: the CRM, its clock, the plan, the ids written so far, the stock. */
final class Context {

    final Crm crm;
    final DemoClock clock;
    final long seed;
    final Instant start;
    /** The start of the story (the last two years), where leads, tickets and campaigns begin. */
    final Instant storyStart;
    final Instant end;
    final YearMonth firstMonth;
    final List<People.Planned> people;
    final List<CustomerId> customers = new ArrayList<>();
    final ProductId[] products = new ProductId[Catalogue.ITEMS.size()];
    final Money[] prices = new Money[Catalogue.ITEMS.size()];
    /** The stock of each product as the generator knows it (it is the only writer while it runs). */
    final long[] stock = new long[Catalogue.ITEMS.size()];
    private final ProgressListener listener;
    private final int steps;
    private int step;

    Context(Crm crm, DemoOptions options, long seed, List<People.Planned> people, ProgressListener listener,
            int steps) {
        this.crm = crm;
        this.clock = options.clock();
        this.seed = seed;
        this.start = options.start();
        this.storyStart = options.storyStart();
        this.end = options.end();
        this.firstMonth = options.firstMonth();
        this.people = people;
        this.listener = listener;
        this.steps = steps;
    }

    /** Moves the clock; never past the end of the history. */
    void at(Instant time) {
        clock.set(time.isAfter(end) ? end : time);
    }

    /** Tells the listener that one more step is done. */
    void done(String stage) {
        step++;
        listener.progress(stage, Math.min(step, steps), steps);
    }

    /** Tops up a product's stock to at least {@code needed} units, at the clock's time. */
    void ensureStock(int product, long needed) {
        if (stock[product] < needed) {
            int more = Math.toIntExact(needed - stock[product]);
            crm.products().restock(products[product], more);
            stock[product] += more;
        }
    }
}
