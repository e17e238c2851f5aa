package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.survey.CampaignInvitations;
import org.crm4j.core.survey.CustomQuestion;
import org.crm4j.core.survey.FollowUpRule;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.MonthlyScores;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.SatisfactionPeriod;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyAnswer;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.survey.SurveyResponse;
import org.crm4j.core.survey.SurveyService;
import org.crm4j.core.survey.SurveyToken;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What {@link SurveyService} does over any adapter's ports: definitions, invitations after a resolved ticket and
 * to a campaign's members (consent honoured), one answer per token before expiry, and the unhappy-answer rule
 * opening a follow-up ticket end to end. Every refused call is checked to have changed nothing (the customer's
 * invitations and tickets are compared before and after).
 */
public abstract class SurveyServiceContract extends PortsContract {

    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private MutableClock clock;
    private Crm crm;
    private SurveyService surveys;
    private CustomerId ada;
    private SaleId sale;
    private ProductId tea;
    private Ticket resolved;

    @BeforeEach
    final void crmWithAResolvedTicket() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.random());
        surveys = crm.surveys();
        ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org")).id();
        tea = crm.products().create(new NewProduct("TEA-1", "Tea", eur("4.50"), 10)).id();
        sale = crm.sales().record(NewSale.of(ada, tea, 2)).id();
        resolved = resolvedTicket();
    }

    private Ticket resolvedTicket() {
        Ticket ticket = crm.tickets().open(NewTicket.of(ada, "Tea arrived wet", "The parcel was soaked.", "COMPLAINT",
                TicketPriority.NORMAL, TicketChannel.EMAIL).withSale(sale).withProduct(tea));
        crm.tickets().moveTo(ticket.id(), TicketStatus.OPEN);
        return crm.tickets().resolve(ticket.id(), new Resolution("REPLACED", "Sent a new box."));
    }

    private Survey afterTicket() {
        return surveys.define(NewSurvey.of("After your ticket", "COMPLAINT"));
    }

    private IssuedInvitation invited() {
        return surveys.inviteAfterTicket(afterTicket().id(), resolved.id(), Channel.EMAIL);
    }

    private static SurveyResponse scores(int csat, int nps) {
        return SurveyResponse.empty().withCsat(csat).withNps(nps);
    }

    private record Snapshot(List<SurveyInvitation> invitations, List<Ticket> tickets) {
    }

    private Snapshot snapshot() {
        return new Snapshot(surveys.invitationsOf(ada), crm.tickets().ofCustomer(ada));
    }

    /** Asserts that {@code call} is refused on {@code field} with {@code rule} and that nothing changed. */
    private void refused(String field, String rule, Executable call) {
        Snapshot before = snapshot();
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(rule, e.rule(), e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void define_storesTheSurvey() {
        Survey survey = surveys.define(NewSurvey.of("After your ticket", "COMPLAINT")
                .withQuestion(new CustomQuestion("EASE", "How easy was it to reach us?", 1, 7))
                .withValidity(Duration.ofDays(3)).withThresholds(3, 5, TicketPriority.URGENT));

        assertEquals(survey, surveys.get(survey.id()));
        assertEquals(NOW, survey.createdAt());
        assertEquals(0, survey.version());
        assertEquals(new FollowUpRule(3, 5, "COMPLAINT", TicketPriority.URGENT), survey.followUp());
        assertEquals(List.of(new CustomQuestion("EASE", "How easy was it to reach us?", 1, 7)), survey.questions());
    }

    @Test
    void define_refusesBadDefinitionsAndStoresNothing() {
        NewSurvey good = NewSurvey.of("After your ticket", "COMPLAINT");
        List<Object[]> cases = List.of(
                new Object[] {good.asking(false, false, false), "questions", Survey.ASKS_SOMETHING},
                new Object[] {good.withValidity(Duration.ofMinutes(59)), "validity", Survey.VALIDITY_RULE},
                new Object[] {good.withValidity(Duration.ofDays(366)), "validity", Survey.VALIDITY_RULE},
                new Object[] {good.withQuestion(new CustomQuestion("EASE", "Easy?", 1, 7))
                        .withQuestion(new CustomQuestion("EASE", "Fast?", 1, 7)), "questions[1].code",
                        Survey.UNIQUE_CODE},
                new Object[] {good.withFollowUp(FollowUpRule.defaults("PRAISE")), "followUp.category",
                        "must be one of [COMPLAINT, INCIDENT, QUESTION, REQUEST]"},
                new Object[] {new NewSurvey(" ", true, true, true, List.of(), Duration.ofDays(1),
                        FollowUpRule.defaults("COMPLAINT")), "name", "must not be blank"});
        for (Object[] c : cases) {
            ValidationException e = assertThrows(ValidationException.class, () -> surveys.define((NewSurvey) c[0]));
            assertEquals(c[1], e.field(), e.getMessage());
            assertEquals(c[2], e.rule(), e.getMessage());
        }
        assertThrows(NotFoundException.class, () -> surveys.inviteAfterTicket(
                new org.crm4j.core.survey.SurveyId(Fixtures.uuid(1)), resolved.id(), Channel.EMAIL));
    }

    @Test
    void followUpThresholds_outsideTheirRangesAreRefused() {
        ValidationException csat = assertThrows(ValidationException.class,
                () -> new FollowUpRule(5, 6, "COMPLAINT", TicketPriority.HIGH));
        assertEquals("followUp.csatAtMost", csat.field());
        assertEquals(FollowUpRule.CSAT_THRESHOLD_RULE, csat.rule());
        ValidationException nps = assertThrows(ValidationException.class,
                () -> new FollowUpRule(2, 10, "COMPLAINT", TicketPriority.HIGH));
        assertEquals("followUp.npsAtMost", nps.field());
        assertEquals(FollowUpRule.NPS_THRESHOLD_RULE, nps.rule());
    }

    @Test
    void inviteAfterTicket_storesOnlyTheTokensHash() {
        IssuedInvitation issued = invited();
        SurveyInvitation invitation = issued.invitation();

        assertEquals(43, issued.token().value().length());
        assertEquals(issued.token().hash(), invitation.tokenHash());
        assertFalse(invitation.tokenHash().hex().contains(issued.token().value()));
        assertEquals(Optional.of(resolved.id()), invitation.ticket());
        assertEquals(ada, invitation.customer());
        assertEquals(NOW, invitation.sentAt());
        assertEquals(NOW.plus(NewSurvey.DEFAULT_VALIDITY), invitation.expiresAt());
        assertEquals(Optional.empty(), invitation.answer());
        assertEquals(List.of(invitation), surveys.invitationsOf(ada));
        assertEquals(Optional.of(invitation), surveys.invitation(invitation.id()));
        assertEquals(invitation, tx(() -> ports.get(SurveyInvitationRepository.class)
                .findByToken(issued.token().hash())).orElseThrow());
        assertEquals("SurveyToken[hidden]", issued.token().toString());
    }

    @Test
    void tokens_areDistinctAndCarry256RandomBits() {
        Survey survey = afterTicket();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Ticket ticket = resolvedTicket();
            tokens.add(surveys.inviteAfterTicket(survey.id(), ticket.id(), Channel.EMAIL).token().value());
        }
        assertEquals(20, tokens.stream().distinct().count());
        assertEquals(20, tokens.stream().map(t -> java.util.Base64.getUrlDecoder().decode(t))
                .filter(b -> b.length == SurveyToken.BYTES).count());
    }

    @Test
    void inviteAfterTicket_refusesAnUnresolvedTicketASecondInvitationAndARefusedChannel() {
        Survey survey = afterTicket();
        Ticket open = crm.tickets().open(NewTicket.of(ada, "Where is my tea?", "Not arrived.", "QUESTION",
                TicketPriority.LOW, TicketChannel.WEB));
        refused("ticketId", SurveyService.TICKET_RESOLVED,
                () -> surveys.inviteAfterTicket(survey.id(), open.id(), Channel.EMAIL));

        surveys.inviteAfterTicket(survey.id(), resolved.id(), Channel.EMAIL);
        refused("ticketId", SurveyService.INVITED_ONCE,
                () -> surveys.inviteAfterTicket(survey.id(), resolved.id(), Channel.SMS));

        crm.customers().recordConsent(ada, Channel.SMS, false);
        Ticket another = resolvedTicket();
        refused("channel", SurveyService.CONSENTED,
                () -> surveys.inviteAfterTicket(survey.id(), another.id(), Channel.SMS));
        assertThrows(NotFoundException.class, () -> surveys.inviteAfterTicket(survey.id(),
                new org.crm4j.core.ticket.TicketId(Fixtures.uuid(7)), Channel.EMAIL));
    }

    @Test
    void answer_happy_isStoredWithoutFollowUp() {
        IssuedInvitation issued = invited();
        clock.advance(Duration.ofHours(2));

        SurveyInvitation answered = surveys.answer(issued.token().value(),
                scores(5, 9).withComment("Quick and kind."));

        SurveyAnswer answer = answered.answer().orElseThrow();
        assertEquals(Optional.of(5), answer.csat());
        assertEquals(Optional.of(9), answer.nps());
        assertEquals(Optional.of("Quick and kind."), answer.comment());
        assertEquals(NOW.plus(Duration.ofHours(2)), answer.answeredAt());
        assertEquals(Optional.empty(), answer.followUp());
        assertEquals(Optional.of(answered), surveys.invitation(answered.id()));
        assertEquals(List.of(resolved.id()), crm.tickets().ofCustomer(ada).stream().map(Ticket::id).toList());
    }

    @Test
    void answer_unhappyCsat_opensAFollowUpTicketLinkedToTheAnswerAndTheOriginalTicket() {
        IssuedInvitation issued = invited();
        clock.advance(Duration.ofHours(1));

        SurveyInvitation answered = surveys.answer(issued.token(), scores(2, 8).withComment("Still wet."));

        Ticket followUp = crm.tickets().get(answered.answer().orElseThrow().followUp().orElseThrow());
        assertEquals(ada, followUp.customer());
        assertEquals(TicketStatus.NEW, followUp.status());
        assertEquals("COMPLAINT", followUp.category());
        assertEquals(TicketPriority.HIGH, followUp.priority());
        assertEquals(TicketChannel.WEB, followUp.channel());
        assertEquals(Optional.of(sale), followUp.sale());
        assertEquals(Optional.of(tea), followUp.product());
        assertEquals("Unhappy survey answer: After your ticket", followUp.subject());
        assertEquals("Unhappy answer to survey \"After your ticket\" (invitation " + answered.id()
                + "), CSAT 2, NPS 8, about ticket " + resolved.id() + ". Comment: Still wet.",
                followUp.description());
        assertEquals(Optional.of(resolved.id()), answered.ticket());
        assertEquals(answered, surveys.invitation(answered.id()).orElseThrow());
        assertEquals(2, crm.tickets().ofCustomer(ada).size());
    }

    @Test
    void answer_npsDetractorOpensAFollowUp_passiveDoesNot() {
        Survey survey = afterTicket();
        IssuedInvitation detractor = surveys.inviteAfterTicket(survey.id(), resolved.id(), Channel.EMAIL);
        IssuedInvitation passive = surveys.inviteAfterTicket(survey.id(), resolvedTicket().id(), Channel.EMAIL);

        assertTrue(surveys.answer(detractor.token(), scores(3, 6)).answer().orElseThrow().followUp().isPresent());
        assertEquals(Optional.empty(), surveys.answer(passive.token(), scores(3, 7)).answer().orElseThrow()
                .followUp());
    }

    @Test
    void answer_thresholdsAreTheSurveys() {
        Survey strict = surveys.define(NewSurvey.of("Strict", "INCIDENT").withThresholds(3, 0, TicketPriority.URGENT));
        IssuedInvitation three = surveys.inviteAfterTicket(strict.id(), resolved.id(), Channel.EMAIL);
        IssuedInvitation nps1 = surveys.inviteAfterTicket(strict.id(), resolvedTicket().id(), Channel.EMAIL);

        Ticket followUp = crm.tickets().get(surveys.answer(three.token(), scores(3, 10)).answer().orElseThrow()
                .followUp().orElseThrow());
        assertEquals("INCIDENT", followUp.category());
        assertEquals(TicketPriority.URGENT, followUp.priority());
        assertEquals(Optional.empty(), surveys.answer(nps1.token(), scores(4, 1)).answer().orElseThrow().followUp());
    }

    @Test
    void answer_twice_isRefusedAndChangesNothing() {
        IssuedInvitation issued = invited();
        surveys.answer(issued.token(), scores(1, 0));
        clock.advance(Duration.ofMinutes(5));

        refused("token", SurveyInvitation.ANSWER_ONCE, () -> surveys.answer(issued.token(), scores(5, 10)));
    }

    @Test
    void answer_afterExpiry_isRefused() {
        IssuedInvitation issued = invited();
        clock.advance(NewSurvey.DEFAULT_VALIDITY.minusNanos(1000));
        SurveyInvitation last = surveys.answer(issued.token(), scores(4, 9));
        assertTrue(last.answered());

        IssuedInvitation late = surveys.inviteAfterTicket(last.survey(), resolvedTicket().id(), Channel.EMAIL);
        clock.advance(NewSurvey.DEFAULT_VALIDITY);
        refused("token", SurveyInvitation.NOT_EXPIRED, () -> surveys.answer(late.token(), scores(1, 0)));
    }

    @Test
    void answer_unknownOrMalformedToken_isRefused() {
        invited();
        SurveyToken guessed = SurveyToken.random(new java.security.SecureRandom());
        refused("token", SurveyService.UNKNOWN_TOKEN, () -> surveys.answer(guessed, scores(1, 0)));
        refused("token", SurveyToken.FORMAT_RULE, () -> surveys.answer("not-a-token", scores(1, 0)));
        refused("token", SurveyToken.FORMAT_RULE, () -> surveys.answer("a".repeat(42) + "=", scores(1, 0)));
    }

    @Test
    void answer_scoresOffTheirScalesOrQuestionsNotAsked_areRefused() {
        Survey survey = surveys.define(NewSurvey.of("Custom", "COMPLAINT").asking(true, false, false)
                .withQuestion(new CustomQuestion("EASE", "How easy?", 1, 7)));
        SurveyToken token = surveys.inviteAfterTicket(survey.id(), resolved.id(), Channel.EMAIL).token();
        SurveyToken both = invited().token();

        refused("csat", SurveyInvitation.CSAT_RULE, () -> surveys.answer(token, SurveyResponse.empty().withCsat(0)));
        refused("csat", SurveyInvitation.CSAT_RULE, () -> surveys.answer(token, SurveyResponse.empty().withCsat(6)));
        refused("nps", SurveyInvitation.NPS_RULE, () -> surveys.answer(both, scores(3, -1)));
        refused("nps", SurveyInvitation.NPS_RULE, () -> surveys.answer(both, scores(3, 11)));
        refused("csat", SurveyInvitation.ASKED, () -> surveys.answer(both, SurveyResponse.empty().withNps(3)));
        refused("nps", SurveyInvitation.NOT_ASKED, () -> surveys.answer(token, scores(3, 3)));
        refused("comment", SurveyInvitation.NOT_ASKED,
                () -> surveys.answer(token, SurveyResponse.empty().withCsat(3).withComment("Hm.")));
        refused("comment", "must not be blank", () -> surveys.answer(both, scores(3, 3).withComment("  ")));
        refused("scores[EASE]", "must be in [1, 7]",
                () -> surveys.answer(token, SurveyResponse.empty().withCsat(3).withScore("EASE", 8)));
        refused("scores[SPEED]", "must be a question of the survey",
                () -> surveys.answer(token, SurveyResponse.empty().withCsat(3).withScore("SPEED", 1)));

        SurveyInvitation answered = surveys.answer(token, SurveyResponse.empty().withCsat(1).withScore("EASE", 7));
        assertEquals(Map.of("EASE", 7), answered.answer().orElseThrow().scores());
        assertEquals(answered, surveys.invitation(answered.id()).orElseThrow());
    }

    @Test
    void inviteCampaign_invitesActiveMembersWhoDidNotRefuseTheChannel() {
        CustomerId bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        CustomerId cid = crm.customers().register(NewCustomer.of("Cid", "cid@example.org")).id();
        Campaign spring = crm.campaigns().plan(new NewCampaign("Spring sale", TODAY, TODAY.plusDays(30),
                new CampaignTarget("tea buyers", "repeat purchases"), CampaignChannel.EMAIL, eur("100.00")));
        crm.campaigns().addMembers(spring.id(), List.of(ada, bob, cid));
        crm.customers().recordConsent(bob, Channel.EMAIL, false);
        crm.customers().archive(cid);
        Survey survey = surveys.define(NewSurvey.of("Spring sale", "COMPLAINT"));

        CampaignInvitations sent = surveys.inviteCampaign(survey.id(), spring.id(), Channel.EMAIL);

        assertEquals(List.of(ada), sent.issued().stream().map(i -> i.invitation().customer()).toList());
        assertEquals(Set.of(bob, cid), Set.copyOf(sent.skipped()));
        SurveyInvitation invitation = sent.issued().get(0).invitation();
        assertEquals(Optional.of(spring.id()), invitation.campaign());
        assertEquals(Optional.empty(), invitation.ticket());
        assertEquals(List.of(invitation), surveys.invitationsOf(ada));

        refused("campaignId", SurveyService.INVITED_ONCE,
                () -> surveys.inviteCampaign(survey.id(), spring.id(), Channel.EMAIL));
        SurveyInvitation answered = surveys.answer(sent.issued().get(0).token(), scores(1, 2));
        Ticket followUp = crm.tickets().get(answered.answer().orElseThrow().followUp().orElseThrow());
        assertEquals(Optional.empty(), followUp.sale());
        assertFalse(followUp.description().contains("about ticket"));
    }

    @Test
    void inviteCampaign_skipsMembersHeldOutInTheControlGroup() {
        List<CustomerId> targeted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            targeted.add(crm.customers().register(NewCustomer.of("Member " + i, "held" + i + "@example.org")).id());
        }
        Campaign spring = crm.campaigns().plan(new NewCampaign("Spring sale", TODAY, TODAY.plusDays(30),
                new CampaignTarget("tea buyers", "repeat purchases"), CampaignChannel.EMAIL, eur("100.00")));
        crm.campaigns().holdOut(spring.id(), ControlGroup.of(0.5, 7));
        crm.campaigns().addMembers(spring.id(), targeted);
        Set<CustomerId> control = new HashSet<>();
        for (int page = 0; page < 2; page++) {
            for (CampaignMemberDetails member : crm.campaigns().members(spring.id(),
                    PageRequest.of(page, 20, Sort.asc(CampaignMemberSort.NAME))).content()) {
                if (member.member().control()) {
                    control.add(member.member().customer());
                }
            }
        }
        assertFalse(control.isEmpty(), "a 50 % control group of 40 members holds someone out");
        Survey survey = surveys.define(NewSurvey.of("Spring sale", "COMPLAINT"));

        CampaignInvitations sent = surveys.inviteCampaign(survey.id(), spring.id(), Channel.EMAIL);

        Set<CustomerId> invited = sent.issued().stream().map(i -> i.invitation().customer())
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(sent.skipped()), control);
        Set<CustomerId> contacted = new HashSet<>(targeted);
        contacted.removeAll(control);
        assertEquals(contacted, invited);
    }

    @Test
    void satisfaction_countsAnswersPerUtcMonth() {
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            members.add(crm.customers().register(NewCustomer.of("Member " + i, "m" + i + "@example.org")).id());
        }
        Campaign pulse = crm.campaigns().plan(new NewCampaign("Pulse", TODAY, TODAY.plusDays(90),
                new CampaignTarget("everyone", "a pulse"), CampaignChannel.EMAIL, eur("10.00")));
        crm.campaigns().addMembers(pulse.id(), members);
        Survey survey = surveys.define(NewSurvey.of("Pulse", "COMPLAINT").withValidity(Duration.ofDays(90)));
        List<IssuedInvitation> issued = surveys.inviteCampaign(survey.id(), pulse.id(), Channel.EMAIL).issued();
        long[][] expected = new long[2][5]; // March, April: CSAT answers, satisfied, NPS answers, promoters, detractors
        for (int i = 0; i < 30; i++) {
            int csat = 1 + i % 5;
            int nps = (3 * i) % 11;
            // March 31 23:30 UTC is still March; April 1 00:30 UTC is April
            clock.set(i < 18 ? Instant.parse("2026-03-31T23:30:00Z").minus(Duration.ofHours(i))
                    : Instant.parse("2026-04-01T00:30:00Z").plus(Duration.ofHours(i)));
            surveys.answer(issued.get(i).token(), SurveyResponse.empty().withCsat(csat).withNps(nps));
            long[] month = expected[i < 18 ? 0 : 1];
            month[0]++;
            month[1] += csat >= 4 ? 1 : 0;
            month[2]++;
            month[3] += nps >= 9 ? 1 : 0;
            month[4] += nps <= 6 ? 1 : 0;
        }

        List<SatisfactionPeriod> periods = surveys.satisfaction(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-05-01T00:00:00Z"));

        assertEquals(List.of(
                SatisfactionPeriod.of(new MonthlyScores(YearMonth.of(2026, 3), expected[0][0],
                        expected[0][1], expected[0][2], expected[0][3], expected[0][4])),
                SatisfactionPeriod.of(new MonthlyScores(YearMonth.of(2026, 4), expected[1][0],
                        expected[1][1], expected[1][2], expected[1][3], expected[1][4]))), periods);
        assertEquals(List.of(18L, 6L, 18L, 3L, 12L), Arrays.stream(expected[0]).boxed().toList());
        assertEquals(List.of(periods.get(0)), surveys.satisfaction(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z")));
        assertEquals(List.of(), surveys.satisfaction(Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-01T00:00:00Z")));
        ValidationException e = assertThrows(ValidationException.class, () -> surveys.satisfaction(
                Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")));
        assertEquals("to", e.field());
    }

    @Test
    void answer_byEightThreadsAtOnce_storesOneAnswerAndOneFollowUp() throws InterruptedException {
        IssuedInvitation issued = invited();
        List<Callable<SurveyInvitation>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int csat = 1 + i % 2;
            tasks.add(() -> surveys.answer(issued.token(), scores(csat, 0)));
        }

        List<Throwable> failures = Concurrently.run(tasks);

        assertEquals(7, failures.size(), failures.toString());
        for (Throwable failure : failures) {
            assertTrue(failure instanceof ConcurrentUpdateException
                    || failure instanceof ValidationException v && v.rule().equals(SurveyInvitation.ANSWER_ONCE),
                    failure.toString());
        }
        SurveyInvitation stored = surveys.invitation(issued.invitation().id()).orElseThrow();
        assertEquals(1, stored.version());
        assertEquals(2, crm.tickets().ofCustomer(ada).size());
        assertEquals(stored.answer().orElseThrow().followUp().orElseThrow(), crm.tickets().ofCustomer(ada).stream()
                .map(Ticket::id).filter(id -> !id.equals(resolved.id())).findFirst().orElseThrow());
        assertNotEquals(resolved.id(), stored.answer().orElseThrow().followUp().orElseThrow());
    }
}
