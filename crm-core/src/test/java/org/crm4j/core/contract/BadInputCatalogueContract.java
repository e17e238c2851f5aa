package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.LineItem;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyResponse;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketComment;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketStatus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input catalogue of issue 20: every row of {@code bad-input-catalogue.tsv} (next to this class in the
 * test-jar) gives one input, SQL metacharacters, 4-byte Unicode, control characters, 10 000-character strings, huge
 * numbers, far dates, to one argument of one service operation. A row expected {@code STORED} must succeed and read
 * back through the service exactly as given; a row expected {@code REFUSED} must throw a
 * {@link ValidationException} with the row's field and rule and change nothing. Anything else, in particular a
 * database error translated into a plain {@link CrmException} or an exception that is no {@code CrmException} at
 * all, fails the row. Run by every adapter, so each database answers alike.
 */
public abstract class BadInputCatalogueContract extends PortsContract {

    /** The catalogue, a resource next to this class. */
    public static final String CATALOGUE = "bad-input-catalogue.tsv";

    private final AtomicInteger sequence = new AtomicInteger();
    private Crm crm;
    private Customer ada;
    private Customer bob;
    private Product tea;
    private State before;

    /** One row of the catalogue. */
    record Row(int line, String feature, String operation, String field, String input, String description,
            String expected, String refusedField, String rule) {

        String name() {
            return String.format(java.util.Locale.ROOT, "%3d %s.%s %s: %s -> %s", line, feature, operation, field,
                    description, expected.equals("STORED") ? "stored" : "refused (" + refusedField + ")");
        }
    }

    /** What the call was given and what the service read back afterwards. */
    private record Outcome(Object given, Object stored) {
    }

    /** @return the rows of the catalogue */
    public static List<Row> rows() {
        try (InputStream in = BadInputCatalogueContract.class.getResourceAsStream(CATALOGUE)) {
            Objects.requireNonNull(in, CATALOGUE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String header = null;
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.startsWith("#") || text.isBlank()) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (header == null) {
                    header = text;
                    continue;
                }
                if (cells.length != 8) {
                    throw new IllegalStateException(CATALOGUE + " line " + line + " has " + cells.length
                            + " cells, not 8: " + text);
                }
                rows.add(new Row(line, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6],
                        cells[7]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheCatalogue_isStoredVerbatimOrRefusedNamingFieldAndRule() {
        crm = Crm.builder(ports).clock(new MutableClock(NOW)).ids(IdGenerator.random()).build();
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org"));
        tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("4.50", "EUR"), 1_000));
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> check(row)));
    }

    private void check(Row row) {
        Function<String, Outcome> call = operation(row.feature() + "." + row.operation() + "/" + row.field());
        before = state();
        Outcome outcome;
        try {
            outcome = call.apply(row.input());
        } catch (ValidationException e) {
            if (!row.expected().equals("REFUSED")) {
                throw new AssertionError("expected the input to be stored, but it was refused: " + e.getMessage(), e);
            }
            assertEquals(row.refusedField(), e.field(), e::getMessage);
            assertEquals(row.rule(), e.rule(), e::getMessage);
            assertTrue(before.equals(state()), "a refused call changed customers, products or sales");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("neither stored nor refused with field and rule: " + e, e);
        }
        if (!row.expected().equals("STORED")) {
            fail("expected " + row.refusedField() + " " + row.rule() + ", but the call succeeded and stored "
                    + abbreviated(outcome.stored()));
        }
        assertEquals(outcome.given(), outcome.stored(), "read back through the service");
    }

    /**
     * Runs the call under test of an operation that first creates records of its own: what the ports hold is
     * taken again just before it, for the check that a refused call changed nothing.
     */
    private <T> T attempt(java.util.function.Supplier<T> call) {
        before = state();
        return call.get();
    }

    private static String abbreviated(Object value) {
        return ValidationException.cut(String.valueOf(value));
    }

    // ---- the operations, keyed feature.operation/field ----

    private Function<String, Outcome> operation(String key) {
        return switch (key) {
            case "customers.register/name" -> raw -> {
                String name = text(raw);
                return new Outcome(name, crm.customers().get(crm.customers().register(NewCustomer.of(name,
                        email())).id()).name());
            };
            case "customers.register/email" -> raw -> {
                String email = text(raw);
                return new Outcome(email, crm.customers().get(crm.customers().register(NewCustomer.of("Eve",
                        email)).id()).email().value());
            };
            case "customers.register/phone" -> raw -> {
                String phone = text(raw);
                return new Outcome(phone, crm.customers().get(crm.customers().register(NewCustomer.of("Eve",
                        email()).withPhone(phone)).id()).phone().map(Object::toString).orElse(null));
            };
            case "customers.register/dateOfBirth" -> raw -> {
                LocalDate born = LocalDate.parse(raw);
                return new Outcome(Optional.of(born), crm.customers().get(crm.customers().register(NewCustomer.of(
                        "Eve", email()).withDateOfBirth(born)).id()).dateOfBirth());
            };
            case "customers.tag/tag" -> raw -> {
                String tag = text(raw);
                Customer tagged = crm.customers().register(NewCustomer.of("Eve", email()));
                attempt(() -> crm.customers().tag(tagged.id(), tag));
                return new Outcome(Set.of(tag), crm.customers().get(tagged.id()).tags().stream().map(Tag::value)
                        .collect(java.util.stream.Collectors.toSet()));
            };
            case "products.create/sku" -> raw -> {
                String sku = text(raw);
                return new Outcome(sku, crm.products().get(crm.products().create(new NewProduct(sku, "Tea", eur("1"),
                        1)).id()).sku().value());
            };
            case "products.create/name" -> raw -> {
                String name = text(raw);
                return new Outcome(name, crm.products().get(crm.products().create(new NewProduct(sku(), name,
                        eur("1"), 1)).id()).name());
            };
            case "products.create/price" -> raw -> {
                Money price = eur(raw);
                return new Outcome(price, crm.products().get(crm.products().create(new NewProduct(sku(), "Tea", price,
                        1)).id()).price());
            };
            case "products.create/stock" -> raw -> {
                int stock = Integer.parseInt(raw);
                return new Outcome(stock, crm.products().get(crm.products().create(new NewProduct(sku(), "Tea",
                        eur("1"), stock)).id()).stock());
            };
            case "products.restock/quantity" -> raw -> {
                Product full = crm.products().create(new NewProduct(sku(), "Full", eur("1"), Integer.MAX_VALUE));
                int quantity = Integer.parseInt(raw);
                return new Outcome((long) Integer.MAX_VALUE + quantity,
                        (long) attempt(() -> crm.products().restock(full.id(), quantity)).stock());
            };
            case "sales.record/quantity" -> raw -> {
                int quantity = Integer.parseInt(raw);
                Product plenty = crm.products().create(new NewProduct(sku(), "Gold", eur("999999999999999.99"),
                        Integer.MAX_VALUE));
                Sale sale = attempt(() -> crm.sales().record(NewSale.of(ada.id(), plenty.id(), quantity)));
                Sale stored = crm.sales().get(sale.id());
                return new Outcome(List.of(quantity, eur("999999999999999.99"),
                        eur("999999999999999.99").amount().multiply(BigDecimal.valueOf(quantity))),
                        List.of(stored.quantity(), stored.unitPrice(), stored.total().amount()));
            };
            case "sales.record/requestId" -> raw -> {
                String requestId = text(raw);
                return new Outcome(Optional.of(requestId), crm.sales().get(crm.sales().record(NewSale.of(ada.id(),
                        tea.id(), 1).withRequestId(requestId)).id()).requestId());
            };
            case "sales.record/soldAt" -> raw -> {
                Instant at = Instant.parse(raw);
                return new Outcome(at, crm.sales().get(crm.sales().record(NewSale.of(ada.id(), tea.id(), 1)
                        .withSoldAt(at)).id()).soldAt());
            };
            case "sales.record/unitPrice" -> raw -> {
                Money price = eur(raw);
                return new Outcome(price, crm.sales().get(crm.sales().record(NewSale.of(ada.id(), tea.id(), 1)
                        .withUnitPrice(price)).id()).unitPrice());
            };
            case "sales.recordAll/quantity" -> raw -> {
                int quantity = Integer.parseInt(raw);
                List<Sale> sales = crm.sales().recordAll(List.of(NewSale.of(ada.id(), tea.id(), 1),
                        NewSale.of(bob.id(), tea.id(), quantity)));
                return new Outcome(quantity, crm.sales().get(sales.get(1).id()).quantity());
            };
            case "campaigns.plan/name" -> raw -> {
                String name = text(raw);
                return new Outcome(name, crm.campaigns().get(crm.campaigns().plan(campaign(name, "tea buyers",
                        "repeat purchases", eur("100"), LocalDate.of(2026, 4, 30))).id()).name());
            };
            case "campaigns.plan/audience" -> raw -> {
                String audience = text(raw);
                return new Outcome(audience, crm.campaigns().get(crm.campaigns().plan(campaign("Spring", audience,
                        "repeat purchases", eur("100"), LocalDate.of(2026, 4, 30))).id()).target().audience());
            };
            case "campaigns.plan/goal" -> raw -> {
                String goal = text(raw);
                return new Outcome(goal, crm.campaigns().get(crm.campaigns().plan(campaign("Spring", "tea buyers",
                        goal, eur("100"), LocalDate.of(2026, 4, 30))).id()).target().goal());
            };
            case "campaigns.plan/budget" -> raw -> {
                Money budget = eur(raw);
                return new Outcome(budget, crm.campaigns().get(crm.campaigns().plan(campaign("Spring", "tea buyers",
                        "repeat purchases", budget, LocalDate.of(2026, 4, 30))).id()).budget());
            };
            case "campaigns.plan/endDate" -> raw -> {
                LocalDate end = LocalDate.parse(raw);
                return new Outcome(end, crm.campaigns().get(crm.campaigns().plan(campaign("Spring", "tea buyers",
                        "repeat purchases", eur("100"), end)).id()).endDate());
            };
            case "relationships.establish/validFrom" -> raw -> {
                LocalDate from = LocalDate.parse(raw);
                Customer friend = crm.customers().register(NewCustomer.of("Friend", email()));
                return new Outcome(from, crm.relationships().get(attempt(() -> crm.relationships().establish(
                        NewRelationship.of(ada.id(), friend.id(), RelationshipType.FRIEND, from))).id()).validFrom());
            };
            case "leads.create/personName" -> raw -> {
                String name = text(raw);
                return new Outcome(name, crm.leads().get(crm.leads().create(lead(name)).id()).personName());
            };
            case "leads.create/companyName" -> raw -> {
                String company = text(raw);
                return new Outcome(Optional.of(company), crm.leads().get(crm.leads().create(lead("Ann")
                        .withCompanyName(company)).id()).companyName());
            };
            case "leads.create/owner" -> raw -> {
                String owner = text(raw);
                Lead lead = crm.leads().create(NewLead.of("Ann", email(), LeadSource.WEB, UserId.of(owner)));
                return new Outcome(owner, crm.leads().get(lead.id()).owner().value());
            };
            case "leads.create/industry" -> raw -> {
                String industry = text(raw);
                return new Outcome(industry, crm.leads().get(crm.leads().create(lead("Ann").withIndustry(industry))
                        .id()).industry().map(Object::toString).orElse(null));
            };
            case "leads.create/country" -> raw -> {
                String country = text(raw);
                return new Outcome(country, crm.leads().get(crm.leads().create(lead("Ann").withCountry(country))
                        .id()).country().map(Object::toString).orElse(null));
            };
            case "leads.disqualify/reason" -> raw -> {
                String reason = text(raw);
                Lead lead = crm.leads().create(lead("Ann"));
                return new Outcome(Optional.of(reason), crm.leads().get(attempt(() -> crm.leads().disqualify(lead.id(),
                        reason)).id())
                        .disqualifiedBecause());
            };
            case "opportunities.create/name" -> raw -> {
                String name = text(raw);
                return new Outcome(name, crm.opportunities().get(crm.opportunities().create(opportunity(name,
                        eur("1000"), LocalDate.of(2026, 6, 30), List.of())).id()).name());
            };
            case "opportunities.create/amount" -> raw -> {
                Money amount = eur(raw);
                return new Outcome(amount, crm.opportunities().get(crm.opportunities().create(opportunity("Deal",
                        amount, LocalDate.of(2026, 6, 30), List.of())).id()).amount());
            };
            case "opportunities.create/expectedCloseDate" -> raw -> {
                LocalDate close = LocalDate.parse(raw);
                return new Outcome(close, crm.opportunities().get(crm.opportunities().create(opportunity("Deal",
                        eur("1000"), close, List.of())).id()).expectedCloseDate());
            };
            case "opportunities.create/lineItemPrice" -> raw -> {
                List<LineItem> items = List.of(new LineItem(tea.id(), 1, eur(raw)));
                return new Outcome(items, crm.opportunities().get(crm.opportunities().create(opportunity("Deal",
                        eur("1000"), LocalDate.of(2026, 6, 30), items)).id()).lineItems());
            };
            case "opportunities.lose/lostReason" -> raw -> {
                String reason = text(raw);
                Opportunity deal = crm.opportunities().create(opportunity("Deal", eur("1000"),
                        LocalDate.of(2026, 6, 30), List.of()));
                attempt(() -> crm.opportunities().lose(deal.id(), reason));
                return new Outcome(Optional.of(reason), crm.opportunities().get(deal.id()).lostReason());
            };
            case "activities.record/subject" -> raw -> {
                String subject = text(raw);
                return new Outcome(subject, crm.activities().get(crm.activities().record(call(subject)).id())
                        .subject());
            };
            case "activities.record/body" -> raw -> {
                String body = text(raw);
                return new Outcome(Optional.of(body), crm.activities().get(crm.activities().record(call("Call")
                        .withBody(body)).id()).body());
            };
            case "activities.record/occurredAt" -> raw -> {
                Instant at = Instant.parse(raw);
                return new Outcome(Optional.of(at), crm.activities().get(crm.activities().record(NewActivity.happened(
                        ActivityType.CALL, "Call", at).about(ada.id())).id()).occurredAt());
            };
            case "activities.record/dueDate" -> raw -> {
                LocalDate due = LocalDate.parse(raw);
                return new Outcome(Optional.of(due), crm.activities().get(crm.activities().record(NewActivity.task(
                        "Follow up", due).about(ada.id())).id()).dueDate());
            };
            case "tickets.open/subject" -> raw -> {
                String subject = text(raw);
                return new Outcome(subject, crm.tickets().get(crm.tickets().open(ticket(subject, "It broke.",
                        "COMPLAINT")).id()).subject());
            };
            case "tickets.open/description" -> raw -> {
                String description = text(raw);
                return new Outcome(description, crm.tickets().get(crm.tickets().open(ticket("Broken", description,
                        "COMPLAINT")).id()).description());
            };
            case "tickets.open/category" -> raw -> {
                String category = text(raw);
                return new Outcome(category, crm.tickets().get(crm.tickets().open(ticket("Broken", "It broke.",
                        category)).id()).category());
            };
            case "tickets.comment/text" -> raw -> {
                String text = text(raw);
                Ticket ticket = crm.tickets().open(ticket("Broken", "It broke.", "COMPLAINT"));
                attempt(() -> crm.tickets().comment(ticket.id(), "agent", text, CommentKind.AGENT_REPLY));
                return new Outcome(List.of(text), crm.tickets().get(ticket.id()).comments().stream()
                        .map(TicketComment::text).toList());
            };
            case "tickets.comment/author" -> raw -> {
                String author = text(raw);
                Ticket ticket = crm.tickets().open(ticket("Broken", "It broke.", "COMPLAINT"));
                attempt(() -> crm.tickets().comment(ticket.id(), author, "On it.", CommentKind.AGENT_REPLY));
                return new Outcome(List.of(author), crm.tickets().get(ticket.id()).comments().stream()
                        .map(TicketComment::author).toList());
            };
            case "tickets.assign/assignee" -> raw -> {
                String assignee = text(raw);
                Ticket ticket = crm.tickets().open(ticket("Broken", "It broke.", "COMPLAINT"));
                attempt(() -> crm.tickets().assign(ticket.id(), Optional.of(assignee), Optional.empty()));
                return new Outcome(Optional.of(assignee), crm.tickets().get(ticket.id()).assignee());
            };
            case "surveys.define/name" -> raw -> {
                String name = text(raw);
                return new Outcome(name, crm.surveys().get(crm.surveys().define(NewSurvey.of(name, "COMPLAINT")).id())
                        .name());
            };
            case "surveys.answer/comment" -> raw -> {
                String comment = text(raw);
                IssuedInvitation invited = invitation();
                attempt(() -> crm.surveys().answer(invited.token(), SurveyResponse.empty().withCsat(4).withNps(9)
                        .withComment(comment)));
                return new Outcome(Optional.of(comment), crm.surveys().invitation(invited.invitation().id())
                        .orElseThrow().answer().orElseThrow().comment());
            };
            default -> throw new IllegalStateException(CATALOGUE + " names an operation this suite does not know: "
                    + key);
        };
    }

    // ---- fixtures ----

    private String email() {
        return "c" + sequence.incrementAndGet() + "@example.org";
    }

    private String sku() {
        return "SKU-" + sequence.incrementAndGet();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static NewCampaign campaign(String name, String audience, String goal, Money budget, LocalDate end) {
        return new NewCampaign(name, LocalDate.of(2026, 4, 1), end, new CampaignTarget(audience, goal),
                CampaignChannel.EMAIL, budget);
    }

    private NewLead lead(String personName) {
        return NewLead.of(personName, email(), LeadSource.WEB, UserId.of("ann"));
    }

    private NewOpportunity opportunity(String name, Money amount, LocalDate close, List<LineItem> items) {
        NewOpportunity deal = NewOpportunity.of(ada.id(), name, UserId.of("ann"), amount, close);
        return items.isEmpty() ? deal : deal.withLineItems(items);
    }

    private NewActivity call(String subject) {
        return NewActivity.happened(ActivityType.CALL, subject, NOW.minusSeconds(60)).about(ada.id());
    }

    private NewTicket ticket(String subject, String description, String category) {
        return NewTicket.of(ada.id(), subject, description, category, TicketPriority.NORMAL, TicketChannel.EMAIL);
    }

    /** A fresh invitation after a resolved ticket, to a survey asking CSAT, NPS and a comment. */
    private IssuedInvitation invitation() {
        Ticket ticket = crm.tickets().open(ticket("Broken", "It broke.", "COMPLAINT"));
        crm.tickets().moveTo(ticket.id(), TicketStatus.OPEN);
        crm.tickets().resolve(ticket.id(), new Resolution("REPLACED", "Sent a new one."));
        Survey survey = crm.surveys().define(NewSurvey.of("After your ticket", "COMPLAINT"));
        return crm.surveys().inviteAfterTicket(survey.id(), ticket.id(), org.crm4j.core.customer.Channel.EMAIL);
    }

    // ---- the input notation ----

    /**
     * Decodes a text cell: terms joined by {@code " + "}, each a quoted literal ({@code \\uXXXX},
     * {@code \\u{XXXXX}}, {@code \\t}, {@code \\n}, {@code \\r}, {@code \\\\}, {@code \\"}) or
     * {@code repeat(N, "literal")}.
     *
     * @param cell the cell
     * @return the text
     */
    static String text(String cell) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < cell.length()) {
            if (cell.startsWith("repeat(", i)) {
                int comma = cell.indexOf(',', i);
                int count = Integer.parseInt(cell.substring(i + 7, comma).strip());
                int open = cell.indexOf('"', comma);
                StringBuilder literal = new StringBuilder();
                int end = literal(cell, open, literal);
                if (cell.charAt(end) != ')') {
                    throw new IllegalArgumentException("repeat(...) not closed in " + cell);
                }
                out.append(literal.toString().repeat(count));
                i = end + 1;
            } else if (cell.charAt(i) == '"') {
                i = literal(cell, i, out);
            } else {
                throw new IllegalArgumentException("expected a quoted text or repeat(...) at " + i + " of " + cell);
            }
            if (cell.startsWith(" + ", i)) {
                i += 3;
            } else if (i < cell.length()) {
                throw new IllegalArgumentException("expected \" + \" at " + i + " of " + cell);
            }
        }
        return out.toString();
    }

    /** Reads the quoted literal starting at {@code open} into {@code out}; returns the index after its end. */
    private static int literal(String cell, int open, StringBuilder out) {
        int i = open + 1;
        while (cell.charAt(i) != '"') {
            char c = cell.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            char escaped = cell.charAt(i + 1);
            switch (escaped) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case '"' -> out.append('"');
                case 'u' -> {
                    if (cell.charAt(i + 2) == '{') {
                        int close = cell.indexOf('}', i);
                        out.appendCodePoint(Integer.parseInt(cell.substring(i + 3, close), 16));
                        i = close + 1;
                        continue;
                    }
                    out.append((char) Integer.parseInt(cell.substring(i + 2, i + 6), 16));
                    i += 6;
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escaped + " in " + cell);
            }
            i += 2;
        }
        return i + 1;
    }

    @org.junit.jupiter.api.Test
    void catalogue_holdsAtLeastSixtyWellFormedRowsOverEveryFeature() {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 60, "the catalogue holds " + rows.size() + " rows");
        assertEquals(Set.of("customers", "products", "sales", "campaigns", "relationships", "leads", "opportunities",
                "activities", "tickets", "surveys"), rows.stream().map(Row::feature)
                .collect(java.util.stream.Collectors.toSet()));
        for (Row row : rows) {
            assertTrue(row.expected().equals("STORED") ? row.refusedField().isEmpty() && row.rule().isEmpty()
                    : row.expected().equals("REFUSED") && !row.refusedField().isEmpty() && !row.rule().isEmpty(),
                    row::name);
        }
        assertEquals("a\uD83D\uDE00\"bcbcbc\t", text("\"a\\u{1F600}\\\"\" + repeat(3, \"bc\") + \"\\t\""));
    }
}
