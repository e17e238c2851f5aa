package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.audit.AuditAction;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.AuditQuery;
import org.crm4j.core.audit.FieldChange;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.insight.BasketOptions;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.security.AccessDeniedException;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.Permission;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.security.Role;
import org.crm4j.core.security.SecurityContext;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access control over any adapter's ports: the roles × operations {@link #MATRIX} (one operation per
 * permission of every service, run by a user of each role under {@code AccessPolicy.defaults()}), then the record
 * scopes (own, team-shared, team, all) in lookups, searches and their counts.
 */
public abstract class AccessControlContract extends PortsContract {

    /**
     * The expected outcome of each operation for each role of {@code AccessPolicy.defaults()}, written from
     * crm-core's README ("Access control"): Y the guard lets the call through, N it throws
     * {@link AccessDeniedException}.
     */
    static final String MATRIX = """
            operation                        ADMIN SALES_MANAGER SALES_REP SUPPORT_AGENT MARKETER ANALYST AUDITOR
            customers.get                    Y     Y             Y         Y             Y        Y       N
            customers.search                 Y     Y             Y         Y             Y        Y       N
            customers.register               Y     Y             Y         N             N        N       N
            customers.tag                    Y     Y             Y         N             N        N       N
            products.get                     Y     Y             Y         Y             Y        Y       N
            products.create                  Y     N             N         N             N        N       N
            sales.history                    Y     Y             Y         Y             Y        Y       N
            sales.record                     Y     Y             Y         N             N        N       N
            reports.revenuePerCustomer       Y     Y             N         N             Y        Y       N
            campaigns.campaignsOf            Y     Y             Y         N             Y        Y       N
            campaigns.plan                   Y     N             N         N             Y        N       N
            relationships.deterioratedBetween Y    Y             Y         N             N        Y       N
            relationships.delete             Y     Y             N         N             N        N       N
            leads.get                        Y     Y             Y         N             N        Y       N
            leads.create                     Y     Y             Y         N             N        N       N
            opportunities.get                Y     Y             Y         N             N        Y       N
            opportunities.create             Y     Y             Y         N             N        N       N
            activities.get                   Y     Y             Y         Y             N        Y       N
            activities.record                Y     Y             Y         Y             N        N       N
            timeline.timeline                Y     Y             Y         Y             Y        Y       N
            pipeline.pipelineByStage         Y     Y             N         N             Y        Y       N
            tickets.ofCustomer               Y     Y             Y         Y             N        Y       N
            tickets.open                     Y     N             N         Y             N        N       N
            ticketReports.categoriesByMonth  Y     Y             Y         Y             N        Y       N
            surveys.satisfaction             Y     Y             N         Y             Y        Y       N
            surveys.define                   Y     N             N         Y             Y        N       N
            automation.rules                 Y     Y             Y         Y             N        Y       N
            automation.run                   Y     N             N         Y             N        N       N
            insights.baskets                 Y     Y             N         N             Y        Y       N
            imports.importProducts           Y     N             N         N             N        N       N
            audit.search                     Y     N             N         N             N        N       Y
            audit.verify                     Y     N             N         N             N        N       Y
            privacy.export                   Y     Y             N         N             N        N       N
            privacy.erase                    Y     N             N         N             N        N       N
            access.ownership                 Y     Y             Y         Y             Y        Y       N
            access.share                     Y     Y             Y         N             N        N       N
            """;

    private static final String NORTH = "north";

    private Crm system;
    private CustomerId shared;
    private LeadId sharedLead;
    private OpportunityId sharedDeal;
    private Product tea;
    private int serial;

    @BeforeEach
    final void fixture() {
        system = Crm.builder(ports).clock(new MutableClock(NOW)).ids(IdGenerator.random()).build();
        tea = system.products().create(new NewProduct("TEA-1", "Tea", eur("4.50"), 1_000));
        shared = system.customers().register(NewCustomer.of("Fixed Customer", "fixed@example.org")).id();
        own(shared, new Ownership(UserId.of("boss"), Optional.of(NORTH), true));
        sharedLead = system.leads().create(NewLead.of("Fixed Lead", "lead@example.org", LeadSource.WEB,
                UserId.of("boss"))).id();
        own(RecordType.LEAD, sharedLead.value(), new Ownership(UserId.of("boss"), Optional.of(NORTH), true));
        sharedDeal = system.opportunities().create(NewOpportunity.of(shared, "Fixed Deal", UserId.of("boss"),
                eur("100"), LocalDate.of(2026, 4, 1))).id();
        own(RecordType.OPPORTUNITY, sharedDeal.value(), new Ownership(UserId.of("boss"), Optional.of(NORTH), true));
    }

    private void own(CustomerId customer, Ownership ownership) {
        own(RecordType.CUSTOMER, customer.value(), ownership);
    }

    private void own(RecordType type, UUID id, Ownership ownership) {
        ports.transactions().run(() -> ports.get(RecordOwners.class).assign(new RecordRef(type, id), ownership));
    }

    private Optional<Ownership> ownership(RecordType type, UUID id) {
        return ports.transactions().inTransaction(() -> ports.get(RecordOwners.class)
                .find(new RecordRef(type, id)));
    }

    private Crm as(Principal principal) {
        return Crm.builder(ports).clock(new MutableClock(NOW)).ids(IdGenerator.random())
                .defaultPhoneRegion(PhoneRegion.DE).securityContext(SecurityContext.fixed(principal)).build();
    }

    private Map<String, BiConsumer<Crm, Integer>> operations() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        Map<String, BiConsumer<Crm, Integer>> ops = new LinkedHashMap<>();
        ops.put("customers.get", (crm, n) -> crm.customers().get(shared));
        ops.put("customers.search", (crm, n) -> crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)));
        ops.put("customers.register", (crm, n) -> crm.customers()
                .register(NewCustomer.of("New " + n, "new" + n + "@example.org")));
        ops.put("customers.tag", (crm, n) -> crm.customers().tag(shared, "t" + n));
        ops.put("products.get", (crm, n) -> crm.products().get(tea.id()));
        ops.put("products.create", (crm, n) -> crm.products()
                .create(new NewProduct("SKU-" + n, "Cup", eur("2"), 5)));
        ops.put("sales.history", (crm, n) -> crm.sales().history(shared));
        ops.put("sales.record", (crm, n) -> crm.sales().record(NewSale.of(shared, tea.id(), 1)));
        ops.put("reports.revenuePerCustomer", (crm, n) -> crm.reports()
                .revenuePerCustomer(NOW.minus(Duration.ofDays(1)), NOW));
        ops.put("campaigns.campaignsOf", (crm, n) -> crm.campaigns().campaignsOf(shared));
        ops.put("campaigns.plan", (crm, n) -> crm.campaigns().plan(new NewCampaign("Spring " + n, today,
                today.plusDays(30), new CampaignTarget("tea buyers", "repeat purchases"), CampaignChannel.EMAIL,
                eur("100"))));
        ops.put("relationships.deterioratedBetween", (crm, n) -> crm.relationships()
                .deterioratedBetween(today, today.plusDays(1)));
        ops.put("relationships.delete", (crm, n) -> crm.relationships().delete(new RelationshipId(UUID.randomUUID())));
        ops.put("leads.get", (crm, n) -> crm.leads().get(sharedLead));
        ops.put("leads.create", (crm, n) -> crm.leads().create(NewLead.of("Lead " + n, "lead" + n + "@example.org",
                LeadSource.WEB, UserId.of("boss"))));
        ops.put("opportunities.get", (crm, n) -> crm.opportunities().get(sharedDeal));
        ops.put("opportunities.create", (crm, n) -> crm.opportunities().create(NewOpportunity.of(shared,
                "Deal " + n, UserId.of("boss"), eur("100"), today.plusDays(30))));
        ops.put("activities.get", (crm, n) -> crm.activities().get(new ActivityId(UUID.randomUUID())));
        ops.put("activities.record", (crm, n) -> crm.activities().record(NewActivity.happened(ActivityType.CALL,
                "Call " + n, NOW)));
        ops.put("timeline.timeline", (crm, n) -> crm.timeline().timeline(shared, 0, 10));
        ops.put("pipeline.pipelineByStage", (crm, n) -> crm.pipeline().pipelineByStage(today, today.plusDays(30)));
        ops.put("tickets.ofCustomer", (crm, n) -> crm.tickets().ofCustomer(shared));
        ops.put("tickets.open", (crm, n) -> crm.tickets().open(NewTicket.of(shared, "Wet tea " + n, "Soaked.",
                "COMPLAINT", TicketPriority.HIGH, TicketChannel.EMAIL)));
        ops.put("ticketReports.categoriesByMonth", (crm, n) -> crm.ticketReports()
                .categoriesByMonth(NOW.minus(Duration.ofDays(31)), NOW));
        ops.put("surveys.satisfaction", (crm, n) -> crm.surveys().satisfaction(NOW.minus(Duration.ofDays(1)), NOW));
        ops.put("surveys.define", (crm, n) -> crm.surveys().define(NewSurvey.of("Survey " + n, "COMPLAINT")));
        ops.put("automation.rules", (crm, n) -> crm.automation().rules());
        ops.put("automation.run", (crm, n) -> crm.automation().run(NOW));
        ops.put("insights.baskets", (crm, n) -> crm.insights()
                .baskets(BasketOptions.of(NOW.minus(Duration.ofDays(30)), NOW)));
        ops.put("imports.importProducts", (crm, n) -> crm.imports().importProducts(Stream.empty()));
        ops.put("audit.search", (crm, n) -> crm.audit().search(AuditQuery.all(), PageRequest.of(0, 10)));
        ops.put("audit.verify", (crm, n) -> crm.audit().verify());
        ops.put("privacy.export", (crm, n) -> crm.privacy().export(shared));
        ops.put("privacy.erase", (crm, n) -> crm.privacy().erase(system.customers()
                .register(NewCustomer.of("Erased " + n, "erased" + n + "@example.org")).id()));
        ops.put("access.ownership", (crm, n) -> crm.access().ownership(new RecordRef(RecordType.CUSTOMER,
                shared.value())));
        ops.put("access.share", (crm, n) -> crm.access().share(new RecordRef(RecordType.CUSTOMER, shared.value()),
                true));
        return ops;
    }

    @Test
    void matrix_eachRoleIsAllowedExactlyTheOperationsOfItsRow() {
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        List<Role> roles = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(1).map(Role::valueOf).toList();
        assertEquals(Set.of(Role.values()), Set.copyOf(roles), "the matrix has a column per role");
        Map<String, BiConsumer<Crm, Integer>> ops = operations();
        assertEquals(ops.keySet(), lines.stream().skip(1).map(line -> line.trim().split("\\s+")[0])
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)), "the matrix has a row per operation");
        List<String> wrong = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            for (int r = 0; r < roles.size(); r++) {
                Role role = roles.get(r);
                boolean expectAllowed = cells[r + 1].equals("Y");
                Crm crm = as(new Principal(UserId.of("u-" + role.name().toLowerCase(java.util.Locale.ROOT)),
                        Set.of(role), Optional.of(NORTH)));
                boolean allowed;
                try {
                    ops.get(cells[0]).accept(crm, ++serial);
                    allowed = true;
                } catch (AccessDeniedException denied) {
                    allowed = false;
                } catch (CrmException | IllegalArgumentException passedTheGuard) {
                    allowed = true; // refused by the service itself (an unknown id, empty data): not by access
                }
                if (allowed != expectAllowed) {
                    wrong.add(cells[0] + " by " + role + ": " + (allowed ? "allowed" : "denied"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void search_salesRep_seesOwnAndTeamSharedCustomers_countedInTheQuery() {
        Crm ann = as(Principal.of("ann", NORTH, Role.SALES_REP));
        Crm bob = as(Principal.of("bob", NORTH, Role.SALES_REP));
        Crm carl = as(Principal.of("carl", "south", Role.SALES_REP));
        ann.customers().register(NewCustomer.of("Ann One", "ann1@example.org"));
        ann.customers().register(NewCustomer.of("Ann Two", "ann2@example.org"));
        Customer bobShared = bob.customers().register(NewCustomer.of("Bob Shared", "bob1@example.org"));
        bob.customers().register(NewCustomer.of("Bob Private", "bob2@example.org"));
        carl.customers().register(NewCustomer.of("Carl One", "carl1@example.org"));
        own(bobShared.id(), new Ownership(UserId.of("bob"), Optional.of(NORTH), true));

        var page = ann.customers().search(CustomerQuery.all(), PageRequest.of(0, 2));

        assertEquals(4, page.totalElements()); // Ann's two, Bob's shared one, the fixture shared with north
        assertEquals(2, page.content().size());
        assertEquals(Set.of("Ann One", "Ann Two", "Bob Shared", "Fixed Customer"), names(ann));
        assertEquals(Set.of("Carl One"), names(carl));
    }

    @Test
    void search_salesManager_seesEveryCustomerOfTheTeam_admin_seesAll() {
        as(Principal.of("ann", NORTH, Role.SALES_REP)).customers().register(NewCustomer.of("Ann One",
                "ann1@example.org"));
        as(Principal.of("bob", NORTH, Role.SALES_REP)).customers().register(NewCustomer.of("Bob Private",
                "bob2@example.org"));
        as(Principal.of("carl", "south", Role.SALES_REP)).customers().register(NewCustomer.of("Carl One",
                "carl1@example.org"));

        assertEquals(Set.of("Ann One", "Bob Private", "Fixed Customer"),
                names(as(Principal.of("mia", NORTH, Role.SALES_MANAGER))));
        assertEquals(Set.of("Ann One", "Bob Private", "Carl One", "Fixed Customer"),
                names(as(Principal.of("root", null, Role.ADMIN))));
        assertEquals(4, system.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)).totalElements());
    }

    @Test
    void change_customerOutsideTheScope_deniedNamingTheRecord_nothingChanged() {
        Customer carls = as(Principal.of("carl", "south", Role.SALES_REP)).customers()
                .register(NewCustomer.of("Carl One", "carl1@example.org"));
        Crm ann = as(Principal.of("ann", NORTH, Role.SALES_REP));

        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> ann.customers().tag(carls.id(), "vip"));

        assertEquals(Optional.of(new RecordRef(RecordType.CUSTOMER, carls.id().value())), denied.record());
        assertEquals(Optional.empty(), denied.permission());
        assertTrue(denied.getMessage().contains("ann [SALES_REP] of team north may not access customer "
                + carls.id()), denied.getMessage());
        assertEquals(carls, system.customers().get(carls.id()));
        assertThrows(AccessDeniedException.class, () -> ann.customers().get(carls.id()));
        assertThrows(AccessDeniedException.class, () -> ann.customers().getAll(List.of(shared, carls.id())));
        assertThrows(AccessDeniedException.class, () -> ann.sales().record(NewSale.of(carls.id(), tea.id(), 1)));
        assertEquals(List.of(), system.sales().history(carls.id()));
        assertEquals(Optional.empty(), ann.customers().findByEmail("carl1@example.org"));
    }

    @Test
    void write_withoutPermission_deniedNamingThePermission_nothingWritten() {
        Crm analyst = as(Principal.of("ana", NORTH, Role.ANALYST));

        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> analyst.customers().register(NewCustomer.of("Eve", "eve@example.org")));

        assertEquals(Optional.of(Permission.CUSTOMER_WRITE), denied.permission());
        assertEquals("ana [ANALYST] of team north lacks permission CUSTOMER_WRITE for CustomerService.register",
                denied.getMessage());
        assertEquals(Optional.empty(), system.customers().findByEmail("eve@example.org"));
    }

    @Test
    void register_underASecurityContext_ownedByItsCreatorInTheCreatorsTeam() {
        Customer eve = as(Principal.of("eve", NORTH, Role.SALES_REP)).customers()
                .register(NewCustomer.of("Eve", "eve@example.org"));

        assertEquals(Optional.of(new Ownership(UserId.of("eve"), Optional.of(NORTH), false)), ownership(eve.id()));
    }

    @Test
    void register_withoutSecurityContext_actsAsTheSystemUser_noOwnership_noChecks() {
        Customer eve = system.customers().register(NewCustomer.of("Eve", "eve@example.org"));

        assertEquals(Optional.empty(), ownership(eve.id()));
        assertEquals(2, system.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)).totalElements());
        assertEquals(eve, as(Principal.of("root", null, Role.ADMIN)).customers().get(eve.id()));
        assertThrows(AccessDeniedException.class,
                () -> as(Principal.of("mia", NORTH, Role.SALES_MANAGER)).customers().get(eve.id()));
    }

    @Test
    void principalWithoutRoles_mayDoNothing() {
        Crm nobody = as(new Principal(UserId.of("nobody"), Set.of(), Optional.empty()));

        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> nobody.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)));
        assertEquals(Optional.of(Permission.CUSTOMER_READ), denied.permission());
    }

    @Test
    void leads_searchAndCount_ownAndTeamShared_reassignMovesTheOwnership() {
        Crm ann = as(Principal.of("ann", NORTH, Role.SALES_REP));
        Crm bob = as(Principal.of("bob", NORTH, Role.SALES_REP));
        Crm mia = as(Principal.of("mia", NORTH, Role.SALES_MANAGER));
        Lead first = ann.leads().create(NewLead.of("Ann Lead 1", "a1@example.org", LeadSource.WEB, UserId.of("ann")));
        ann.leads().create(NewLead.of("Ann Lead 2", "a2@example.org", LeadSource.WEB, UserId.of("ann")));
        bob.leads().create(NewLead.of("Bob Lead", "b1@example.org", LeadSource.WEB, UserId.of("bob")));
        as(Principal.of("carl", "south", Role.SALES_REP)).leads()
                .create(NewLead.of("Carl Lead", "c1@example.org", LeadSource.WEB, UserId.of("carl")));

        assertEquals(Set.of("Ann Lead 1", "Ann Lead 2", "Fixed Lead"), leadNames(ann));
        assertEquals(Set.of("Ann Lead 1", "Ann Lead 2", "Bob Lead", "Fixed Lead"), leadNames(mia));
        assertEquals(4, mia.leads().search(LeadQuery.all(), PageRequest.of(0, 1)).totalElements());
        assertEquals(Optional.of(new Ownership(UserId.of("ann"), Optional.of(NORTH), false)),
                ownership(RecordType.LEAD, first.id().value()));

        mia.leads().reassign(first.id(), UserId.of("bob"));

        assertEquals(Set.of("Ann Lead 2", "Fixed Lead"), leadNames(ann));
        assertEquals(Set.of("Ann Lead 1", "Bob Lead", "Fixed Lead"), leadNames(bob));
        assertThrows(AccessDeniedException.class, () -> ann.leads().qualify(first.id()));
    }

    @Test
    void opportunities_ownedByTheirOwner_searchedInScope() {
        Crm ann = as(Principal.of("ann", NORTH, Role.SALES_REP));
        Opportunity forBob = ann.opportunities().create(NewOpportunity.of(shared, "For Bob", UserId.of("bob"),
                eur("50"), LocalDate.of(2026, 5, 1)));
        Opportunity own = ann.opportunities().create(NewOpportunity.of(shared, "Own", UserId.of("ann"),
                eur("50"), LocalDate.of(2026, 5, 1)));

        assertEquals(Set.of(own.id(), sharedDeal), ann.opportunities().search(OpportunityQuery.all(),
                PageRequest.of(0, 10)).content().stream().map(Opportunity::id).collect(Collectors.toSet()));
        assertEquals(2, ann.opportunities().search(OpportunityQuery.all(), PageRequest.of(0, 1)).totalElements());
        assertThrows(AccessDeniedException.class, () -> ann.opportunities().get(forBob.id()));
        assertEquals(forBob, as(Principal.of("bob", NORTH, Role.SALES_REP)).opportunities().get(forBob.id()));
    }

    @Test
    void tickets_ownedByTheirCreatorInTheTeam_listsFiltered_assignmentToAnotherTeamMovesThem() {
        Crm sue = as(Principal.of("sue", NORTH, Role.SUPPORT_AGENT));
        Crm sam = as(Principal.of("sam", "south", Role.SUPPORT_AGENT));
        Ticket ticket = sue.tickets().open(NewTicket.of(shared, "Wet tea", "Soaked.", "COMPLAINT",
                TicketPriority.HIGH, TicketChannel.EMAIL));
        Ticket other = system.tickets().open(NewTicket.of(shared, "Unowned", "Opened by the system.", "QUESTION",
                TicketPriority.LOW, TicketChannel.EMAIL));

        assertEquals(List.of(ticket.id()), sue.tickets().ofCustomer(shared).stream().map(Ticket::id).toList());
        assertEquals(2, system.tickets().ofCustomer(shared).size());
        assertThrows(AccessDeniedException.class, () -> sue.tickets().get(other.id()));
        assertThrows(AccessDeniedException.class, () -> sam.tickets().get(ticket.id()));

        Crm nia = as(Principal.of("nia", NORTH, Role.SUPPORT_AGENT));
        assertEquals(ticket.id(), nia.tickets().get(ticket.id()).id());

        sue.tickets().assign(ticket.id(), Optional.of("sam"), Optional.of("south"));

        assertEquals(ticket.id(), sam.tickets().get(ticket.id()).id());
        assertEquals(ticket.id(), sue.tickets().get(ticket.id()).id()); // still its owner
        assertThrows(AccessDeniedException.class, () -> nia.tickets().get(ticket.id()));
        assertEquals(Optional.of(new Ownership(UserId.of("sue"), Optional.of("south"), false)),
                ownership(RecordType.TICKET, ticket.id().value()));
    }

    @Test
    void share_byTheOwner_letsTheTeamSeeTheRecord_andIsAudited() {
        Crm ann = as(Principal.of("ann", NORTH, Role.SALES_REP));
        Crm bob = as(Principal.of("bob", NORTH, Role.SALES_REP));
        Customer anns = ann.customers().register(NewCustomer.of("Ann One", "ann1@example.org"));
        RecordRef ref = new RecordRef(RecordType.CUSTOMER, anns.id().value());
        assertThrows(AccessDeniedException.class, () -> bob.customers().get(anns.id()));
        assertThrows(AccessDeniedException.class, () -> bob.access().share(ref, true));

        Ownership after = ann.access().share(ref, true);

        assertEquals(new Ownership(UserId.of("ann"), Optional.of(NORTH), true), after);
        assertEquals(anns.id(), bob.customers().get(anns.id()).id());
        assertEquals(Optional.of(after), bob.access().ownership(ref));
        AuditEntry shared = auditEntry(ref, "AccessService.share");
        assertEquals(UserId.of("ann"), shared.actor());
        assertEquals(AuditAction.UPDATE, shared.action());
        assertEquals(List.of(new FieldChange("shared", Optional.of("false"), Optional.of("true"))), shared.changes());
        assertEquals(List.of(new FieldChange("owner", Optional.empty(), Optional.of("ann")),
                new FieldChange("team", Optional.empty(), Optional.of(NORTH)),
                new FieldChange("shared", Optional.empty(), Optional.of("false"))),
                auditEntry(ref, "CustomerService.register", AuditAction.UPDATE).changes(),
                "the ownership a record gets when it is created is audited too");
    }

    @Test
    void assign_byTheManager_movesTheRecordToAnotherTeam_audited_outOfScopeDenied() {
        Crm ann = as(Principal.of("ann", NORTH, Role.SALES_REP));
        Crm mia = as(Principal.of("mia", NORTH, Role.SALES_MANAGER));
        Crm carl = as(Principal.of("carl", "south", Role.SALES_REP));
        Customer anns = ann.customers().register(NewCustomer.of("Ann One", "ann1@example.org"));
        RecordRef ref = new RecordRef(RecordType.CUSTOMER, anns.id().value());
        Ownership toCarl = new Ownership(UserId.of("carl"), Optional.of("south"), false);
        assertThrows(AccessDeniedException.class, () -> carl.access().assign(ref, toCarl));
        assertEquals(Optional.of(new Ownership(UserId.of("ann"), Optional.of(NORTH), false)), ownership(anns.id()));

        assertEquals(toCarl, mia.access().assign(ref, toCarl));

        assertEquals(anns.id(), carl.customers().get(anns.id()).id());
        assertThrows(AccessDeniedException.class, () -> ann.customers().get(anns.id()));
        assertThrows(AccessDeniedException.class, () -> mia.access().ownership(ref));
        AuditEntry moved = auditEntry(ref, "AccessService.assign");
        assertEquals(UserId.of("mia"), moved.actor());
        assertEquals(List.of(new FieldChange("owner", Optional.of("ann"), Optional.of("carl")),
                new FieldChange("team", Optional.of(NORTH), Optional.of("south"))), moved.changes());
    }

    @Test
    void access_unknownRecordOrOwner_orSharingAnUnownedRecord_refusedClearly_nothingChanged() {
        Crm root = as(Principal.of("root", null, Role.ADMIN));
        Ownership toAnn = new Ownership(UserId.of("ann"), Optional.empty(), false);
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> root.access().assign(new RecordRef(RecordType.TICKET, UUID.randomUUID()), toAnn));
        assertEquals("record", missing.field());
        Crm strict = Crm.builder(ports).clock(new MutableClock(NOW)).ids(IdGenerator.random())
                .securityContext(SecurityContext.fixed(Principal.of("root", null, Role.ADMIN)))
                .userDirectory(user -> user.value().equals("ann")).build();
        RecordRef fixed = new RecordRef(RecordType.CUSTOMER, shared.value());
        NotFoundException unknownOwner = assertThrows(NotFoundException.class,
                () -> strict.access().assign(fixed, new Ownership(UserId.of("zed"), Optional.empty(), false)));
        assertEquals("owner", unknownOwner.field());
        assertEquals("ownership", assertThrows(ValidationException.class,
                () -> root.access().assign(fixed, null)).field());
        assertEquals(Optional.of(new Ownership(UserId.of("boss"), Optional.of(NORTH), true)), ownership(shared));
        Customer unowned = system.customers().register(NewCustomer.of("Nobody's", "nobody@example.org"));
        RecordRef free = new RecordRef(RecordType.CUSTOMER, unowned.id().value());
        ValidationException noOwner = assertThrows(ValidationException.class, () -> root.access().share(free, true));
        assertEquals("record", noOwner.field());
        assertEquals("must have an owner", noOwner.rule());
        assertEquals(Optional.empty(), root.access().ownership(free));
        assertThrows(AccessDeniedException.class, () -> as(Principal.of("mia", NORTH, Role.SALES_MANAGER)).access()
                .assign(free, toAnn), "an unowned record is seen by scope ALL only");
    }

    @Test
    void assign_withoutSecurityContext_byTheSystemUser_audited() {
        Customer unowned = system.customers().register(NewCustomer.of("Nobody's", "nobody@example.org"));
        RecordRef ref = new RecordRef(RecordType.CUSTOMER, unowned.id().value());

        system.access().assign(ref, new Ownership(UserId.of("ann"), Optional.of(NORTH), false));

        assertEquals(unowned.id(), as(Principal.of("ann", NORTH, Role.SALES_REP)).customers().get(unowned.id()).id());
        AuditEntry given = auditEntry(ref, "AccessService.assign");
        assertEquals(Principal.SYSTEM_USER, given.actor());
        assertEquals(new FieldChange("owner", Optional.empty(), Optional.of("ann")), given.changes().get(0));
    }

    /** @return the one entry of {@code record} written by {@code operation} (any action but DENIED) */
    private AuditEntry auditEntry(RecordRef record, String operation) {
        List<AuditEntry> found = auditEntries(record).stream()
                .filter(e -> e.operation().equals(operation) && e.action() != AuditAction.DENIED).toList();
        assertEquals(1, found.size(), () -> operation + " of " + record + ": " + auditEntries(record));
        return found.get(0);
    }

    private AuditEntry auditEntry(RecordRef record, String operation, AuditAction action) {
        List<AuditEntry> found = auditEntries(record).stream()
                .filter(e -> e.operation().equals(operation) && e.action() == action).toList();
        assertEquals(1, found.size(), () -> operation + " " + action + " of " + record + ": " + auditEntries(record));
        return found.get(0);
    }

    private List<AuditEntry> auditEntries(RecordRef record) {
        return system.audit().search(AuditQuery.all().forRecord(record.type().label(), record.id()),
                PageRequest.of(0, 50)).content();
    }

    private static Set<String> leadNames(Crm crm) {
        var page = crm.leads().search(LeadQuery.all(), PageRequest.of(0, 100));
        Set<String> names = page.content().stream().map(Lead::personName).collect(Collectors.toSet());
        assertEquals(names.size(), page.totalElements(), "the count must be the number of visible leads");
        return names;
    }

    private Optional<Ownership> ownership(CustomerId id) {
        return ports.transactions().inTransaction(() -> ports.get(RecordOwners.class)
                .find(new RecordRef(RecordType.CUSTOMER, id.value())));
    }

    private static Set<String> names(Crm crm) {
        var page = crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 100));
        Set<String> names = page.content().stream().map(Customer::name).collect(Collectors.toSet());
        if (page.totalElements() != names.size()) {
            fail("the count " + page.totalElements() + " must be the number of visible customers " + names);
        }
        return names;
    }
}
