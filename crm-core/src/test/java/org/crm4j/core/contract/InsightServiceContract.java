package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.insight.CustomerSegmentation;
import org.crm4j.core.insight.KCandidate;
import org.crm4j.core.insight.Segment;
import org.crm4j.core.insight.SegmentSatisfaction;
import org.crm4j.core.insight.SegmentationOptions;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService} finds in data planted through the public services, on the
 * adapter under test: the planted groups come back as segments, small cases equal the values worked out by hand,
 * and the adapter gives exactly the in-memory adapter's answer on the same data.
 */
public abstract class InsightServiceContract extends PortsContract {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final long SEED = 1_802L;
    private static final int PER_GROUP = 20;

    private Crm crm() {
        return crm(Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC), IdGenerator.seeded(SEED));
    }

    @Test
    void segment_threePlantedGroups_comeBackAsThreeSegments() {
        Crm crm = crm();
        Map<CustomerId, Integer> truth = PlantedCustomers.threeGroups(crm, NOW, PER_GROUP, SEED);

        CustomerSegmentation segmentation = crm.insights().segment(SegmentationOptions.of(EUR, NOW));

        assertEquals(3, segmentation.k(), segmentation::describe);
        assertTrue(adjustedRand(segmentation, truth) >= 0.9, segmentation::describe);
        assertEquals("Champions", labelOfGroup(segmentation, truth, PlantedCustomers.FREQUENT_HIGH_SPENDERS));
        assertEquals("Occasional", labelOfGroup(segmentation, truth, PlantedCustomers.OCCASIONAL));
        assertEquals("Hibernating", labelOfGroup(segmentation, truth, PlantedCustomers.LAPSED));
        assertEquals(3 * PER_GROUP, segmentation.customers());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), segmentation.kSelection().stream().map(KCandidate::k).toList());
        double best = segmentation.kSelection().stream().mapToDouble(KCandidate::silhouette).max().orElseThrow();
        assertEquals(best, segmentation.silhouette());
    }

    /**
     * Two customers far from every group (one bought 10 000 units yesterday, one 5 000 units two years ago) are set
     * aside by DBSCAN; the three groups are still found among the others.
     */
    @Test
    void segment_withOutliers_setsTheExtremeCustomersAside() {
        Crm crm = crm();
        Map<CustomerId, Integer> truth = PlantedCustomers.threeGroups(crm, NOW, PER_GROUP, SEED);
        Product gold = crm.products().create(new NewProduct("GOLD", "Gold", Money.of("10.00", "EUR"), 100_000));
        Customer whale = register(crm, "Whale");
        Customer ghost = register(crm, "Ghost");
        crm.sales().record(NewSale.of(whale.id(), gold.id(), 10_000).withSoldAt(daysBefore(1)));
        crm.sales().record(NewSale.of(ghost.id(), gold.id(), 5_000).withSoldAt(daysBefore(730)));

        CustomerSegmentation segmentation = crm.insights().segment(SegmentationOptions.of(EUR, NOW).withOutliers(5));

        assertEquals(sorted(whale.id(), ghost.id()), segmentation.outliers(), segmentation::describe);
        assertTrue(segmentation.segmentOf(whale.id()).isEmpty());
        assertTrue(segmentation.outlierEps() > 0);
        assertEquals(3, segmentation.k(), segmentation::describe);
        assertTrue(adjustedRand(segmentation, truth) >= 0.9, segmentation::describe);
        assertEquals(3 * PER_GROUP, segmentation.customers());
    }

    @Test
    void segment_fixedK_usesIt() {
        Crm crm = crm();
        PlantedCustomers.threeGroups(crm, NOW, PER_GROUP, SEED);

        CustomerSegmentation segmentation = crm.insights().segment(SegmentationOptions.of(EUR, NOW).withK(2));

        assertEquals(2, segmentation.k());
        assertEquals(1, segmentation.kSelection().size());
        assertEquals(2, segmentation.kSelection().get(0).k());
        assertEquals(3 * PER_GROUP, segmentation.segments().stream().mapToInt(Segment::size).sum());
    }

    @Test
    void segment_sameDataInMemory_givesTheSameSegmentation() {
        Crm crm = crm();
        PlantedCustomers.threeGroups(crm, NOW, PER_GROUP, SEED);
        CustomerSegmentation here = crm.insights().segment(SegmentationOptions.of(EUR, NOW));
        CustomerSegmentation memory;
        try (Crm inMemory = Crm.inMemory(Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC),
                IdGenerator.seeded(SEED))) {
            PlantedCustomers.threeGroups(inMemory, NOW, PER_GROUP, SEED);
            memory = inMemory.insights().segment(SegmentationOptions.of(EUR, NOW));
        }

        assertEquals(memory.segments(), here.segments());
        assertEquals(memory.kSelection(), here.kSelection());
        assertEquals(memory.silhouette(), here.silhouette());
        assertEquals(memory.describe(), here.describe());
    }

    /**
     * Four EUR customers and one USD customer, worked out by hand: Ada bought 2 + 3 units at 10.00 one and two
     * days before and returned 1 (monetary 40.00, frequency 2, recency 1 day); Bob 1 + 2 units two and three days
     * before (30.00, 2, 2 days); Cid and Dee one unit 300 and 400 days before (10.00, 1, 300 and 400 days). No
     * feature is skewed beyond 1, and with k = 2 Ada and Bob form the Champions (mean recency 1.5 days, 2 purchases,
     * 35.00; revenue 70.00 of 90.00), Cid and Dee the Hibernating (350 days, 1, 10.00; 20.00 of 90.00).
     */
    @Test
    void segment_tinyCrm_equalsTheValuesWorkedOutByHand() {
        Crm crm = crm();
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        Product dollarTea = crm.products().create(new NewProduct("TEA-US", "Tea", Money.of("10.00", "USD"), 100));
        Customer ada = register(crm, "Ada");
        Customer bob = register(crm, "Bob");
        Customer cid = register(crm, "Cid");
        Customer dee = register(crm, "Dee");
        Customer eve = register(crm, "Eve");
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 2).withSoldAt(daysBefore(2)));
        Sale adaLast = crm.sales().record(NewSale.of(ada.id(), tea.id(), 3).withSoldAt(daysBefore(1)));
        crm.sales().recordReturn(NewReturn.of(adaLast.id(), 1).withReturnedAt(NOW.minus(Duration.ofHours(12))));
        crm.sales().record(NewSale.of(bob.id(), tea.id(), 1).withSoldAt(daysBefore(3)));
        crm.sales().record(NewSale.of(bob.id(), tea.id(), 2).withSoldAt(daysBefore(2)));
        crm.sales().record(NewSale.of(cid.id(), tea.id(), 1).withSoldAt(daysBefore(300)));
        crm.sales().record(NewSale.of(dee.id(), tea.id(), 1).withSoldAt(daysBefore(400)));
        crm.sales().record(NewSale.of(eve.id(), dollarTea.id(), 5).withSoldAt(daysBefore(1)));

        CustomerSegmentation segmentation = crm.insights().segment(SegmentationOptions.of(EUR, NOW).withK(2));

        Segment champions = segmentation.segmentOf(ada.id()).orElseThrow();
        Segment hibernating = segmentation.segmentOf(cid.id()).orElseThrow();
        assertEquals(List.of(), segmentation.logTransformed());
        assertEquals(4, segmentation.customers());
        assertEquals(new Segment(champions.index(), "Champions", sorted(ada.id(), bob.id()), 0.5, 70.0 / 90.0, 1.5,
                2.0, 35.0, Money.of("70.00", "EUR")), champions);
        assertEquals(new Segment(hibernating.index(), "Hibernating", sorted(cid.id(), dee.id()), 0.5, 20.0 / 90.0,
                350.0, 1.0, 10.0, Money.of("20.00", "EUR")), hibernating);
        assertEquals(champions, segmentation.segmentOf(bob.id()).orElseThrow());
        assertEquals(hibernating, segmentation.segmentOf(dee.id()).orElseThrow());
        assertTrue(segmentation.segmentOf(eve.id()).isEmpty(), "bought only in USD");
    }

    @Test
    void targetSegment_addsItsCustomersToTheCampaign() {
        Crm crm = crm();
        Map<CustomerId, Integer> truth = PlantedCustomers.threeGroups(crm, NOW, PER_GROUP, SEED);
        CustomerSegmentation segmentation = crm.insights().segment(SegmentationOptions.of(EUR, NOW));
        CustomerId champion = truth.keySet().iterator().next();
        Segment segment = segmentation.segmentOf(champion).orElseThrow();
        Campaign campaign = crm.campaigns().plan(new NewCampaign("Win back", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), new CampaignTarget(segment.label(), "repeat purchases"),
                CampaignChannel.EVENT, Money.of("100", "EUR")));

        crm.insights().targetSegment(campaign.id(), segment);

        assertEquals(segment.size(), crm.campaigns().results(campaign.id()).members());
    }

    @Test
    void segment_tooFewCustomers_isRefusedNamingCustomers() {
        Crm crm = crm();
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        Customer ada = register(crm, "Ada");
        Customer bob = register(crm, "Bob");
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withSoldAt(daysBefore(1)));
        crm.sales().record(NewSale.of(bob.id(), tea.id(), 2).withSoldAt(daysBefore(5)));

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.insights().segment(SegmentationOptions.of(EUR, NOW)));

        assertEquals("customers", e.field());
        assertTrue(e.rule().startsWith("must include at least kMin + 1 (3) customers"), e.getMessage());
    }

    @Test
    void segment_noCustomerInTheCurrency_isRefusedNamingCustomers() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> crm().insights().segment(SegmentationOptions.of(EUR, NOW)));

        assertEquals("customers", e.field());
    }

    @Test
    void segment_nullOptions_isRefusedNamingOptions() {
        ValidationException e = assertThrows(ValidationException.class, () -> crm().insights().segment(null));

        assertEquals("options", e.field());
        assertEquals("must not be null", e.rule());
    }

    @Test
    void targetSegment_nullArguments_areRefusedNamingThem() {
        Crm crm = crm();

        assertEquals("campaign", assertThrows(ValidationException.class,
                () -> crm.insights().targetSegment(null, null)).field());
        assertEquals("segment", assertThrows(ValidationException.class,
                () -> crm.insights().targetSegment(new org.crm4j.core.campaign.CampaignId(Fixtures.uuid(1)), null))
                .field());
    }

    private static Instant daysBefore(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Customer register(Crm crm, String name) {
        return crm.customers().register(NewCustomer.of(name, name.toLowerCase(java.util.Locale.ROOT) + "@example.org"));
    }

    private static List<CustomerId> sorted(CustomerId... ids) {
        List<CustomerId> list = new ArrayList<>(List.of(ids));
        list.sort((a, b) -> a.value().toString().compareTo(b.value().toString()));
        return list;
    }

    /**
     * The planted groups answer a survey sent to all of them through a campaign: the frequent high spenders all give
     * CSAT 5 and NPS 10, the occasional buyers CSAT 3 and NPS 7, the first 10 lapsed customers CSAT 1 and NPS 2
     * (the other 10 do not answer). Champions: 20 respondents, mean CSAT 5, NPS +100; Occasional: 20, 3, 0 (all
     * passives); Hibernating: 10 of 20, mean CSAT 1, NPS −100.
     */
    @Test
    void satisfaction_plantedAnswers_areTheSegmentsMeansWorkedOutByHand() {
        Crm crm = crm();
        Map<CustomerId, Integer> truth = PlantedCustomers.threeGroups(crm, NOW, PER_GROUP, SEED);
        CustomerSegmentation segmentation = crm.insights().segment(SegmentationOptions.of(EUR, NOW));
        Campaign campaign = crm.campaigns().plan(new NewCampaign("Ask", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), new CampaignTarget("everyone", "answers"), CampaignChannel.EMAIL,
                Money.of("10.00", "EUR")));
        crm.campaigns().addMembers(campaign.id(), List.copyOf(truth.keySet()));
        Survey survey = crm.surveys().define(NewSurvey.of("How are we doing?", "COMPLAINT"));
        int[] lapsedAnswers = {0};
        for (IssuedInvitation issued : crm.surveys().inviteCampaign(survey.id(), campaign.id(), Channel.EMAIL)
                .issued()) {
            int group = truth.get(issued.invitation().customer());
            if (group == PlantedCustomers.LAPSED && lapsedAnswers[0]++ >= PER_GROUP / 2) {
                continue;
            }
            int[][] scores = {{5, 10}, {3, 7}, {1, 2}};
            crm.surveys().answer(issued.token(), SurveyResponse.empty().withCsat(scores[group][0])
                    .withNps(scores[group][1]));
        }

        List<SegmentSatisfaction> satisfaction = crm.insights().satisfaction(segmentation,
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

        assertEquals(3, satisfaction.size());
        for (SegmentSatisfaction s : satisfaction) {
            Segment segment = segmentation.segments().get(s.segment());
            assertEquals(segment.label(), s.label());
            assertEquals(PER_GROUP, s.customers());
            switch (s.label()) {
                case "Champions" -> assertEquals(new SegmentSatisfaction(s.segment(), "Champions", 20, 20, 20, 5.0,
                        20, 100.0), s);
                case "Occasional" -> assertEquals(new SegmentSatisfaction(s.segment(), "Occasional", 20, 20, 20,
                        3.0, 20, 0.0), s);
                default -> assertEquals(new SegmentSatisfaction(s.segment(), "Hibernating", 20, 10, 10, 1.0, 10,
                        -100.0), s);
            }
        }
        SegmentSatisfaction before = crm.insights().satisfaction(segmentation, NOW.minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofDays(1))).get(0);
        assertEquals(0, before.respondents());
        assertTrue(Double.isNaN(before.meanCsat()) && Double.isNaN(before.nps()));
        assertEquals("to", assertThrows(ValidationException.class, () -> crm.insights().satisfaction(segmentation,
                NOW, NOW.minusSeconds(1))).field());
        assertEquals("segmentation", assertThrows(ValidationException.class, () -> crm.insights().satisfaction(
                null, NOW, NOW)).field());
    }

    private static double adjustedRand(CustomerSegmentation segmentation, Map<CustomerId, Integer> truth) {
        int[] planted = new int[truth.size()];
        int[] found = new int[truth.size()];
        int i = 0;
        for (Map.Entry<CustomerId, Integer> entry : truth.entrySet()) {
            planted[i] = entry.getValue();
            found[i] = segmentation.segmentOf(entry.getKey()).orElseThrow().index();
            i++;
        }
        return AdjustedRandIndex.of(planted, found);
    }

    private static String labelOfGroup(CustomerSegmentation segmentation, Map<CustomerId, Integer> truth,
            int group) {
        CustomerId member = truth.entrySet().stream().filter(e -> e.getValue() == group).findFirst().orElseThrow()
                .getKey();
        return segmentation.segmentOf(member).orElseThrow().label();
    }
}
