package org.crm4j.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.junit.jupiter.api.Test;

class CampaignTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final CustomerId ANN = new CustomerId(new UUID(0, 101));
    static final CustomerId BOB = new CustomerId(new UUID(0, 102));

    static NewCampaign spring(LocalDate start, LocalDate end) {
        return new NewCampaign("Spring sale", start, end,
                new CampaignTarget("customers who bought last spring", "20 % repeat purchases"),
                CampaignChannel.EMAIL, Money.of("1500.00", "EUR"));
    }

    static Campaign planned() {
        return Campaign.plan(new CampaignId(new UUID(0, 1)), spring(MARCH_1.plusDays(10), MARCH_1.plusDays(20)), NOW);
    }

    @Test
    void plan_endBeforeStart() {
        ValidationException e = assertThrows(ValidationException.class, () -> Campaign.plan(
                new CampaignId(new UUID(0, 1)), spring(MARCH_1, MARCH_1.minusDays(1)), NOW));
        assertEquals("endDate", e.field());
        assertEquals(Campaign.END_NOT_BEFORE_START, e.rule());
    }

    @Test
    void plan_endOnStartIsAOneDayCampaign() {
        Campaign oneDay = Campaign.plan(new CampaignId(new UUID(0, 1)), spring(MARCH_1, MARCH_1), NOW);
        assertEquals(CampaignStatus.RUNNING, oneDay.status(MARCH_1));
        assertEquals(CampaignStatus.FINISHED, oneDay.status(MARCH_1.plusDays(1)));
    }

    @Test
    void plan_blankName() {
        NewCampaign command = new NewCampaign("  ", MARCH_1, MARCH_1, planned().target(), CampaignChannel.SMS,
                Money.of("1", "EUR"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Campaign.plan(new CampaignId(new UUID(0, 1)), command, NOW));
        assertEquals("name", e.field());
        assertEquals(Require.NOT_BLANK, e.rule());
    }

    @Test
    void plan_negativeBudget() {
        NewCampaign command = new NewCampaign("x", MARCH_1, MARCH_1, planned().target(), CampaignChannel.SMS,
                Money.of("-0.01", "EUR"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Campaign.plan(new CampaignId(new UUID(0, 1)), command, NOW));
        assertEquals("budget", e.field());
        assertEquals(Campaign.BUDGET_NOT_NEGATIVE, e.rule());
    }

    @Test
    void plan_missingChannel() {
        NewCampaign command = new NewCampaign("x", MARCH_1, MARCH_1, planned().target(), null, Money.of("1", "EUR"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Campaign.plan(new CampaignId(new UUID(0, 1)), command, NOW));
        assertEquals("channel", e.field());
        assertEquals(Require.NOT_NULL, e.rule());
    }

    @Test
    void target_blankAudience() {
        ValidationException e = assertThrows(ValidationException.class, () -> new CampaignTarget("\t", "goal"));
        assertEquals("target.audience", e.field());
    }

    @Test
    void status_followsTheDates() {
        Campaign campaign = planned();
        assertEquals(CampaignStatus.PLANNED, campaign.status(MARCH_1.plusDays(9)));
        assertEquals(CampaignStatus.RUNNING, campaign.status(MARCH_1.plusDays(10)));
        assertEquals(CampaignStatus.RUNNING, campaign.status(MARCH_1.plusDays(20)));
        assertEquals(CampaignStatus.FINISHED, campaign.status(MARCH_1.plusDays(21)));
    }

    @Test
    void start_movesTheStartDateToToday() {
        Campaign started = planned().start(MARCH_1, NOW);
        assertEquals(MARCH_1, started.startDate());
        assertEquals(CampaignStatus.RUNNING, started.status(MARCH_1));
    }

    @Test
    void start_whenRunning() {
        Campaign running = planned().start(MARCH_1, NOW);
        ValidationException e = assertThrows(ValidationException.class, () -> running.start(MARCH_1, NOW));
        assertEquals("status", e.field());
        assertEquals(Campaign.PLANNED_TO_START, e.rule());
    }

    @Test
    void finish_whenPlanned() {
        ValidationException e = assertThrows(ValidationException.class, () -> planned().finish(MARCH_1, NOW));
        assertEquals(Campaign.RUNNING_TO_FINISH, e.rule());
    }

    @Test
    void finish_endsTodayForGood() {
        Campaign finished = planned().start(MARCH_1, NOW).finish(MARCH_1.plusDays(2), NOW.plusSeconds(60));
        assertEquals(MARCH_1.plusDays(2), finished.endDate());
        assertEquals(Optional.of(NOW.plusSeconds(60)), finished.finishedAt());
        assertEquals(CampaignStatus.FINISHED, finished.status(MARCH_1.plusDays(2)));
    }

    @Test
    void cancel_whenFinished() {
        Campaign finished = planned();
        LocalDate afterEnd = MARCH_1.plusDays(21);
        ValidationException e = assertThrows(ValidationException.class, () -> finished.cancel(afterEnd, NOW));
        assertEquals("status", e.field());
        assertEquals(Campaign.NOT_CLOSED, e.rule());
    }

    @Test
    void cancel_isFinal() {
        Campaign cancelled = planned().cancel(MARCH_1, NOW);
        assertEquals(CampaignStatus.CANCELLED, cancelled.status(MARCH_1.plusDays(15)));
        assertThrows(ValidationException.class, () -> cancelled.revise(CampaignUpdate.from(cancelled), MARCH_1, NOW));
        assertFalse(cancelled.acceptsMembers(MARCH_1));
    }

    @Test
    void revise_replacesTheValues() {
        Campaign campaign = planned();
        CampaignUpdate update = CampaignUpdate.from(campaign).withName("Summer sale")
                .withChannel(CampaignChannel.SOCIAL_MEDIA).withBudget(Money.of("10", "EUR"));
        Campaign revised = campaign.revise(update, MARCH_1, NOW.plusSeconds(1));
        assertEquals("Summer sale", revised.name());
        assertEquals(CampaignChannel.SOCIAL_MEDIA, revised.channel());
        assertEquals(NOW.plusSeconds(1), revised.updatedAt());
        assertEquals("Spring sale", campaign.name());
    }

    @Test
    void revise_runningCampaign_startMovedAfterToday_isRefusedSoItStaysRunning() {
        Campaign running = planned();
        LocalDate today = running.startDate().plusDays(2);
        CampaignUpdate later = CampaignUpdate.from(running).withDates(today.plusDays(1), running.endDate());

        ValidationException e = assertThrows(ValidationException.class, () -> running.revise(later, today, NOW));

        assertEquals("startDate", e.field());
        assertEquals(Campaign.STARTED_STAYS_STARTED, e.rule());
        assertEquals(CampaignStatus.RUNNING, running.status(today));
    }

    @Test
    void revise_runningCampaign_startMovedWithinThePast_staysRunning() {
        Campaign running = planned();
        LocalDate today = running.startDate().plusDays(2);

        Campaign revised = running.revise(CampaignUpdate.from(running).withDates(today, running.endDate()), today, NOW);

        assertEquals(today, revised.startDate());
        assertEquals(CampaignStatus.RUNNING, revised.status(today));
    }

    @Test
    void revise_plannedCampaign_mayMoveItsStartLater() {
        Campaign planned = planned();
        LocalDate later = planned.startDate().plusDays(5);

        Campaign revised = planned.revise(CampaignUpdate.from(planned).withDates(later, planned.endDate()), MARCH_1,
                NOW);

        assertEquals(later, revised.startDate());
        assertEquals(CampaignStatus.PLANNED, revised.status(MARCH_1));
    }

    @Test
    void plan_nameTooLong_isRefusedWithTheSharedRule() {
        NewCampaign command = new NewCampaign("x".repeat(Campaign.MAX_NAME_LENGTH + 1), MARCH_1, MARCH_1,
                planned().target(), CampaignChannel.SMS, Money.of("1", "EUR"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Campaign.plan(new CampaignId(new UUID(0, 1)), command, NOW));
        assertEquals("name", e.field());
        assertEquals("must be at most 200 characters", e.rule());
    }

    @Test
    void acceptsMembers_whilePlannedOrRunning() {
        Campaign campaign = planned();
        assertTrue(campaign.acceptsMembers(MARCH_1));
        assertTrue(campaign.acceptsMembers(MARCH_1.plusDays(20)));
        assertFalse(campaign.acceptsMembers(MARCH_1.plusDays(21)));
    }

    @Test
    void targetingPolicy_refusesInOrder() {
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> TargetingPolicy.requireTargetable(ANN, null, true, CampaignChannel.EMAIL));
        assertEquals("customerId", unknown.field());
        ValidationException archived = assertThrows(ValidationException.class,
                () -> TargetingPolicy.requireTargetable(ANN, false, true, CampaignChannel.EMAIL));
        assertEquals("customerId", archived.field());
        assertEquals(CampaignService.MEMBER_ACTIVE, archived.rule());
        ValidationException withdrawn = assertThrows(ValidationException.class,
                () -> TargetingPolicy.requireTargetable(ANN, true, true, CampaignChannel.POSTAL_MAIL));
        assertEquals("member", withdrawn.field());
        assertEquals(CampaignService.MEMBER_CONSENT, withdrawn.rule());
        assertTrue(withdrawn.getMessage().contains(ANN + " (POST)"), withdrawn.getMessage());
        TargetingPolicy.requireTargetable(ANN, true, false, CampaignChannel.EMAIL);
    }

    @Test
    void consentChannel_ofPersonalMediaOnly() {
        assertEquals(Optional.of(Channel.EMAIL), CampaignChannel.EMAIL.consentChannel());
        assertEquals(Optional.of(Channel.SMS), CampaignChannel.SMS.consentChannel());
        assertEquals(Optional.of(Channel.PHONE), CampaignChannel.PHONE.consentChannel());
        assertEquals(Optional.of(Channel.POST), CampaignChannel.POSTAL_MAIL.consentChannel());
        assertEquals(Optional.empty(), CampaignChannel.WEB.consentChannel());
        assertEquals(Optional.empty(), CampaignChannel.SOCIAL_MEDIA.consentChannel());
        assertEquals(Optional.empty(), CampaignChannel.EVENT.consentChannel());
    }

    @Test
    void member_convertAlsoRecordsTheResponse() {
        Instant later = NOW.plusSeconds(3600);
        CampaignMember bob = CampaignMember.targeted(planned().id(), BOB, NOW).convert(later);
        assertEquals(Optional.of(later), bob.respondedAt());
        assertEquals(Optional.of(later), bob.convertedAt());
        assertSame(bob, bob.convert(later.plusSeconds(1)));
    }

    @Test
    void member_firstResponseCounts() {
        CampaignMember responded = CampaignMember.targeted(planned().id(), ANN, NOW).respond(NOW.plusSeconds(5));
        assertSame(responded, responded.respond(NOW.plusSeconds(9)));
        assertEquals(Optional.of(NOW.plusSeconds(5)), responded.respondedAt());
        CampaignMember converted = responded.convert(NOW.plusSeconds(9));
        assertEquals(Optional.of(NOW.plusSeconds(5)), converted.respondedAt());
        assertEquals(Optional.of(NOW.plusSeconds(9)), converted.convertedAt());
    }

    @Test
    void member_convertedWithoutResponse() {
        CampaignId id = planned().id();
        Optional<Instant> none = Optional.empty();
        Optional<Instant> now = Optional.of(NOW);
        assertThrows(IllegalArgumentException.class, () -> new CampaignMember(id, ANN, NOW, none, now));
    }

    @Test
    void heldOutMember_cannotRespond_butConvertsWithoutAResponse() {
        CampaignMember heldOut = CampaignMember.heldOut(planned().id(), ANN, NOW);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> heldOut.respond(NOW.plusSeconds(5)));
        assertEquals("member", refused.field());
        assertEquals(CampaignMember.RESPONSE_NEEDS_CONTACT, refused.rule());

        CampaignMember converted = heldOut.convert(NOW.plusSeconds(9));
        assertEquals(Optional.of(NOW.plusSeconds(9)), converted.convertedAt());
        assertEquals(Optional.empty(), converted.respondedAt());
        assertTrue(converted.control());
        assertSame(converted, converted.convert(NOW.plusSeconds(20)));
        assertThrows(ValidationException.class, () -> converted.respond(NOW.plusSeconds(30)));
    }

    @Test
    void heldOutMember_withAResponse_isRefused() {
        CampaignId id = planned().id();
        Optional<Instant> now = Optional.of(NOW);
        assertThrows(IllegalArgumentException.class, () -> new CampaignMember(id, ANN, NOW, now, now, true));
        assertEquals(now, new CampaignMember(id, ANN, NOW, Optional.empty(), now, true).convertedAt());
    }

    @Test
    void results_countsAndRates() {
        CampaignResults results = planned().results(new MemberCounts(2, 2, 1));
        assertEquals(2, results.members());
        assertEquals(2, results.contacted().responded());
        assertEquals(1, results.contacted().converted());
        assertEquals(1.0, results.contacted().responseRate());
        assertEquals(0.5, results.contacted().conversionRate());
        assertEquals(new CampaignResults.Group(0, 0, 0), results.control());
        assertEquals(0.0, results.control().conversionRate());
        assertEquals(Optional.empty(), results.conversionUplift());
        assertEquals(Optional.of(Money.of("1500.00", "EUR")), results.costPerConversion());
        assertTrue(planned().results(new MemberCounts(0, 0, 0)).costPerConversion().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new MemberCounts(1, 2, 0));
    }

    @Test
    void results_withControlGroup_splitsContactedAndHeldOut() {
        // 8 contacted: 4 responded, 2 converted; 4 held out: 1 converted (without a response)
        CampaignResults results = planned().results(new MemberCounts(8, 4, 2, 4, 1));
        assertEquals(12, results.members());
        assertEquals(new CampaignResults.Group(8, 4, 2), results.contacted());
        assertEquals(new CampaignResults.Group(4, 0, 1), results.control());
        assertEquals(0.5, results.contacted().responseRate());
        assertEquals(0.25, results.contacted().conversionRate());
        assertEquals(0.25, results.control().conversionRate());
        assertEquals(0.0, results.control().responseRate());
        assertEquals(Optional.of(0.0), results.conversionUplift());
        // the budget of 1 500 EUR over the contacted members' 2 conversions, not over 3
        assertEquals(Optional.of(Money.of("750.00", "EUR")), results.costPerConversion());
        assertEquals(12, new MemberCounts(8, 4, 2, 4, 1).members());
        assertThrows(IllegalArgumentException.class, () -> new MemberCounts(8, 4, 2, 4, 5));
        assertThrows(IllegalArgumentException.class, () -> new MemberCounts(8, 4, 2, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CampaignResults(planned().id(),
                new CampaignResults.Group(8, 4, 2), new CampaignResults.Group(4, 1, 1), planned().budget()));
        assertThrows(IllegalArgumentException.class, () -> new CampaignResults(planned().id(),
                new CampaignResults.Group(8, 1, 2), new CampaignResults.Group(4, 0, 1), planned().budget()));
        assertThrows(IllegalArgumentException.class, () -> new CampaignResults.Group(4, 0, 5));
    }

    @Test
    void costPerConversion_roundsHalfEven() {
        CampaignResults results = new CampaignResults(new CampaignId(new UUID(0, 1)), new CampaignResults.Group(3, 3, 3),
                new CampaignResults.Group(0, 0, 0), Money.of("1", "EUR"));
        assertEquals(Optional.of(Money.of("0.33", "EUR")), results.costPerConversion());
    }

    @Test
    void query_toBeforeFrom() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CampaignQuery.all().overlapping(MARCH_1, MARCH_1.minusDays(1)));
        assertEquals("to", e.field());
        assertEquals(CampaignQuery.TO_NOT_BEFORE_FROM, e.rule());
    }

    @Test
    void query_matchesOnOverlapAndStatusOfTheDay() {
        Campaign campaign = planned();
        assertTrue(CampaignQuery.all().overlapping(MARCH_1, MARCH_1.plusDays(11)).matches(campaign, MARCH_1));
        assertFalse(CampaignQuery.all().overlapping(MARCH_1, MARCH_1.plusDays(10)).matches(campaign, MARCH_1));
        assertTrue(CampaignQuery.all().overlapping(MARCH_1.plusDays(20), MARCH_1.plusDays(21))
                .matches(campaign, MARCH_1));
        assertFalse(CampaignQuery.all().overlapping(MARCH_1.plusDays(21), MARCH_1.plusDays(22))
                .matches(campaign, MARCH_1));
        assertTrue(CampaignQuery.nameContains("SPRING").withStatus(CampaignStatus.RUNNING)
                .matches(campaign, MARCH_1.plusDays(10)));
        assertFalse(CampaignQuery.all().withChannel(CampaignChannel.SMS).matches(campaign, MARCH_1));
    }
}
