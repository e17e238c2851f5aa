package org.crm4j.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.activity.ActivityQuery;
import org.crm4j.core.activity.ActivitySort;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignSort;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadSort;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.opportunity.OpportunitySort;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.relationship.RelationshipQuery;
import org.crm4j.core.relationship.RelationshipSort;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleSort;
import org.junit.jupiter.api.Test;

/** The generator is deterministic for a seed, reports its steps, and refuses what it cannot do. */
class DemoCompanyTest {

    static final Instant END = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void generate_sameSeed_writesTheSameRecords() {
        List<Object> first = snapshot(7);
        List<Object> second = snapshot(7);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i), second.get(i), "record " + i);
        }
    }

    @Test
    void generate_otherSeed_writesOtherSales() {
        DemoClock clockA = new DemoClock(END);
        DemoClock clockB = new DemoClock(END);
        try (Crm a = Crm.inMemory(clockA, IdGenerator.seeded(1)); Crm b = Crm.inMemory(clockB, IdGenerator.seeded(1))) {
            DemoCompany one = generate(a, clockA, 1);
            DemoCompany two = generate(b, clockB, 2);
            assertNotEquals(one.sales(), two.sales());
            assertNotEquals(all(p -> a.customers().search(CustomerQuery.all(), page(p, CustomerSort.ID))),
                    all(p -> b.customers().search(CustomerQuery.all(), page(p, CustomerSort.ID))));
        }
    }

    @Test
    void generate_reportsEveryStepInOrderAndLeavesTheClockAtTheEnd() {
        DemoClock clock = new DemoClock(END);
        List<int[]> reports = new ArrayList<>();
        try (Crm crm = Crm.inMemory(clock, IdGenerator.seeded(1))) {
            DemoCompany company = DemoCompany.generate(crm, DemoOptions.of(DemoSize.SMALL, clock), 3,
                    (stage, step, steps) -> reports.add(new int[] {step, steps}));
            int steps = reports.get(0)[1];
            for (int i = 0; i < reports.size(); i++) {
                assertEquals(i + 1, reports.get(i)[0]);
                assertEquals(steps, reports.get(i)[1]);
            }
            assertEquals(steps, reports.size());
            assertEquals(END, clock.instant());
            assertEquals(300, company.personas().size());
            assertEquals(Instant.parse("2023-12-01T00:00:00Z"), company.start());
            assertEquals(company.sales() + opportunitySales(crm), crm.sales().search(SaleQuery.all(),
                    PageRequest.of(0, 1, Sort.asc(SaleSort.ID))).totalElements());
            assertTrue(company.sales() > 20_000, company.toString());
            assertEquals(3, company.campaigns().size());
            assertTrue(DemoCompany.isGenerated(crm));
        }
    }

    @Test
    void generate_twice_isRefusedBeforeWriting() {
        DemoClock clock = new DemoClock(END);
        try (Crm crm = Crm.inMemory(clock, IdGenerator.seeded(1))) {
            generate(crm, clock, 1);
            long customers = crm.customers().search(CustomerQuery.all(), page(0, CustomerSort.ID)).totalElements();
            ValidationException e = assertThrows(ValidationException.class,
                    () -> DemoCompany.generate(crm, DemoOptions.of(DemoSize.SMALL, clock), 1, ProgressListener.NONE));
            assertEquals("crm", e.field());
            assertEquals(DemoCompany.ONCE, e.rule());
            assertEquals(customers, crm.customers().search(CustomerQuery.all(), page(0, CustomerSort.ID))
                    .totalElements());
        }
    }

    @Test
    void generate_clockNotTheCrms_isRefused() {
        try (Crm crm = Crm.inMemory(new DemoClock(END), IdGenerator.seeded(1))) {
            ValidationException e = assertThrows(ValidationException.class, () -> DemoCompany.generate(crm,
                    DemoOptions.of(DemoSize.SMALL, new DemoClock(END)), 1, ProgressListener.NONE));
            assertEquals("options.clock", e.field());
            assertEquals(DemoCompany.SAME_CLOCK, e.rule());
            assertEquals(1, crm.products().search(ProductQuery.all(), page(0, ProductSort.ID)).totalElements());
            assertEquals(0, crm.customers().search(CustomerQuery.all(), page(0, CustomerSort.ID)).totalElements());
        }
    }

    @Test
    void generate_nullArguments_areRefused() {
        DemoClock clock = new DemoClock(END);
        try (Crm crm = Crm.inMemory(clock, IdGenerator.seeded(1))) {
            DemoOptions options = DemoOptions.of(DemoSize.SMALL, clock);
            assertEquals("crm", assertThrows(ValidationException.class,
                    () -> DemoCompany.generate(null, options, 1, ProgressListener.NONE)).field());
            assertEquals("options", assertThrows(ValidationException.class,
                    () -> DemoCompany.generate(crm, null, 1, ProgressListener.NONE)).field());
            assertEquals("listener", assertThrows(ValidationException.class,
                    () -> DemoCompany.generate(crm, options, 1, null)).field());
        }
    }

    @Test
    void options_endOutOfRangeOrNull_isRefused() {
        DemoClock clock = new DemoClock(END);
        ValidationException early = assertThrows(ValidationException.class,
                () -> new DemoOptions(DemoSize.SMALL, clock, Instant.parse("1972-12-31T23:59:59Z")));
        assertEquals("end", early.field());
        assertEquals(DemoOptions.END_RANGE, early.rule());
        assertEquals(DemoOptions.END_RANGE, assertThrows(ValidationException.class,
                () -> new DemoOptions(DemoSize.SMALL, clock, DemoOptions.MAX_END)).rule());
        assertEquals("size", assertThrows(ValidationException.class,
                () -> new DemoOptions(null, clock, END)).field());
        assertEquals("clock", assertThrows(ValidationException.class,
                () -> new DemoOptions(DemoSize.SMALL, null, END)).field());
        assertEquals("end", assertThrows(ValidationException.class,
                () -> new DemoOptions(DemoSize.SMALL, clock, null)).field());
    }

    static DemoCompany generate(Crm crm, DemoClock clock, long seed) {
        return DemoCompany.generate(crm, new DemoOptions(DemoSize.SMALL, clock, END), seed, ProgressListener.NONE);
    }

    private static long opportunitySales(Crm crm) {
        return all(p -> crm.opportunities().search(OpportunityQuery.all(), page(p, OpportunitySort.ID))).stream()
                .filter(o -> o.stage() == org.crm4j.core.opportunity.OpportunityStage.CLOSED_WON)
                .mapToLong(o -> o.lineItems().size()).sum();
    }

    /** Every record the generator writes, in a stable order; survey invitations without their random token hash. */
    private static List<Object> snapshot(long seed) {
        DemoClock clock = new DemoClock(END);
        try (Crm crm = Crm.inMemory(clock, IdGenerator.seeded(11))) {
            DemoCompany.generate(crm, DemoOptions.of(DemoSize.SMALL, clock), seed, ProgressListener.NONE);
            List<Object> records = new ArrayList<>();
            List<Customer> customers = all(p -> crm.customers().search(CustomerQuery.all(), page(p, CustomerSort.ID)));
            records.addAll(customers);
            records.addAll(all(p -> crm.products().search(ProductQuery.all(), page(p, ProductSort.ID))));
            records.addAll(all(p -> crm.sales().search(SaleQuery.all(), page(p, SaleSort.ID))));
            records.addAll(all(p -> crm.leads().search(LeadQuery.all(), page(p, LeadSort.ID))));
            records.addAll(all(p -> crm.opportunities().search(OpportunityQuery.all(), page(p, OpportunitySort.ID))));
            records.addAll(all(p -> crm.activities().search(ActivityQuery.all(), page(p, ActivitySort.ID))));
            records.addAll(all(p -> crm.relationships().search(RelationshipQuery.all(), page(p, RelationshipSort.ID))));
            crm.campaigns().search(CampaignQuery.all(), page(0, CampaignSort.ID)).content().forEach(c -> {
                records.add(c);
                records.addAll(all(p -> crm.campaigns().members(c.id(), page(p, CampaignMemberSort.ID))));
            });
            for (Customer customer : customers) {
                records.addAll(crm.tickets().ofCustomer(customer.id()));
                crm.surveys().invitationsOf(customer.id()).forEach(i -> records.add(List.of(i.id(), i.customer(),
                        i.ticket(), i.sentAt(), i.expiresAt(), i.answer())));
            }
            return records;
        }
    }

    private static <K extends org.crm4j.core.SortKey> PageRequest<K> page(int page, K key) {
        return PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(key));
    }

    private static <T> List<T> all(IntFunction<Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int p = 0;; p++) {
            List<T> content = pages.apply(p).content();
            all.addAll(content);
            if (content.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }
}
