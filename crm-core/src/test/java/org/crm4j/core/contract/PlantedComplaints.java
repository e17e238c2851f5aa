package org.crm4j.core.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;

/**
 * A seeded generator of customers who churn because they complain, planted through the public services. Each
 * customer last bought 1 to 60 days before the cut-off (so recency tells nothing), after 0 to 4 earlier purchases in
 * the 200 days before; in the 90 days before the cut-off the customer opened 0 to 4 {@code COMPLAINT} tickets and
 * 0 to 2 {@code QUESTION} tickets, returned the latest purchase (30 %), responded to a running campaign (40 %) and
 * saw a relationship with the previous customer deteriorate (every second customer, 50 %), all independent. The
 * customer churns (buys nothing in the 90 days after the cut-off) exactly when they opened at least
 * {@value #COMPLAINT_RULE} complaints, except for a seeded {@value #NOISE_PERCENT} % whose fate is flipped. The
 * clock is moved to each event's time and left at {@code cutoff + 100 days}.
 */
public final class PlantedComplaints {

    /** Customers with at least this many complaints in the 90 days before the cut-off churn. */
    public static final int COMPLAINT_RULE = 2;
    /** The share of customers whose churn is flipped against the rule, in percent. */
    public static final int NOISE_PERCENT = 5;

    private PlantedComplaints() {
    }

    /**
     * @param crm       an empty CRM running on {@code clock}
     * @param clock     the CRM's clock
     * @param cutoff    the cut-off
     * @param customers the number of customers, even
     * @param seed      the seed
     * @return each customer's planted churn, in the order of registration
     */
    public static Map<CustomerId, Boolean> plant(Crm crm, MutableClock clock, Instant cutoff, int customers,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant end = cutoff.plus(Duration.ofDays(100));
        clock.set(cutoff.minus(Duration.ofDays(95)));
        Product product = crm.products().create(new NewProduct("COMPLAINTS-1", "Planted product",
                Money.of("10.00", "EUR"), 10_000_000));
        LocalDate start = LocalDate.ofInstant(cutoff.minus(Duration.ofDays(95)), ZoneOffset.UTC);
        Campaign campaign = crm.campaigns().plan(new NewCampaign("Planted campaign", start,
                start.plusDays(200), new CampaignTarget("everyone", "responses"), CampaignChannel.EMAIL,
                Money.of("100.00", "EUR")));
        List<CustomerId> ids = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            ids.add(crm.customers().register(NewCustomer.of("Complainer " + i, "complainer" + i + "@example.org"))
                    .id());
        }
        crm.campaigns().addMembers(campaign.id(), ids);
        List<CustomerRelationship> relationships = new ArrayList<>();
        for (int i = 1; i < customers; i += 2) {
            relationships.add(crm.relationships().establish(NewRelationship.of(ids.get(i - 1), ids.get(i),
                    RelationshipType.FRIEND, start)));
        }
        Map<CustomerId, Boolean> truth = new LinkedHashMap<>();
        for (int i = 0; i < customers; i++) {
            CustomerId id = ids.get(i);
            clock.set(end);
            Instant last = cutoff.minus(Duration.ofDays(random.nextInt(1, 61))).minusSeconds(random.nextInt(86_400));
            List<NewSale> sales = new ArrayList<>();
            int earlier = random.nextInt(0, 5);
            for (int k = 0; k < earlier; k++) {
                Instant at = last.minus(Duration.ofDays(random.nextInt(1, 201))).minusSeconds(random.nextInt(86_400));
                sales.add(NewSale.of(id, product.id(), random.nextInt(1, 6)).withSoldAt(at));
            }
            if (!sales.isEmpty()) {
                crm.sales().recordAll(sales);
            }
            Sale latest = crm.sales().record(NewSale.of(id, product.id(), random.nextInt(1, 6)).withSoldAt(last));
            if (random.nextInt(100) < 30) {
                crm.sales().recordReturn(NewReturn.of(latest.id(), 1).withReturnedAt(last.plus(Duration.ofHours(
                        random.nextInt(1, 24)))));
            }
            int complaints = random.nextInt(0, 5);
            int questions = random.nextInt(0, 3);
            for (int t = 0; t < complaints + questions; t++) {
                clock.set(withinQuarter(cutoff, random));
                crm.tickets().open(NewTicket.of(id, "Planted ticket " + t, "Planted.", t < complaints ? "COMPLAINT"
                        : "QUESTION", TicketPriority.NORMAL, TicketChannel.EMAIL));
            }
            if (random.nextInt(100) < 40) {
                clock.set(withinQuarter(cutoff, random));
                crm.campaigns().recordResponse(campaign.id(), id);
            }
            if (i % 2 == 1 && random.nextInt(100) < 50) {
                clock.set(withinQuarter(cutoff, random));
                crm.relationships().changeStatus(relationships.get(i / 2).id(), random.nextBoolean()
                        ? RelationshipStatus.FAIR : RelationshipStatus.DETERIORATING);
            }
            boolean churns = complaints >= COMPLAINT_RULE ^ random.nextInt(100) < NOISE_PERCENT;
            truth.put(id, churns);
            clock.set(end);
            if (!churns) {
                crm.sales().record(NewSale.of(id, product.id(), random.nextInt(1, 6))
                        .withSoldAt(cutoff.plus(Duration.ofDays(random.nextInt(1, 81)))));
            }
        }
        clock.set(end);
        return truth;
    }

    private static Instant withinQuarter(Instant cutoff, SplittableRandom random) {
        return cutoff.minus(Duration.ofDays(random.nextInt(1, 90))).minusSeconds(random.nextInt(86_400));
    }
}
