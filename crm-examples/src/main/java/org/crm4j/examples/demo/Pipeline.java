package org.crm4j.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadOpportunity;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.LineItem;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityStage;

/**
 * Writes the sales pipeline: leads from six sources whose planted chance of converting depends on the source only
 * ({@link #CONVERSION}), each contacted, then qualified and converted into a new customer with an opportunity, or
 * disqualified; opportunities move stage by stage with a planted chance of advancing ({@link #ADVANCE}) and are
 * won (recording their line items' sales) or lost. Whatever would happen after the end of the history has not
 * happened: those leads and opportunities are still open.
 */
final class Pipeline {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** The planted probability that a lead of a source converts. */
    static final Map<LeadSource, Double> CONVERSION = Map.of(LeadSource.REFERRAL, 0.65, LeadSource.EVENT, 0.45,
            LeadSource.PARTNER, 0.40, LeadSource.CAMPAIGN, 0.30, LeadSource.WEB, 0.20, LeadSource.COLD_CALL, 0.08);
    private static final LeadSource[] SOURCES = {LeadSource.WEB, LeadSource.REFERRAL, LeadSource.EVENT,
        LeadSource.CAMPAIGN, LeadSource.PARTNER, LeadSource.COLD_CALL};
    private static final double[] SOURCE_WEIGHTS = {30, 15, 15, 15, 10, 15};
    /**
     * The planted probability of moving on from PROSPECTING, QUALIFICATION, PROPOSAL and NEGOTIATION (the last:
     * winning). Converted leads' opportunities start at QUALIFICATION; one opportunity with an existing champion or
     * loyal customer per three leads starts at PROSPECTING.
     */
    static final double[] ADVANCE = {0.75, 0.70, 0.70, 0.70};
    private static final OpportunityStage[] OPEN = {OpportunityStage.PROSPECTING, OpportunityStage.QUALIFICATION,
        OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION};
    static final List<UserId> REPS = List.of(UserId.of("anna.berg"), UserId.of("ben.okafor"),
            UserId.of("chloe.martin"), UserId.of("david.kim"));
    private static final List<String> LOST = List.of("price too high", "went with a competitor", "no budget this year",
            "project postponed");
    private static final List<String> COMPANIES = List.of("Tea Rooms", "Cafe", "Hotel", "Office Services",
            "Bakery", "Deli", "Bistro", "Catering");

    private final Context ctx;
    private final List<DemoCompany.PlantedCampaign> campaigns;
    private final Draw draw;
    private int leads;
    private int opportunities;

    Pipeline(Context ctx, List<DemoCompany.PlantedCampaign> campaigns, Draw draw) {
        this.ctx = ctx;
        this.campaigns = campaigns;
        this.draw = draw;
    }

    int leads() {
        return leads;
    }

    int opportunities() {
        return opportunities;
    }

    /**
     * Writes {@code count} leads, nine in ten created evenly over the history, one in ten in its last 45 days, and
     * one opportunity with an existing customer per three leads; a progress step per 50 leads.
     */
    void write(int count) {
        List<Instant> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // one in ten came in the last 45 days: the open leads to score
            Instant from = draw.chance(0.1) ? ctx.end.minus(Duration.ofDays(45)) : ctx.storyStart.plus(Duration.ofDays(7));
            created.add(draw.instant(from, ctx.end.minus(Duration.ofDays(1))));
        }
        created.sort(null);
        List<Integer> regulars = new ArrayList<>();
        for (People.Planned person : ctx.people) {
            if (person.persona() == Persona.CHAMPION || person.persona() == Persona.LOYAL) {
                regulars.add(person.index());
            }
        }
        for (int i = 0; i < count; i++) {
            lead(i, created.get(i));
            if (i % 3 == 2 && !regulars.isEmpty()) {
                int person = draw.pick(regulars);
                Instant joined = ctx.people.get(person).joined();
                upsell(person, created.get(i).isBefore(joined) ? joined : created.get(i));
            }
            if ((i + 1) % 50 == 0 || i + 1 == count) {
                ctx.done("wrote " + (i + 1) + " leads and their opportunities");
            }
        }
    }

    private void lead(int i, Instant created) {
        LeadSource source = SOURCES[draw.weighted(SOURCE_WEIGHTS, 100)];
        UserId owner = draw.pick(REPS);
        String first = draw.pick(People.FIRST);
        String last = draw.pick(People.LAST);
        String company = last + " " + draw.pick(COMPANIES);
        String email = (first + "." + last + ".lead" + (i + 1)).toLowerCase(Locale.ROOT) + "@example.org";
        NewLead command = NewLead.of(first + " " + last, email, source, owner);
        if (draw.chance(0.7)) {
            command = command.withCompanyName(company);
        }
        if (source == LeadSource.CAMPAIGN && !campaigns.isEmpty()) {
            command = command.withCampaign(draw.pick(campaigns).id());
        }
        boolean converts = draw.chance(CONVERSION.get(source));
        Instant contacted = created.plus(hours(draw.exponential(72) + 1));
        Instant qualified = contacted.plus(hours(draw.exponential(240) + 4));
        Instant decided = (converts ? qualified : contacted).plus(hours(draw.exponential(240) + 4));

        ctx.at(created);
        Lead lead = ctx.crm.leads().create(command);
        leads++;
        if (contacted.isAfter(ctx.end)) {
            return;
        }
        ctx.at(contacted);
        ctx.crm.leads().contact(lead.id());
        ctx.crm.activities().record(NewActivity.happened(ActivityType.CALL, "First call", contacted)
                .about(lead.id()));
        if (!converts) {
            if (!decided.isAfter(ctx.end)) {
                ctx.at(decided);
                ctx.crm.leads().disqualify(lead.id(), draw.pick(List.of("no need", "too small", "not reachable")));
            }
            return;
        }
        if (qualified.isAfter(ctx.end)) {
            return;
        }
        ctx.at(qualified);
        ctx.crm.leads().qualify(lead.id());
        if (decided.isAfter(ctx.end)) {
            return;
        }
        opportunity(lead, company, decided);
    }

    /** A direct opportunity with an existing customer, starting at PROSPECTING. */
    private void upsell(int person, Instant created) {
        Path path = path(0, created);
        String name = ctx.people.get(person).command().name() + " office supply";
        List<LineItem> items = lineItems();
        ctx.at(created);
        OpportunityId id = ctx.crm.opportunities().create(NewOpportunity.of(ctx.customers.get(person), name,
                draw.pick(REPS), total(items), path.expected(created)).withLineItems(items)).id();
        opportunities++;
        follow(id, items, path);
    }

    private void opportunity(Lead lead, String company, Instant converted) {
        Path path = path(1, converted);
        List<LineItem> items = lineItems();
        ctx.at(converted);
        Lead done = ctx.crm.leads().convert(lead.id(), LeadConversion.newCustomer().withOpportunity(
                new LeadOpportunity(company + " supply", total(items), path.expected(converted))));
        OpportunityId id = done.opportunity().orElseThrow();
        opportunities++;
        ctx.crm.opportunities().changeLineItems(id, items);
        follow(id, items, path);
    }

    /**
     * The planned path of an opportunity: from stage {@code first} (an index of {@link #OPEN}) it moves on at
     * {@code moves[s]} from stage {@code s} to {@code s + 1}, until stage {@code reached}, where it is won or lost
     * at {@code moves[reached]}.
     */
    private record Path(int first, Instant[] moves, int reached, boolean won, LocalDate close) {

        /** The expected close date: a little after the planned close, at least 14 days after creation. */
        LocalDate expected(Instant created) {
            LocalDate earliest = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(14);
            return close.isBefore(earliest) ? earliest : close;
        }
    }

    private Path path(int first, Instant created) {
        Instant[] moves = new Instant[OPEN.length];
        int reached = first;
        Instant t = created;
        boolean won = false;
        while (true) {
            t = t.plus(hours(draw.exponential(240) + 24));
            moves[reached] = t;
            if (!draw.chance(ADVANCE[reached])) {
                break;
            }
            if (reached == OPEN.length - 1) {
                won = true;
                break;
            }
            reached++;
        }
        LocalDate close = LocalDate.ofInstant(moves[reached], ZoneOffset.UTC).plusDays(draw.between(0, 15));
        return new Path(first, moves, reached, won, close);
    }

    private List<LineItem> lineItems() {
        List<LineItem> items = new ArrayList<>();
        int lines = draw.between(1, 4);
        List<Integer> products = new ArrayList<>();
        while (products.size() < lines) {
            int p = draw.between(0, Catalogue.ITEMS.size());
            if (!products.contains(p)) {
                products.add(p);
            }
        }
        for (int p : products) {
            Money price = Money.of(ctx.prices[p].amount().multiply(new BigDecimal("0.9"))
                    .setScale(2, RoundingMode.HALF_EVEN), EUR);
            items.add(new LineItem(ctx.products[p], draw.between(10, 41), price));
        }
        return items;
    }

    private static Money total(List<LineItem> items) {
        BigDecimal amount = BigDecimal.ZERO;
        for (LineItem item : items) {
            amount = amount.add(item.unitPrice().amount().multiply(BigDecimal.valueOf(item.quantity())));
        }
        return Money.of(amount, EUR);
    }

    /** Moves an opportunity along its path, as far as the end of the history; won ones record their sales. */
    private void follow(OpportunityId id, List<LineItem> items, Path path) {
        for (int stage = path.first() + 1; stage <= path.reached(); stage++) {
            Instant at = path.moves()[stage - 1];
            if (at.isAfter(ctx.end)) {
                return;
            }
            ctx.at(at);
            ctx.crm.opportunities().moveTo(id, OPEN[stage]);
            if (OPEN[stage] == OpportunityStage.PROPOSAL) {
                ctx.crm.activities().record(NewActivity.happened(ActivityType.MEETING, "Proposal presented", at)
                        .about(id));
            }
        }
        Instant closing = path.moves()[path.reached()];
        if (closing.isAfter(ctx.end)) {
            return;
        }
        ctx.at(closing);
        if (path.won()) {
            for (LineItem item : items) {
                int p = productIndex(item);
                ctx.ensureStock(p, item.quantity());
            }
            ctx.crm.opportunities().winRecordingSales(id);
            for (LineItem item : items) {
                ctx.stock[productIndex(item)] -= item.quantity();
            }
        } else {
            ctx.crm.opportunities().lose(id, draw.pick(LOST));
        }
    }

    private int productIndex(LineItem item) {
        for (int p = 0; p < ctx.products.length; p++) {
            if (ctx.products[p].equals(item.product())) {
                return p;
            }
        }
        throw new IllegalStateException("line item of a product outside the demo catalogue: " + item.product());
    }

    private static Duration hours(double value) {
        return Duration.ofSeconds(Math.round(value * 3600));
    }
}
