package org.crm4j.core.contract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.UserId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;

/**
 * A seeded generator of leads whose conversion depends on their source only, planted through the public services:
 * each lead has a uniformly drawn source, one of three owners and a company name half of the time (neither
 * matters), and a closed lead converted with the probability of its source ({@link #CONVERSION}: REFERRAL 0.7,
 * PARTNER 0.5, EVENT 0.4, CAMPAIGN 0.3, WEB 0.25, OTHER 0.15, COLD_CALL 0.05) and was disqualified otherwise.
 */
public final class PlantedLeads {

    /** The planted probability of converting by source. */
    public static final Map<LeadSource, Double> CONVERSION = new EnumMap<>(Map.of(LeadSource.REFERRAL, 0.7,
            LeadSource.PARTNER, 0.5, LeadSource.EVENT, 0.4, LeadSource.CAMPAIGN, 0.3, LeadSource.WEB, 0.25,
            LeadSource.OTHER, 0.15, LeadSource.COLD_CALL, 0.05));

    /**
     * What was planted.
     *
     * @param closed the closed leads
     * @param truth  each closed lead's true probability of converting
     * @param labels whether each closed lead converted
     * @param open   the open leads
     */
    public record Planted(List<Lead> closed, List<Double> truth, List<Boolean> labels, List<Lead> open) {
    }

    private PlantedLeads() {
    }

    /**
     * @param crm    an empty CRM
     * @param closed the number of closed leads
     * @param open   the number of open leads
     * @param seed   the seed
     * @return what was planted
     */
    public static Planted plant(Crm crm, int closed, int open, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LeadSource[] sources = LeadSource.values();
        List<Lead> closedLeads = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Lead> openLeads = new ArrayList<>();
        for (int i = 0; i < closed + open; i++) {
            LeadSource source = sources[random.nextInt(sources.length)];
            NewLead command = NewLead.of("Lead " + i, "lead" + i + "@example.org", source,
                    UserId.of("owner" + random.nextInt(3)));
            Lead lead = crm.leads().create(random.nextBoolean() ? command.withCompanyName("Firm " + i) : command);
            if (i >= closed) {
                openLeads.add(lead);
                continue;
            }
            double p = CONVERSION.get(source);
            boolean converts = random.nextDouble() < p;
            closedLeads.add(converts ? crm.leads().convert(lead.id(), LeadConversion.newCustomer())
                    : crm.leads().disqualify(lead.id(), "planted"));
            truth.add(p);
            labels.add(converts);
        }
        return new Planted(List.copyOf(closedLeads), List.copyOf(truth), List.copyOf(labels), List.copyOf(openLeads));
    }
}
