package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.UserId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.opportunity.LineItem;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.opportunity.OpportunitySort;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.StageProbabilities;
import org.crm4j.core.product.ProductRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OpportunityRepository} does, run by extending it as {@link PortsContract} shows. Every test has
 * customer 1 and product 2 stored (for adapters with foreign keys).
 */
public abstract class OpportunityRepositoryContract extends PortsContract {

    private static final UserId ANN = UserId.of("ann");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final StageProbabilities DEFAULTS = StageProbabilities.defaults();

    @BeforeEach
    final void customerAndProduct() {
        tx(() -> ports.get(CustomerRepository.class).save(Fixtures.customer(1, "Ada", "ada@example.org", NOW)));
        tx(() -> ports.get(ProductRepository.class).save(Fixtures.product(2, "TEA", "Tea", eur("4.50"), 10, NOW)));
    }

    private OpportunityRepository opportunities() {
        return ports.get(OpportunityRepository.class);
    }

    private static Opportunity deal(long n, String name, Money amount, LocalDate close) {
        return Opportunity.open(new OpportunityId(uuid(n)), Optional.of(Fixtures.customerId(1)), name, ANN, amount,
                close, OpportunityStage.PROSPECTING, DEFAULTS, List.of(), NOW);
    }

    @Test
    void save_find_roundTripsHistoryLineItemsAndReason() {
        Opportunity deal = Opportunity.open(new OpportunityId(uuid(10)), Optional.of(Fixtures.customerId(1)),
                        "Tea", ANN, eur("1234.56"), TODAY.plusDays(3),
                        OpportunityStage.QUALIFICATION, DEFAULTS,
                        List.of(new LineItem(Fixtures.productId(2), 3, eur("4.25")),
                                new LineItem(Fixtures.productId(2), 1, eur("0.00"))), NOW)
                .moveTo(OpportunityStage.NEGOTIATION, DEFAULTS, NOW.plusSeconds(1))
                .lose("budget cut", NOW.plusSeconds(2));
        assertEquals(deal, tx(() -> opportunities().save(deal)));
        assertEquals(Optional.of(deal), tx(() -> opportunities().find(deal.id())));
    }

    @Test
    void save_withoutCustomer_roundTrips() {
        Opportunity deal = Opportunity.open(new OpportunityId(uuid(10)), Optional.empty(), "Tea", ANN, eur("1.00"),
                TODAY, OpportunityStage.PROSPECTING, DEFAULTS, List.of(), NOW);
        tx(() -> opportunities().save(deal));
        assertEquals(Optional.of(deal), tx(() -> opportunities().find(deal.id())));
    }

    @Test
    void save_takenId_isDuplicate() {
        tx(() -> opportunities().save(deal(10, "A", eur("1.00"), TODAY)));
        DuplicateException e = assertThrows(DuplicateException.class,
                () -> tx(() -> opportunities().save(deal(10, "B", eur("2.00"), TODAY))));
        assertEquals("opportunityId", e.field());
    }

    @Test
    void update_storesAtTheNextVersion_staleIsRefused() {
        Opportunity deal = tx(() -> opportunities().save(deal(10, "A", eur("1.00"), TODAY)));
        Opportunity won = deal.win(NOW.plusSeconds(5));
        Opportunity stored = tx(() -> opportunities().update(won));
        assertEquals(won.withVersion(1), stored);
        assertThrows(ConcurrentUpdateException.class, () -> tx(() -> opportunities().update(
                deal.lose("late", NOW.plusSeconds(6)))));
        assertEquals(Optional.of(stored), tx(() -> opportunities().find(deal.id())));
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> tx(() -> opportunities().update(deal(11, "B", eur("1.00"), TODAY))));
        assertEquals("opportunityId", e.field());
    }

    @Test
    void search_sortsAndFilters() {
        Opportunity a = tx(() -> opportunities().save(deal(12, "beta", eur("30.00"), TODAY.plusDays(1))));
        Opportunity b = tx(() -> opportunities().save(deal(11, "Alpha", eur("20.00"), TODAY.plusDays(3))));
        Opportunity c = tx(() -> opportunities().save(deal(13, "Gamma", eur("10.00"), TODAY.plusDays(2))));
        Opportunity cWon = tx(() -> opportunities().update(c.win(NOW.plusSeconds(1))));
        PageRequest<OpportunitySort> all = PageRequest.of(0, 10);
        assertEquals(List.of(b, a, cWon), tx(() -> opportunities().search(OpportunityQuery.all(), all)).content());
        assertEquals(List.of(b, a, cWon), tx(() -> opportunities().search(OpportunityQuery.all(),
                PageRequest.of(0, 10, Sort.asc(OpportunitySort.NAME)))).content());
        assertEquals(List.of(a, b, cWon), tx(() -> opportunities().search(OpportunityQuery.all(),
                PageRequest.of(0, 10, Sort.desc(OpportunitySort.AMOUNT)))).content());
        assertEquals(List.of(a, cWon, b), tx(() -> opportunities().search(OpportunityQuery.all(),
                PageRequest.of(0, 10, Sort.asc(OpportunitySort.EXPECTED_CLOSE_DATE)))).content());
        assertEquals(List.of(cWon), tx(() -> opportunities().search(OpportunityQuery.all()
                .withStage(OpportunityStage.CLOSED_WON).withOwner(ANN)
                .withCustomer(Fixtures.customerId(1)), all)).content());
        assertEquals(List.of(), tx(() -> opportunities().search(OpportunityQuery.all()
                .withOwner(UserId.of("bob")), all)).content());
    }
}
