package org.crm4j.examples.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crm4j.core.Crm;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketSettings;

/**
 * A generated company to explore crm4j with: a tea and coffee shop with three years of history, written through
 * crm-core's public services only, so it works on every adapter (in memory, H2, PostgreSQL, MariaDB).
 *
 * <p>{@link #generate} writes, with a known truth planted in each part:
 * <ul>
 *   <li>22 products with seasonal demand (iced tea and cold brew peak in July, the advent calendar in November)
 *       and three complementary pairs ({@link #complementaryPairs()}: matcha → whisk, teapot → strainer,
 *       French press → ground coffee);</li>
 *   <li>customers of five behavioural groups ({@link Persona}), most there from the start, the others joining
 *       month by month, the lapsed ones stopping 6 to 18 months in, after complaints;</li>
 *   <li>about 100 sale lines per customer as baskets of a customer's day, recorded month by month with
 *       {@code recordAll} after the month's deliveries (restocks); the final stock lies between 0.2 and 1.8
 *       months of demand;</li>
 *   <li>three campaigns with a 20 % control group and a planted effect on conversion
 *       ({@link #campaigns()});</li>
 *   <li>leads whose conversion depends on their source, converted into customers with opportunities that move
 *       through the stages and are won (recording their sales) or lost; the recent ones still open;</li>
 *   <li>tickets with SLA targets ({@link #ticketSettings()}), after-ticket surveys with CSAT and NPS that fall
 *       after a breached target and rise as the team gets faster; relationships that deteriorate before a
 *       customer lapses.</li>
 * </ul>
 * Everything is drawn from seeded streams: on CRMs built alike (the same adapter, an empty store, {@code
 * IdGenerator.seeded(x)} ids and the options' clock) the same seed and options write the same records, ids and
 * times included. The ids matter: campaign control groups are drawn from each customer's id. Generation is many
 * transactions, not one: an exception part-way leaves what was written so far.
 *
 * <p>Speed: the sales go through {@code SalesService.recordAll} and the customers through
 * {@code ImportService.importCustomers}; the other records one service call each.
 */
public final class DemoCompany {

    /** The SKU whose presence says that a CRM holds a demo company. */
    public static final String MARKER_SKU = "DEMO-TEA-ASSAM";
    /** The rule of a CRM that holds a demo company already. */
    public static final String ONCE = "must not hold a demo company already (product " + MARKER_SKU + " exists)";
    /** The rule of options whose clock is not the CRM's. */
    public static final String SAME_CLOCK = "must be the clock the CRM was built on";

    private static final TicketSettings TICKET_SETTINGS = settings();

    /**
     * A pair of products bought together.
     *
     * @param antecedent  the SKU bought first
     * @param consequent  the SKU that joins the basket
     * @param probability the planted probability that it joins
     */
    public record ComplementaryPair(String antecedent, String consequent, double probability) {
    }

    /**
     * A campaign with its planted conversion rates.
     *
     * @param id            the campaign
     * @param name          its name
     * @param startDate     its first day
     * @param endDate       its last day
     * @param controlRate   the probability that a held-out member converts
     * @param contactedRate the probability that a contacted member converts
     */
    public record PlantedCampaign(CampaignId id, String name, LocalDate startDate, LocalDate endDate,
                                  double controlRate, double contactedRate) {

        /** @return the planted uplift, {@code contactedRate − controlRate} */
        public double uplift() {
            return contactedRate - controlRate;
        }
    }

    private final long seed;
    private final DemoOptions options;
    private final Map<CustomerId, Persona> personas;
    private final Map<String, ProductId> products;
    private final List<PlantedCampaign> campaigns;
    private final long sales;
    private final int leads;
    private final int opportunities;
    private final int tickets;
    private final int answers;
    private final int relationships;
    private final int campaignTouches;

    private DemoCompany(long seed, DemoOptions options, Context ctx, List<PlantedCampaign> campaigns, long sales,
            Pipeline pipeline, ServiceDesk desk, int relationships, int campaignTouches) {
        this.seed = seed;
        this.options = options;
        Map<CustomerId, Persona> byCustomer = new LinkedHashMap<>();
        for (People.Planned person : ctx.people) {
            byCustomer.put(ctx.customers.get(person.index()), person.persona());
        }
        this.personas = java.util.Collections.unmodifiableMap(byCustomer);
        Map<String, ProductId> bySku = new LinkedHashMap<>();
        for (int p = 0; p < Catalogue.ITEMS.size(); p++) {
            bySku.put(Catalogue.ITEMS.get(p).sku(), ctx.products[p]);
        }
        this.products = java.util.Collections.unmodifiableMap(bySku);
        this.campaigns = List.copyOf(campaigns);
        this.sales = sales;
        this.leads = pipeline.leads();
        this.opportunities = pipeline.opportunities();
        this.tickets = desk.tickets();
        this.answers = desk.answers();
        this.relationships = relationships;
        this.campaignTouches = campaignTouches;
    }

    /**
     * Writes a demo company into a CRM.
     *
     * @param crm      a CRM built on {@code options.clock()} that holds no demo company, not null
     * @param options  the size, the clock and the end of the history, not null
     * @param seed     the seed of every draw
     * @param listener hears each finished step (products, customers, each campaign, each 50 leads, each month's
     *                 sales, the conversions, each 50 tickets, the relationships) on the calling thread, not null
     * @return what was written and the planted truth
     * @throws ValidationException {@code crm}, {@code options} or {@code listener} {@code must not be null};
     *                             {@code crm} {@value #ONCE}; {@code options.clock} {@value #SAME_CLOCK} (found
     *                             after writing the first product)
     */
    public static DemoCompany generate(Crm crm, DemoOptions options, long seed, ProgressListener listener) {
        Require.nonNull("crm", crm);
        Require.nonNull("options", options);
        Require.nonNull("listener", listener);
        if (isGenerated(crm)) {
            throw new ValidationException("crm", ONCE, MARKER_SKU);
        }
        List<People.Planned> people = People.plan(options.size().customers(), options.start(), options.end(),
                options.storyFirstMonth(), Draw.of(seed, 1));
        List<List<Purchases.Line>> months = Purchases.plan(people, options.firstMonth(), options.end(),
                Draw.of(seed, 2));
        List<ServiceDesk.Planned> planned = ServiceDesk.plan(people, options.storyFirstMonth(), options.end(),
                Draw.of(seed, 3));
        int leadCount = options.size().leads();
        int steps = 2 + Shop.CAMPAIGNS.size() + (leadCount + 49) / 50 + Purchases.MONTHS + 1
                + Math.max(1, (planned.size() + 49) / 50) + 1;
        Context ctx = new Context(crm, options, seed, people, listener, steps);
        Shop shop = new Shop(ctx);
        shop.products();
        shop.customers();
        shop.campaigns(months, Draw.of(seed, 4));
        Pipeline pipeline = new Pipeline(ctx, shop.campaigns(), Draw.of(seed, 5));
        pipeline.write(leadCount);
        shop.sales(months, Draw.of(seed, 6));
        int touches = shop.conversions();
        ServiceDesk desk = new ServiceDesk(ctx, Draw.of(seed, 7));
        desk.write(planned);
        if (planned.isEmpty()) {
            ctx.done("no tickets");
        }
        int relationships = new Network(ctx, Draw.of(seed, 8)).write();
        ctx.clock.set(options.end());
        long sales = 0;
        for (List<Purchases.Line> month : months) {
            sales += month.size();
        }
        return new DemoCompany(seed, options, ctx, shop.campaigns(), sales, pipeline, desk, relationships,
                touches);
    }

    /**
     * @param crm a CRM, not null
     * @return whether it holds a demo company (its product {@value #MARKER_SKU})
     */
    public static boolean isGenerated(Crm crm) {
        return Require.nonNull("crm", crm).products().findBySku(MARKER_SKU).isPresent();
    }

    /**
     * The ticket settings the demo company's service desk works to: the default categories (COMPLAINT, INCIDENT,
     * QUESTION, REQUEST) and reopen window, business hours Monday to Friday 08:00–18:00 Europe/Berlin without
     * 1 January, 25 and 26 December, and first-response / resolution targets in business time of 1 h / 8 h
     * (URGENT), 4 h / 16 h (HIGH), 8 h / 30 h (NORMAL) and 16 h / 60 h (LOW). Build the CRM with them
     * ({@code JpaCrm.builder().ticketSettings(...)}) to measure the tickets' SLAs; without them the tickets are
     * written alike, with no targets.
     *
     * @return the settings
     */
    public static TicketSettings ticketSettings() {
        return TICKET_SETTINGS;
    }

    private static TicketSettings settings() {
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))
                .annualHoliday(MonthDay.of(1, 1)).annualHoliday(MonthDay.of(12, 25))
                .annualHoliday(MonthDay.of(12, 26)).build();
        SlaPolicy policy = SlaPolicy.builder()
                .targets(TicketPriority.URGENT, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)))
                .targets(TicketPriority.HIGH, new SlaTargets(Duration.ofHours(4), Duration.ofHours(16)))
                .targets(TicketPriority.NORMAL, new SlaTargets(Duration.ofHours(8), Duration.ofHours(30)))
                .targets(TicketPriority.LOW, new SlaTargets(Duration.ofHours(16), Duration.ofHours(60)))
                .build();
        return TicketSettings.defaults().withServiceLevels(calendar, policy);
    }

    /** @return the seed it was generated with */
    public long seed() {
        return seed;
    }

    /** @return the options it was generated with */
    public DemoOptions options() {
        return options;
    }

    /** @return the start of the history */
    public Instant start() {
        return options.start();
    }

    /** @return the end of the history, where the clock was left */
    public Instant end() {
        return options.end();
    }

    /**
     * @return each generated customer's behavioural group, in the order generated (customers registered by
     *         converting leads are not included)
     */
    public Map<CustomerId, Persona> personas() {
        return personas;
    }

    /** @return the products by SKU, in catalogue order */
    public Map<String, ProductId> products() {
        return products;
    }

    /** @return the planted complementary pairs */
    public List<ComplementaryPair> complementaryPairs() {
        return Catalogue.ITEMS.stream().filter(item -> item.complement() != null)
                .map(item -> new ComplementaryPair(item.sku(), item.complement(), item.together())).toList();
    }

    /** @return the campaigns, in time order */
    public List<PlantedCampaign> campaigns() {
        return campaigns;
    }

    /** @return the sales recorded by the shop (won opportunities' sales not included) */
    public long sales() {
        return sales;
    }

    /** @return the leads written */
    public int leads() {
        return leads;
    }

    /** @return the opportunities (converted leads) */
    public int opportunities() {
        return opportunities;
    }

    /** @return the tickets, follow-up tickets included */
    public int tickets() {
        return tickets;
    }

    /** @return the survey answers */
    public int answers() {
        return answers;
    }

    /** @return the relationships */
    public int relationships() {
        return relationships;
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Demo company (seed %d, %s, %s to %s): %d customers, %d products, %d sales,"
                + " %d campaigns (%d responses and conversions), %d leads, %d opportunities, %d tickets, %d survey"
                + " answers, %d relationships", seed, options.size(), options.start(), options.end(),
                personas.size(), products.size(), sales, campaigns.size(), campaignTouches, leads, opportunities,
                tickets, answers, relationships);
    }
}
