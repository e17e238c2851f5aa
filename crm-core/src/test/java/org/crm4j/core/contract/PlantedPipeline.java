package org.crm4j.core.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityStage;

/**
 * A seeded generator of a sales pipeline with known stage-to-win rates, planted through the public services. A
 * closed opportunity starts in PROSPECTING (three in four) or PROPOSAL, then moves on from each open stage with a
 * planted probability ({@link #ADVANCE}: PROSPECTING 0.5, QUALIFICATION 0.6, PROPOSAL 0.7, NEGOTIATION (to
 * CLOSED_WON) 0.8) and is lost otherwise, so that the true chance of ending won from each stage is the product of
 * the probabilities from there on ({@link #TRUTH}: 0.168, 0.336, 0.56, 0.8). The open opportunities sit in a
 * uniformly drawn open stage with an amount of 1 000 to 10 000 EUR, expected to close in one of the three months
 * after the clock's.
 */
public final class PlantedPipeline {

    /** The probability of moving on from each open stage. */
    public static final Map<OpportunityStage, Double> ADVANCE = new EnumMap<>(Map.of(
            OpportunityStage.PROSPECTING, 0.5, OpportunityStage.QUALIFICATION, 0.6,
            OpportunityStage.PROPOSAL, 0.7, OpportunityStage.NEGOTIATION, 0.8));
    /** The true chance of ending won from each open stage. */
    public static final Map<OpportunityStage, Double> TRUTH = new EnumMap<>(Map.of(
            OpportunityStage.PROSPECTING, 0.5 * 0.6 * 0.7 * 0.8, OpportunityStage.QUALIFICATION, 0.6 * 0.7 * 0.8,
            OpportunityStage.PROPOSAL, 0.7 * 0.8, OpportunityStage.NEGOTIATION, 0.8));

    private static final OpportunityStage[] OPEN = {OpportunityStage.PROSPECTING, OpportunityStage.QUALIFICATION,
        OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION};

    /**
     * What was planted.
     *
     * @param closed the closed opportunities: the open stages each went through and whether it was won
     * @param open   the open opportunities
     */
    public record Planted(List<Visit> closed, List<Opportunity> open) {
    }

    /**
     * One closed opportunity.
     *
     * @param stages the open stages it went through
     * @param won    whether it was won
     */
    public record Visit(List<OpportunityStage> stages, boolean won) {
    }

    private PlantedPipeline() {
    }

    /**
     * @param crm    an empty CRM
     * @param today  the CRM clock's day (UTC)
     * @param closed the number of closed opportunities
     * @param open   the number of open opportunities
     * @param seed   the seed
     * @return what was planted
     */
    public static Planted plant(Crm crm, LocalDate today, int closed, int open, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Customer buyer = crm.customers().register(NewCustomer.of("Buyer", "buyer@example.org"));
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < closed; i++) {
            OpportunityStage stage = random.nextInt(4) < 3 ? OpportunityStage.PROSPECTING : OpportunityStage.PROPOSAL;
            Opportunity o = crm.opportunities().create(NewOpportunity.of(buyer.id(), "Deal " + i,
                    UserId.of("owner" + random.nextInt(3)), Money.of("1000", "EUR"), today.plusDays(30))
                    .withStage(stage));
            List<OpportunityStage> stages = new ArrayList<>();
            boolean won = false;
            while (true) {
                stages.add(stage);
                if (random.nextDouble() >= ADVANCE.get(stage)) {
                    crm.opportunities().lose(o.id(), "planted");
                    break;
                }
                if (stage == OpportunityStage.NEGOTIATION) {
                    crm.opportunities().win(o.id());
                    won = true;
                    break;
                }
                stage = OPEN[stage.ordinal() + 1];
                crm.opportunities().moveTo(o.id(), stage);
            }
            visits.add(new Visit(List.copyOf(stages), won));
        }
        List<Opportunity> opened = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            OpportunityStage stage = OPEN[random.nextInt(4)];
            opened.add(crm.opportunities().create(NewOpportunity.of(buyer.id(), "Open " + i, UserId.of("owner0"),
                    Money.of(Integer.toString(random.nextInt(1_000, 10_001)), "EUR"),
                    today.withDayOfMonth(1).plusMonths(1 + random.nextInt(3)).plusDays(random.nextInt(28)))
                    .withStage(stage)));
        }
        return new Planted(List.copyOf(visits), List.copyOf(opened));
    }
}
