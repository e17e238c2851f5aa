package org.crm4j.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crm4j.core.Money;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
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

/** Writes the shop's side of the demo company: products, customers, campaigns, sales and campaign conversions. */
final class Shop {

    /** The planted campaigns: a month of the year, and which of its occurrences in the history. */
    record Spec(String name, int month, int startDay, int days, boolean latest, CampaignChannel channel,
                String budget, double controlRate, double contactedRate, List<String> skus, String audience,
                String goal) {
    }

    static final List<Spec> CAMPAIGNS = List.of(
            new Spec("Matcha spring", 4, 8, 14, false, CampaignChannel.EMAIL, "1500", 0.12, 0.32,
                    List.of("DEMO-TEA-MATCHA", "DEMO-ACC-WHISK"), "active customers", "a first matcha set"),
            new Spec("Iced tea summer", 7, 1, 14, true, CampaignChannel.SMS, "900", 0.10, 0.16,
                    List.of("DEMO-TEA-ICED"), "active customers", "iced tea for the heat wave"),
            new Spec("Advent calendar", 11, 10, 14, true, CampaignChannel.EMAIL, "2000", 0.15, 0.35,
                    List.of("DEMO-TEA-ADVENT"), "active customers", "an advent calendar in every home"));

    /** The first month (of the history, from 0) a campaign may start in: the story's third. */
    static final int FIRST_CAMPAIGN_MONTH = DemoOptions.HISTORY_MONTHS - DemoOptions.STORY_MONTHS + 2;

    /** Share of each campaign's members held out. */
    static final double CONTROL_SHARE = 0.2;

    private record Touch(int campaign, CustomerId customer, Instant at, boolean converted) {
    }

    private final Context ctx;
    private final List<DemoCompany.PlantedCampaign> campaigns = new ArrayList<>();
    private final List<Touch> touches = new ArrayList<>();

    Shop(Context ctx) {
        this.ctx = ctx;
    }

    List<DemoCompany.PlantedCampaign> campaigns() {
        return List.copyOf(campaigns);
    }

    void products() {
        ctx.at(ctx.start);
        for (int p = 0; p < Catalogue.ITEMS.size(); p++) {
            Catalogue.Item item = Catalogue.ITEMS.get(p);
            Product product = ctx.crm.products().create(new NewProduct(item.sku(), item.name(),
                    Money.of(item.price(), "EUR"), 0));
            if (p == 0 && !product.createdAt().equals(ctx.start)) {
                throw new ValidationException("options.clock", DemoCompany.SAME_CLOCK, product.createdAt());
            }
            ctx.products[p] = product.id();
            ctx.prices[p] = product.price();
        }
        ctx.done("created " + Catalogue.ITEMS.size() + " products");
    }

    /** Imports the customers, one import per day on which some joined, with the clock at that time. */
    void customers() {
        TreeMap<Instant, List<NewCustomer>> byDay = new TreeMap<>();
        for (People.Planned person : ctx.people) {
            byDay.computeIfAbsent(person.joined(), t -> new ArrayList<>()).add(person.command());
        }
        for (Map.Entry<Instant, List<NewCustomer>> day : byDay.entrySet()) {
            ctx.at(day.getKey());
            ctx.crm.imports().importCustomers(day.getValue().stream());
        }
        Set<String> emails = new HashSet<>();
        for (People.Planned person : ctx.people) {
            emails.add(person.command().email());
        }
        Map<String, CustomerId> byEmail = new HashMap<>();
        for (int page = 0;; page++) {
            Page<Customer> found = ctx.crm.customers().search(CustomerQuery.all(),
                    PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(CustomerSort.ID)));
            for (Customer customer : found.content()) {
                if (emails.contains(customer.email().value())) {
                    byEmail.put(customer.email().value(), customer.id());
                }
            }
            if (found.content().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        for (People.Planned person : ctx.people) {
            ctx.customers.add(byEmail.get(person.command().email()));
        }
        ctx.done("imported " + ctx.people.size() + " customers");
    }

    /**
     * Plans each campaign ten days before it starts, holds out a control group, targets the customers active then
     * (and not about to lapse), and plants its conversions: converters buy the campaign's products in its window,
     * attributed to it, on top of their usual baskets.
     */
    void campaigns(List<List<Purchases.Line>> months, Draw draw) {
        LocalDate last = LocalDate.ofInstant(ctx.end, ZoneOffset.UTC);
        for (Spec spec : CAMPAIGNS) {
            LocalDate start = null;
            for (int m = 0; m < Purchases.MONTHS; m++) {
                YearMonth month = ctx.firstMonth.plusMonths(m);
                LocalDate candidate = month.atDay(spec.startDay());
                if (month.getMonthValue() == spec.month() && m >= FIRST_CAMPAIGN_MONTH
                        && candidate.plusDays(spec.days() + 14L).isBefore(last) && (start == null || spec.latest())) {
                    start = candidate;
                }
            }
            if (start != null) {
                plant(spec, start, start.plusDays(spec.days() - 1L), months, draw);
            }
            ctx.done((start == null ? "no room for campaign " : "planted campaign ") + spec.name());
        }
    }

    private void plant(Spec spec, LocalDate start, LocalDate endDate, List<List<Purchases.Line>> months, Draw draw) {
        Instant opens = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        ctx.at(opens.minus(Duration.ofDays(10)).plus(Duration.ofHours(9)));
        Campaign campaign = ctx.crm.campaigns().plan(new NewCampaign(spec.name(), start, endDate,
                new CampaignTarget(spec.audience(), spec.goal()), spec.channel(), Money.of(spec.budget(), "EUR")));
        ctx.crm.campaigns().holdOut(campaign.id(), ControlGroup.of(CONTROL_SHARE, Draw.mix(ctx.seed + campaigns.size())));
        Instant closes = endDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Integer> eligible = new ArrayList<>();
        for (People.Planned person : ctx.people) {
            if (person.joined().isBefore(opens.minus(Duration.ofDays(14)))
                    && person.activeUntil(ctx.end).isAfter(closes.plus(Duration.ofDays(30)))) {
                eligible.add(person.index());
            }
        }
        ctx.crm.campaigns().addMembers(campaign.id(), eligible.stream().map(ctx.customers::get).toList());
        Map<CustomerId, Boolean> control = new HashMap<>();
        for (int page = 0;; page++) {
            Page<CampaignMemberDetails> found = ctx.crm.campaigns().members(campaign.id(),
                    PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(CampaignMemberSort.ID)));
            found.content().forEach(d -> control.put(d.member().customer(), d.member().control()));
            if (found.content().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        int index = campaigns.size();
        int month = (int) ctx.firstMonth.until(YearMonth.from(start), java.time.temporal.ChronoUnit.MONTHS);
        for (int person : eligible) {
            CustomerId customer = ctx.customers.get(person);
            boolean heldOut = control.get(customer);
            Instant at = draw.instant(opens, closes);
            if (draw.chance(heldOut ? spec.controlRate() : spec.contactedRate())) {
                touches.add(new Touch(index, customer, at, true));
                for (String sku : spec.skus()) {
                    Purchases.Line line = new Purchases.Line(person, Catalogue.index(sku), 1, at.getEpochSecond(),
                            index);
                    months.get(month + (YearMonth.from(at.atOffset(ZoneOffset.UTC)).equals(YearMonth.from(start))
                            ? 0 : 1)).add(line);
                }
            } else if (!heldOut && draw.chance(0.2)) {
                touches.add(new Touch(index, customer, at, false));
            }
        }
        campaigns.add(new DemoCompany.PlantedCampaign(campaign.id(), spec.name(), start, endDate,
                spec.controlRate(), spec.contactedRate()));
    }

    /**
     * Records the sales month by month: first the month's deliveries (a product whose stock would not last the
     * month gets the next three months' demand and 15 %; in the last month every product is topped up so that its
     * final stock is 0.2 to 1.8 months of mean demand), then the sales with the clock at the month's end,
     * {@code recordAll} a thousand at a time.
     */
    void sales(List<List<Purchases.Line>> months, Draw draw) {
        long[] total = new long[Catalogue.ITEMS.size()];
        long[][] demands = new long[months.size()][Catalogue.ITEMS.size()];
        for (int m = 0; m < months.size(); m++) {
            long[] demand = demands[m];
            months.get(m).forEach(line -> demand[line.product()] += line.quantity());
            for (int p = 0; p < demand.length; p++) {
                total[p] += demand[p];
            }
        }
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = ctx.firstMonth.plusMonths(m);
            List<Purchases.Line> lines = new ArrayList<>(months.get(m));
            lines.sort(Comparator.comparingLong(Purchases.Line::at).thenComparingInt(Purchases.Line::customer)
                    .thenComparingInt(Purchases.Line::product));
            long[] demand = demands[m];
            ctx.at(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(6)));
            boolean lastMonth = m == months.size() - 1;
            for (int p = 0; p < demand.length; p++) {
                if (lastMonth) {
                    ctx.ensureStock(p, demand[p] + Math.round(total[p] / (double) DemoOptions.HISTORY_MONTHS * (0.2 + 1.6 * draw.uniform())));
                } else if (ctx.stock[p] < demand[p]) {
                    // a delivery of the next three months' demand and 15 %
                    long quarter = 0;
                    for (int k = m; k < Math.min(m + 3, months.size() - 1); k++) {
                        quarter += demands[k][p];
                    }
                    ctx.ensureStock(p, (long) Math.ceil(quarter * 1.15));
                }
            }
            ctx.at(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            List<NewSale> batch = new ArrayList<>(PageRequest.MAX_SIZE);
            for (Purchases.Line line : lines) {
                NewSale sale = NewSale.of(ctx.customers.get(line.customer()), ctx.products[line.product()],
                        line.quantity()).withSoldAt(Instant.ofEpochSecond(line.at()));
                batch.add(line.campaign() < 0 ? sale : sale.withCampaign(campaigns.get(line.campaign()).id()));
                ctx.stock[line.product()] -= line.quantity();
                if (batch.size() == PageRequest.MAX_SIZE) {
                    ctx.crm.sales().recordAll(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                ctx.crm.sales().recordAll(batch);
            }
            ctx.done("recorded the " + lines.size() + " sales of " + month);
        }
    }

    /** Records the campaign responses and conversions, each at its time. */
    int conversions() {
        touches.sort(Comparator.comparing(Touch::at));
        for (Touch touch : touches) {
            ctx.at(touch.at());
            CampaignId campaign = campaigns.get(touch.campaign()).id();
            if (touch.converted()) {
                ctx.crm.campaigns().recordConversion(campaign, touch.customer());
            } else {
                ctx.crm.campaigns().recordResponse(campaign, touch.customer());
            }
        }
        ctx.done("recorded " + touches.size() + " campaign responses and conversions");
        return touches.size();
    }
}
