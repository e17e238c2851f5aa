package org.crm4j.core.contract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.UserId;
import org.crm4j.core.lead.CompanySize;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;

/**
 * A seeded generator of leads whose conversion follows a known logistic model, planted through the public services.
 * Each lead has a uniformly drawn source, company size band, industry and country (each of the last three left out
 * with probability 0.15), one of three owners and a company name half of the time (neither matters); a closed lead
 * converted with probability {@code 1 / (1 + exp(-eta))}, {@code eta = } {@link #INTERCEPT} + the effects of its
 * source ({@link #SOURCE}), size band ({@link #SIZE}), industry ({@link #INDUSTRY}) and country ({@link #COUNTRY}); a
 * value left out adds 0. Otherwise it was disqualified.
 */
public final class PlantedLeads {

    /** The log-odds of converting of a lead whose values all add 0 (a CAMPAIGN lead with nothing else known). */
    public static final double INTERCEPT = -0.9;
    /** The planted log-odds effect of each source. */
    public static final Map<LeadSource, Double> SOURCE = new EnumMap<>(Map.of(LeadSource.REFERRAL, 1.3,
            LeadSource.PARTNER, 0.7, LeadSource.EVENT, 0.3, LeadSource.CAMPAIGN, 0.0, LeadSource.WEB, -0.1,
            LeadSource.OTHER, -0.6, LeadSource.COLD_CALL, -1.6));
    /** The planted log-odds effect of each company size band. */
    public static final Map<CompanySize, Double> SIZE = new EnumMap<>(Map.of(CompanySize.MICRO, -0.9,
            CompanySize.SMALL, -0.3, CompanySize.MEDIUM, 0.2, CompanySize.LARGE, 0.6, CompanySize.ENTERPRISE, 1.0));
    /** The planted log-odds effect of each industry code. */
    public static final Map<String, Double> INDUSTRY = Map.of("SOFTWARE", 1.0, "FINANCE", 0.3,
            "MANUFACTURING", 0.0, "RETAIL", -1.0);
    /** The planted log-odds effect of each country. */
    public static final Map<String, Double> COUNTRY = Map.of("DE", 0.8, "FR", 0.0, "US", 0.1, "BR", -0.8);

    private static final List<String> INDUSTRIES = List.of("FINANCE", "MANUFACTURING", "RETAIL", "SOFTWARE");
    private static final List<String> COUNTRIES = List.of("BR", "DE", "FR", "US");
    private static final double MISSING = 0.15;

    /**
     * What was planted.
     *
     * @param closed     the closed leads
     * @param truth      each closed lead's true probability of converting
     * @param sourceOnly each closed lead's log-odds from its source alone (what a model of the source sees)
     * @param labels     whether each closed lead converted
     * @param open       the open leads
     */
    public record Planted(List<Lead> closed, List<Double> truth, List<Double> sourceOnly, List<Boolean> labels,
            List<Lead> open) {
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
        CompanySize[] sizes = CompanySize.values();
        List<Lead> closedLeads = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        List<Double> sourceOnly = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Lead> openLeads = new ArrayList<>();
        for (int i = 0; i < closed + open; i++) {
            LeadSource source = sources[random.nextInt(sources.length)];
            CompanySize size = sizes[random.nextInt(sizes.length)];
            String industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
            String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            boolean sized = random.nextDouble() >= MISSING;
            boolean classified = random.nextDouble() >= MISSING;
            boolean located = random.nextDouble() >= MISSING;
            NewLead command = NewLead.of("Lead " + i, "lead" + i + "@example.org", source,
                    UserId.of("owner" + random.nextInt(3)));
            if (random.nextBoolean()) {
                command = command.withCompanyName("Firm " + i);
            }
            // the industry and country as a host might write them: case and spaces do not matter
            command = command.withCompanySize(sized ? size : null)
                    .withIndustry(classified ? industry.toLowerCase(Locale.ROOT) : null)
                    .withCountry(located ? " " + country.toLowerCase(Locale.ROOT) : null);
            Lead lead = crm.leads().create(command);
            if (i >= closed) {
                openLeads.add(lead);
                continue;
            }
            double eta = INTERCEPT + SOURCE.get(source) + (sized ? SIZE.get(size) : 0)
                    + (classified ? INDUSTRY.get(industry) : 0) + (located ? COUNTRY.get(country) : 0);
            double p = 1 / (1 + Math.exp(-eta));
            boolean converts = random.nextDouble() < p;
            closedLeads.add(converts ? crm.leads().convert(lead.id(), LeadConversion.newCustomer())
                    : crm.leads().disqualify(lead.id(), "planted"));
            truth.add(p);
            sourceOnly.add(SOURCE.get(source));
            labels.add(converts);
        }
        return new Planted(List.copyOf(closedLeads), List.copyOf(truth), List.copyOf(sourceOnly),
                List.copyOf(labels), List.copyOf(openLeads));
    }

    /**
     * The planted effect of a lead's value of a feature.
     *
     * @param lead    a lead
     * @param feature one of {@code source}, {@code companySize}, {@code industry}, {@code country}
     * @return its planted log-odds effect (0 for a value left out)
     */
    public static double effect(Lead lead, String feature) {
        return switch (feature) {
            case "source" -> SOURCE.get(lead.source());
            case "companySize" -> lead.companySize().map(SIZE::get).orElse(0.0);
            case "industry" -> lead.industry().map(code -> INDUSTRY.get(code.value())).orElse(0.0);
            case "country" -> lead.country().map(code -> COUNTRY.get(code.value())).orElse(0.0);
            default -> throw new IllegalArgumentException(feature);
        };
    }
}
