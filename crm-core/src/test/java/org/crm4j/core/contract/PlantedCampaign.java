package org.crm4j.core.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;

/**
 * A seeded generator of campaigns with a known effect, planted through the public services. Customers get 0 to 4
 * purchases of 1 to 3 units at 10 EUR in the year before the campaigns (the covariates). A campaign holds out a share of its members
 * ({@link ControlGroup}), then each held-out member converts with probability {@code controlRate} and each
 * contacted one with {@code contactedRate}, independently of everything else; a converter spends
 * {@value #CONVERSION_SPEND} EUR in the campaign window and every member, converter or not, spends 10 EUR in it
 * with probability 0.3 (noise). The true uplift is therefore {@code contactedRate − controlRate} and the true
 * incremental revenue per contacted customer {@code (contactedRate − controlRate) × 50} EUR.
 *
 * <p>The CRM's clock must be a {@link MutableClock} at {@link #NOW}: planting moves it past the campaign windows.
 */
public final class PlantedCampaign {

    /** Where the CRM's clock starts. */
    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    /** What a converter spends in the campaign window, in EUR. */
    public static final int CONVERSION_SPEND = 50;

    private final Crm crm;
    private final MutableClock clock;
    private final List<CustomerId> customers;
    private final Product product;

    private PlantedCampaign(Crm crm, MutableClock clock, List<CustomerId> customers, Product product) {
        this.crm = crm;
        this.clock = clock;
        this.customers = customers;
        this.product = product;
    }

    /**
     * Imports {@code n} customers with their pre-campaign purchases.
     *
     * @param crm   an empty CRM over {@code clock}
     * @param clock the CRM's clock, at {@link #NOW}
     * @param n     the number of customers
     * @param seed  the seed
     * @return the generator, to plant campaigns with
     */
    public static PlantedCampaign customers(Crm crm, MutableClock clock, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Product product = crm.products().create(new NewProduct("EFFECT-1", "Planted product",
                Money.of("10.00", "EUR"), 100_000_000));
        crm.imports().importCustomers(IntStream.range(0, n)
                .mapToObj(i -> NewCustomer.of("Member " + i, "member" + i + "@example.org")));
        List<CustomerId> ids = new ArrayList<>(n);
        for (int page = 0; ids.size() < n; page++) {
            Page<Customer> p = crm.customers().search(CustomerQuery.all(),
                    PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(CustomerSort.ID)));
            p.content().forEach(c -> ids.add(c.id()));
        }
        List<NewSale> sales = new ArrayList<>();
        for (CustomerId id : ids) {
            int purchases = random.nextInt(0, 5);
            for (int k = 0; k < purchases; k++) {
                sales.add(NewSale.of(id, product.id(), random.nextInt(1, 4)).withSoldAt(
                        NOW.minus(Duration.ofDays(random.nextInt(1, 360))).minusSeconds(random.nextInt(86_400))));
            }
        }
        record(crm, sales);
        return new PlantedCampaign(crm, clock, List.copyOf(ids), product);
    }

    /**
     * Plans a campaign from {@code startDay} days after {@link #NOW} for 14 days, holds out {@code controlShare} of
     * its members, targets every customer, then moves the clock past its end and plants conversions and window
     * sales.
     *
     * @return the campaign
     */
    public Campaign plant(String name, int startDay, double controlShare, double controlRate, double contactedRate,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(startDay);
        Campaign campaign = crm.campaigns().plan(new NewCampaign(name, start, start.plusDays(13),
                new CampaignTarget("everyone", "more conversions"), CampaignChannel.EMAIL, Money.of("1000", "EUR")));
        crm.campaigns().holdOut(campaign.id(), ControlGroup.of(controlShare, seed));
        crm.campaigns().addMembers(campaign.id(), customers);
        Instant windowStart = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (clock.instant().isBefore(windowStart.plus(Duration.ofDays(15)))) {
            clock.set(windowStart.plus(Duration.ofDays(15)));
        }
        List<NewSale> sales = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<CampaignMemberDetails> p = crm.campaigns().members(campaign.id(),
                    PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(CampaignMemberSort.ID)));
            for (CampaignMemberDetails member : p.content()) {
                CustomerId id = member.member().customer();
                Instant at = windowStart.plus(Duration.ofDays(random.nextInt(0, 14))).plusSeconds(random.nextInt(86_400));
                if (random.nextDouble() < (member.member().control() ? controlRate : contactedRate)) {
                    crm.campaigns().recordConversion(campaign.id(), id);
                    sales.add(NewSale.of(id, product.id(), CONVERSION_SPEND / 10).withSoldAt(at));
                }
                if (random.nextDouble() < 0.3) {
                    sales.add(NewSale.of(id, product.id(), 1).withSoldAt(at.plusSeconds(1)));
                }
            }
            if (p.content().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        record(crm, sales);
        return campaign;
    }

    private static void record(Crm crm, List<NewSale> sales) {
        for (int from = 0; from < sales.size(); from += 1_000) {
            crm.sales().recordAll(sales.subList(from, Math.min(sales.size(), from + 1_000)));
        }
    }
}
