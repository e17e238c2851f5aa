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
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.activity.ActivityQuery;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.activity.ActivityService;
import org.crm4j.core.activity.ActivitySort;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ActivityService} does over any adapter's ports, run by extending it as {@link PortsContract} shows.
 * Every test has the customers Ada and Bob, a lead and an opportunity of Ada's.
 */
public abstract class ActivityServiceContract extends PortsContract {

    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private MutableClock clock;
    private ActivityService activities;
    private CustomerId ada;
    private CustomerId bob;
    private LeadId lead;
    private OpportunityId deal;

    @BeforeEach
    final void crmWithLinks() {
        clock = new MutableClock(NOW);
        Crm crm = crm(clock, IdGenerator.sequence());
        activities = crm.activities();
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        lead = crm.leads().create(NewLead.of("Cid", "cid@example.org", LeadSource.WEB, UserId.of("ann"))).id();
        deal = crm.opportunities().create(NewOpportunity.of(ada, "Tea", UserId.of("ann"), eur("10.00"), TODAY))
                .id();
        clock.advance(Duration.ofHours(1));
    }

    private List<Object> everything() {
        return List.of(state(), tx(() -> ports.get(ActivityRepository.class).search(ActivityQuery.all(),
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
    void record_callAboutACustomer() {
        Activity call = activities.record(NewActivity.happened(ActivityType.CALL, "Asked for prices", NOW)
                .withBody("wants 20 kg").about(ada));
        assertEquals(Optional.of(ada), call.customer());
        assertEquals(Optional.of("wants 20 kg"), call.body());
        assertEquals(NOW, call.timelineAt());
        assertEquals(call, activities.get(call.id()));
    }

    @Test
    void record_aboutAnOpportunity_linksItsCustomer() {
        Activity meeting = activities.record(NewActivity.happened(ActivityType.MEETING, "Tasting", NOW).about(deal));
        assertEquals(Optional.of(ada), meeting.customer());
        assertEquals(Optional.of(deal), meeting.opportunity());
    }

    @Test
    void record_aboutAnOpportunityOfAnotherCustomer_isRefused() {
        assertRefused("customerId", "must be the opportunity's customer " + ada, () -> activities.record(
                NewActivity.happened(ActivityType.NOTE, "Mixed up", NOW).about(deal).about(bob)));
    }

    @Test
    void completeTask_recordsTheTime() {
        Activity task = activities.record(NewActivity.task("Send offer", TODAY.plusDays(2)).about(lead));
        assertEquals(List.of(task), activities.search(ActivityQuery.all().openTasks(), PageRequest.of(0, 10))
                .content());
        clock.advance(Duration.ofMinutes(30));
        Activity done = activities.complete(task.id());
        assertEquals(Optional.of(clock.instant()), done.completedAt());
        assertEquals(clock.instant(), done.timelineAt());
        assertEquals(List.of(), activities.search(ActivityQuery.all().openTasks(), PageRequest.of(0, 10)).content());
        assertRefused("completedAt", Activity.NOT_COMPLETED, () -> activities.complete(task.id()));
    }

    @Test
    void completingANonTask_isRefused() {
        Activity call = activities.record(NewActivity.happened(ActivityType.CALL, "Hello", NOW).about(ada));
        assertRefused("type", Activity.TASK_ONLY, () -> activities.complete(call.id()));
    }

    @Test
    void activityLinkedToNothing_isRefused() {
        assertRefused("link", Activity.LINKED,
                () -> activities.record(NewActivity.happened(ActivityType.NOTE, "About nobody", NOW)));
    }

    @Test
    void activityLinkedToAnUnknownRecord_isNotFound() {
        assertNotFound("customerId", () -> activities.record(NewActivity.happened(ActivityType.NOTE, "x", NOW)
                .about(new CustomerId(uuid(404)))));
        assertNotFound("leadId", () -> activities.record(NewActivity.happened(ActivityType.NOTE, "x", NOW)
                .about(new LeadId(uuid(404)))));
        assertNotFound("opportunityId", () -> activities.record(NewActivity.happened(ActivityType.NOTE, "x", NOW)
                .about(new OpportunityId(uuid(404)))));
        assertNotFound("activityId", () -> activities.complete(new ActivityId(uuid(404))));
    }

    @Test
    void timeAndDueDate_belongToTheirTypes() {
        assertRefused("dueDate", Activity.TASK_DUE, () -> activities.record(new NewActivity(ActivityType.TASK, "x",
                Optional.empty(), Optional.of(ada), Optional.empty(), Optional.empty(), Optional.of(NOW),
                Optional.empty())));
        assertRefused("occurredAt", Activity.TIMED, () -> activities.record(new NewActivity(ActivityType.CALL, "x",
                Optional.empty(), Optional.of(ada), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())));
        assertRefused("occurredAt", "must not be in the future", () -> activities.record(NewActivity.happened(
                ActivityType.CALL, "x", clock.instant().plusSeconds(1)).about(ada)));
        assertRefused("subject", "must not be blank", () -> activities.record(NewActivity.happened(
                ActivityType.CALL, " ", NOW).about(ada)));
    }

    @Test
    void search_byLinkAndType_sortedByTimelineTime() {
        Activity older = activities.record(NewActivity.happened(ActivityType.CALL, "first", NOW).about(ada));
        Activity newer = activities.record(NewActivity.happened(ActivityType.EMAIL, "second",
                NOW.plusSeconds(60)).about(deal));
        Activity other = activities.record(NewActivity.happened(ActivityType.CALL, "bob", NOW).about(bob));
        PageRequest<ActivitySort> newestFirst = PageRequest.of(0, 10, Sort.desc(ActivitySort.TIMELINE_AT));
        assertEquals(List.of(newer, older), activities.search(ActivityQuery.all().about(ada), newestFirst)
                .content());
        assertEquals(List.of(older, other), activities.search(ActivityQuery.all().withType(ActivityType.CALL),
                PageRequest.of(0, 10)).content());
        assertEquals(List.of(newer), activities.search(ActivityQuery.all().about(deal), newestFirst).content());
    }
}
