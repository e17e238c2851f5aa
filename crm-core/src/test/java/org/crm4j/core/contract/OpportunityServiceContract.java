package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.opportunity.LineItem;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.opportunity.OpportunityService;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.StageChange;
import org.crm4j.core.opportunity.StageProbabilities;
import org.crm4j.core.opportunity.WonOpportunity;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.InsufficientStockException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link OpportunityService} does over any adapter's ports, run by extending it as {@link PortsContract}
 * shows. The host configures the stage probabilities 5, 25, 60 and 90 % and knows the users {@code ann} and
 * {@code bob}; every test has the customer Ada and the product TEA (4.50 EUR, 10 in stock).
 */
public abstract class OpportunityServiceContract extends PortsContract {

    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final LocalDate IN_A_MONTH = TODAY.plusMonths(1);

    private MutableClock clock;
    private Crm crm;
    private OpportunityService opportunities;
    private CustomerId ada;
    private ProductId tea;

    @BeforeEach
    final void crmWithCustomerAndProduct() {
        clock = new MutableClock(NOW);
        crm = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence()).userDirectory(Set.of(ANN, BOB)::contains)
                .stageProbabilities(StageProbabilities.of(5, 25, 60, 90)).build();
        opportunities = crm.opportunities();
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10)).id();
    }

    private Opportunity deal() {
        return opportunities.create(NewOpportunity.of(ada, "Tea for the office", ANN, eur("900.00"), IN_A_MONTH));
    }

    private Opportunity dealWithLines(int quantity) {
        return opportunities.create(NewOpportunity.of(ada, "Tea for the office", ANN, eur("36.00"), IN_A_MONTH)
                .withLineItems(List.of(new LineItem(tea, quantity, eur("4.00")))));
    }

    private List<Object> everything() {
        return List.of(state(), tx(() -> ports.get(OpportunityRepository.class).search(OpportunityQuery.all(),
                PageRequest.of(0, PageRequest.MAX_SIZE)).content()));
    }

    private void assertRefused(String field, String rule, Runnable action) {
        List<Object> before = everything();
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
        assertEquals(before, everything());
    }

    private void assertNotFound(String field, Runnable action) {
        List<Object> before = everything();
        NotFoundException e = assertThrows(NotFoundException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(before, everything());
    }

    @Test
    void create_storesAtTheHostsProbabilityOfTheStage() {
        Opportunity deal = deal();
        assertEquals(OpportunityStage.PROSPECTING, deal.stage());
        assertEquals(5, deal.probability());
        assertEquals(Optional.of(ada), deal.customer());
        assertEquals(eur("900.00"), deal.amount());
        assertEquals(eur("45.00"), deal.weightedAmount());
        assertEquals(deal, opportunities.get(deal.id()));
        Opportunity proposal = opportunities.create(NewOpportunity.of(null, "Later", BOB, eur("10.00"), TODAY)
                .withStage(OpportunityStage.PROPOSAL));
        assertEquals(60, proposal.probability());
        assertEquals(Optional.empty(), proposal.customer());
    }

    @Test
    void moveTo_recordsEveryStageChangeWithItsTime() {
        Opportunity deal = deal();
        clock.advance(Duration.ofDays(1));
        opportunities.moveTo(deal.id(), OpportunityStage.PROPOSAL);
        clock.advance(Duration.ofDays(1));
        opportunities.moveTo(deal.id(), OpportunityStage.QUALIFICATION);
        clock.advance(Duration.ofDays(1));
        Opportunity won = opportunities.win(deal.id());
        assertEquals(List.of(
                new StageChange(OpportunityStage.PROSPECTING, OpportunityStage.PROPOSAL, NOW.plus(Duration.ofDays(1))),
                new StageChange(OpportunityStage.PROPOSAL, OpportunityStage.QUALIFICATION,
                        NOW.plus(Duration.ofDays(2))),
                new StageChange(OpportunityStage.QUALIFICATION, OpportunityStage.CLOSED_WON,
                        NOW.plus(Duration.ofDays(3)))), won.history());
        assertEquals(100, won.probability());
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(3))), won.closedAt());
        assertEquals(won, opportunities.get(deal.id()));
    }

    @Test
    void moveTo_takesTheStagesProbability() {
        assertEquals(90, opportunities.moveTo(deal().id(), OpportunityStage.NEGOTIATION).probability());
    }

    @Test
    void lose_recordsTheReasonAtZeroPercent() {
        Opportunity lost = opportunities.lose(deal().id(), " went with a competitor ");
        assertEquals(OpportunityStage.CLOSED_LOST, lost.stage());
        assertEquals(0, lost.probability());
        assertEquals(Optional.of("went with a competitor"), lost.lostReason());
    }

    @Test
    void movingAClosedOpportunity_isRefused() {
        Opportunity deal = deal();
        opportunities.win(deal.id());
        assertRefused("stage", Opportunity.OPEN_TO_CHANGE,
                () -> opportunities.moveTo(deal.id(), OpportunityStage.PROPOSAL));
        assertRefused("stage", Opportunity.OPEN_TO_CHANGE, () -> opportunities.lose(deal.id(), "changed mind"));
        assertRefused("stage", Opportunity.OPEN_TO_CHANGE, () -> opportunities.win(deal.id()));
    }

    @Test
    void winningWithoutCustomer_isRefused() {
        Opportunity deal = opportunities.create(NewOpportunity.of(null, "Unknown buyer", ANN, eur("1.00"), TODAY));
        assertRefused("customerId", Opportunity.WIN_NEEDS_CUSTOMER, () -> opportunities.win(deal.id()));
    }

    @Test
    void closeDateBeforeCreation_isRefused() {
        assertRefused("expectedCloseDate", Opportunity.CLOSE_AFTER_CREATION, () -> opportunities.create(
                NewOpportunity.of(ada, "Too late", ANN, eur("1.00"), TODAY.minusDays(1))));
    }

    @Test
    void negativeAmount_isRefused() {
        assertRefused("amount", Opportunity.NOT_NEGATIVE, () -> opportunities.create(
                NewOpportunity.of(ada, "Refund", ANN, eur("-1.00"), TODAY)));
    }

    @Test
    void lineItemInAnotherCurrency_isRefused() {
        assertRefused("lineItems[1].unitPrice", "must be EUR, the currency of the amount",
                () -> opportunities.create(NewOpportunity.of(ada, "Mixed", ANN, eur("10.00"), TODAY)
                        .withLineItems(List.of(new LineItem(tea, 1, eur("4.00")),
                                new LineItem(tea, 1, Money.of("4.00", "USD"))))));
    }

    @Test
    void closingStageThroughMoveTo_isRefused() {
        Opportunity deal = deal();
        assertRefused("stage", "must be open; win or lose the opportunity to close it",
                () -> opportunities.moveTo(deal.id(), OpportunityStage.CLOSED_WON));
    }

    @Test
    void unknownCustomerProductOwnerOrOpportunity_isNotFound() {
        assertNotFound("customerId", () -> opportunities.create(NewOpportunity.of(new CustomerId(uuid(404)), "X",
                ANN, eur("1.00"), TODAY)));
        assertNotFound("lineItems[0].productId", () -> opportunities.create(NewOpportunity.of(ada, "X", ANN,
                eur("1.00"), TODAY).withLineItems(List.of(new LineItem(new ProductId(uuid(404)), 1,
                eur("1.00"))))));
        assertNotFound("owner", () -> opportunities.create(NewOpportunity.of(ada, "X", UserId.of("mallory"),
                eur("1.00"), TODAY)));
        assertNotFound("opportunityId", () -> opportunities.win(new OpportunityId(uuid(404))));
    }

    @Test
    void winRecordingSales_recordsOneSalePerLineItemAndTakesStock() {
        Opportunity deal = dealWithLines(9);
        WonOpportunity won = opportunities.winRecordingSales(deal.id());
        assertEquals(OpportunityStage.CLOSED_WON, won.opportunity().stage());
        assertEquals(1, won.sales().size());
        assertEquals(9, won.sales().get(0).quantity());
        assertEquals(ada, won.sales().get(0).customerId());
        assertEquals(1, crm.products().get(tea).stock());
        assertEquals(won.opportunity(), opportunities.get(deal.id()));
    }

    @Test
    void winRecordingSales_recordsTheNegotiatedUnitPriceNotTheProductsCurrentPrice() {
        Opportunity deal = dealWithLines(9);
        crm.products().update(tea, org.crm4j.core.product.ProductUpdate.from(crm.products().get(tea))
                .withPrice(eur("5.25")));

        WonOpportunity won = opportunities.winRecordingSales(deal.id());

        assertEquals(eur("4.00"), won.sales().get(0).unitPrice());
        assertEquals(eur("36.00"), won.sales().get(0).total());
        assertEquals(eur("4.00"), crm.sales().get(won.sales().get(0).id()).unitPrice());
    }

    @Test
    void winRecordingSales_lineItemInAnotherCurrencyThanTheProduct_changesNothing() {
        Opportunity deal = opportunities.create(NewOpportunity.of(ada, "Tea in dollars", ANN,
                Money.of("40.00", "USD"), IN_A_MONTH).withLineItems(List.of(
                        new LineItem(tea, 2, Money.of("4.00", "USD")))));
        assertRefused("sales[0].unitPrice", "must be in EUR, the currency of the product's price",
                () -> opportunities.winRecordingSales(deal.id()));
        assertEquals(OpportunityStage.PROSPECTING, opportunities.get(deal.id()).stage());
        assertEquals(10, crm.products().get(tea).stock());
    }

    @Test
    void winRecordingSales_withoutStock_changesNothing() {
        Opportunity deal = dealWithLines(11);
        List<Object> before = everything();
        assertThrows(InsufficientStockException.class, () -> opportunities.winRecordingSales(deal.id()));
        assertEquals(before, everything());
        assertEquals(OpportunityStage.PROSPECTING, opportunities.get(deal.id()).stage());
    }

    @Test
    void winRecordingSales_withoutLineItems_isRefused() {
        Opportunity deal = deal();
        assertRefused("lineItems", "must not be empty to record sales",
                () -> opportunities.winRecordingSales(deal.id()));
    }

    @Test
    void changeLineItems_replacesThem() {
        Opportunity deal = deal();
        List<LineItem> items = List.of(new LineItem(tea, 3, eur("4.20")));
        assertEquals(items, opportunities.changeLineItems(deal.id(), items).lineItems());
        assertEquals(eur("12.60"), opportunities.get(deal.id()).lineItems().get(0).total());
    }

    @Test
    void search_byOwnerAndStage() {
        Opportunity first = deal();
        Opportunity second = opportunities.create(NewOpportunity.of(ada, "Second", BOB, eur("5.00"), TODAY));
        opportunities.moveTo(second.id(), OpportunityStage.PROPOSAL);
        PageRequest<org.crm4j.core.opportunity.OpportunitySort> page = PageRequest.of(0, 10);
        assertEquals(List.of(first.id()), opportunities.search(OpportunityQuery.all().withOwner(ANN), page)
                .content().stream().map(Opportunity::id).toList());
        assertEquals(List.of(second.id()), opportunities.search(OpportunityQuery.all()
                .withStage(OpportunityStage.PROPOSAL).withCustomer(ada), page).content().stream()
                .map(Opportunity::id).toList());
    }

    @Test
    void reassign_unknownOwner_isNotFound() {
        Opportunity deal = deal();
        assertEquals(BOB, opportunities.reassign(deal.id(), BOB).owner());
        assertNotFound("owner", () -> opportunities.reassign(deal.id(), UserId.of("mallory")));
    }
}
