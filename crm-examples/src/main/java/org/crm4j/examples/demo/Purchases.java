package org.crm4j.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the demo company's sales: each customer's baskets per month of activity (a Poisson number with mean
 * {@code persona rate × personal rate × season × trend}, the shop's season peaking in December at +20 %, the trend
 * +5 % a year), the products of a basket drawn by popularity times their own season (champions
 * favour dearer products), a product's complement joining with its planted probability.
 */
final class Purchases {

    /** Months of a history: the full months and the month of the end. */
    static final int MONTHS = DemoOptions.HISTORY_MONTHS + 1;

    /**
     * A planned sale line.
     *
     * @param customer the customer's index in the plan
     * @param product  the product's index in the catalogue
     * @param quantity the units
     * @param at       when, in epoch seconds
     * @param campaign the index of the campaign it is attributed to, or -1
     */
    record Line(int customer, int product, int quantity, long at, int campaign) {
    }

    private final double[][] weights = new double[12][];
    private final double[][] premiumWeights = new double[12][];
    private final Draw draw;

    private Purchases(Draw draw) {
        this.draw = draw;
        List<Catalogue.Item> items = Catalogue.ITEMS;
        for (int month = 1; month <= 12; month++) {
            double[] plain = new double[items.size()];
            double[] premium = new double[items.size()];
            for (int p = 0; p < items.size(); p++) {
                Catalogue.Item item = items.get(p);
                plain[p] = item.weight() * item.seasonal(month);
                premium[p] = plain[p] * Math.sqrt(Double.parseDouble(item.price()) / 10.0);
            }
            weights[month - 1] = plain;
            premiumWeights[month - 1] = premium;
        }
    }

    /**
     * @param customers  the planned customers
     * @param firstMonth the first month of the history
     * @param end        the end of the history
     * @param draw       the phase's stream
     * @return the lines of each month of the history, {@link #MONTHS} lists
     */
    static List<List<Line>> plan(List<People.Planned> customers, YearMonth firstMonth, Instant end, Draw draw) {
        Purchases purchases = new Purchases(draw);
        List<List<Line>> months = new ArrayList<>(MONTHS);
        for (int m = 0; m < MONTHS; m++) {
            months.add(new ArrayList<>());
        }
        for (People.Planned customer : customers) {
            purchases.customer(customer, firstMonth, end, months);
        }
        return months;
    }

    private void customer(People.Planned customer, YearMonth firstMonth, Instant end, List<List<Line>> months) {
        Instant until = customer.activeUntil(end);
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = firstMonth.plusMonths(m);
            Instant monthStart = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant from = customer.joined().isAfter(monthStart) ? customer.joined() : monthStart;
            Instant to = until.isBefore(monthEnd) ? until : monthEnd;
            if (!from.isBefore(to)) {
                continue;
            }
            double fraction = (double) Duration.between(from, to).toSeconds()
                    / Duration.between(monthStart, monthEnd).toSeconds();
            double season = 1 + 0.2 * Math.cos(2 * Math.PI * (month.getMonthValue() - 12) / 12.0);
            double trend = 1 + 0.05 * m / 12.0;
            int baskets = draw.poisson(customer.persona().occasionsPerMonth() * customer.rate() * season * trend
                    * fraction);
            boolean joinedThisMonth = !customer.joined().isBefore(monthStart) && customer.joined().isBefore(monthEnd);
            if (baskets == 0 && joinedThisMonth && customer.persona() == Persona.NEWCOMER) {
                baskets = 1;
            }
            for (int k = 0; k < baskets; k++) {
                basket(customer, draw.instant(from, to), month.getMonthValue(), months.get(m));
            }
        }
    }

    private void basket(People.Planned customer, Instant at, int month, List<Line> lines) {
        double[] w = customer.persona() == Persona.CHAMPION ? premiumWeights[month - 1] : weights[month - 1];
        double total = 0;
        for (double x : w) {
            total += x;
        }
        int count = 1 + draw.poisson(customer.persona().extraLines());
        boolean[] chosen = new boolean[w.length];
        List<Integer> products = new ArrayList<>(count + 2);
        for (int j = 0; j < count; j++) {
            int p = draw.weighted(w, total);
            if (chosen[p]) {
                continue;
            }
            chosen[p] = true;
            products.add(p);
            Catalogue.Item item = Catalogue.ITEMS.get(p);
            if (item.complement() != null && draw.chance(item.together())) {
                int q = Catalogue.index(item.complement());
                if (!chosen[q]) {
                    chosen[q] = true;
                    products.add(q);
                }
            }
        }
        long second = at.getEpochSecond();
        for (int p : products) {
            int quantity = Catalogue.ITEMS.get(p).equipment() ? 1
                    : 1 + (draw.chance(0.35) ? 1 : 0) + (draw.chance(0.1) ? 1 : 0);
            lines.add(new Line(customer.index(), p, quantity, second, -1));
        }
    }
}
