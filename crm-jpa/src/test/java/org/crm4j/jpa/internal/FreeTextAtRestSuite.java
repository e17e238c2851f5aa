package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.UserId;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.backup.BackupProgress;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.privacy.CustomerRecord;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.SurveyAnswer;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.survey.SurveyResponse;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketComment;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.jpa.KeyRotationReport;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.PersonalDataKeyException;
import org.crm4j.jpa.PersonalField;
import org.crm4j.jpa.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free texts encrypted at rest on the JPA adapter (issue 20, {@link PersonalField#NOTES}): activity bodies, ticket
 * descriptions, resolution texts and comments, survey comments, lead disqualification and opportunity lost
 * reasons, read back with plain SQL; the longest texts; missing, wrong or absent keys; moved values; rotation;
 * backup and privacy export.
 */
abstract class FreeTextAtRestSuite {

    private static final String BODY = "Called Quasimodo about his gout";
    private static final String DESCRIPTION = "Xenophon's kettle leaks";
    private static final String FIRST_COMMENT = "Asked Xenophon for a photograph";
    private static final String SECOND_COMMENT = "Photograph shows zygomatic scalding";
    private static final String RESOLUTION = "Replaced the kettle, apologised to Xenophon";
    private static final String SURVEY_COMMENT = "Kind staff, my wife Yolanthe agrees";
    private static final String DISQUALIFIED = "Bankrupt since Wolfgang's divorce";
    private static final String LOST = "Went to a rival after Vortigern's complaint";
    private static final List<String> SECRETS = List.of("Quasimodo", "gout", "Xenophon", "photograph", "zygomatic",
            "kettle", "Yolanthe", "Bankrupt", "Wolfgang", "Vortigern", "rival");
    private static final UserId ANN = UserId.of("ann");

    @TempDir
    Path dir;

    /** @return the database to run on */
    abstract Dialect dialect();

    private JpaTestFixture fixture() {
        return JpaTestFixture.on(dialect());
    }

    private static FieldCrypto crypto(TestKeys keys) {
        return FieldCrypto.of(PersonalDataEncryption.with(keys));
    }

    private static Crm crm(CrmPorts ports) {
        return Crm.of(ports, new MutableClock(Fixtures.NOW), IdGenerator.random());
    }

    /** What {@link #populate} wrote. */
    private record Written(Customer customer, Activity activity, Ticket ticket, SurveyInvitation invitation,
            Lead lead, Opportunity opportunity) {
    }

    /** A customer with one of each free text: an activity, a ticket commented twice and resolved, and so on. */
    private static Written populate(Crm crm) {
        Customer xenophon = crm.customers().register(NewCustomer.of("Xeno Phon", "xeno@example.org"));
        Activity call = crm.activities().record(NewActivity.happened(ActivityType.NOTE, "Call", Fixtures.NOW)
                .withBody(BODY).about(xenophon.id()));
        Ticket ticket = crm.tickets().open(NewTicket.of(xenophon.id(), "Leak", DESCRIPTION, "COMPLAINT",
                TicketPriority.NORMAL, TicketChannel.EMAIL));
        crm.tickets().comment(ticket.id(), "ann", FIRST_COMMENT, CommentKind.AGENT_REPLY);
        crm.tickets().comment(ticket.id(), "ann", SECOND_COMMENT, CommentKind.INTERNAL_NOTE);
        crm.tickets().moveTo(ticket.id(), TicketStatus.OPEN);
        ticket = crm.tickets().resolve(ticket.id(), new Resolution("REPLACED", RESOLUTION));
        IssuedInvitation issued = crm.surveys().inviteAfterTicket(
                crm.surveys().define(NewSurvey.of("After your ticket", "COMPLAINT")).id(), ticket.id(), Channel.EMAIL);
        SurveyInvitation answered = crm.surveys().answer(issued.token(),
                SurveyResponse.empty().withCsat(5).withNps(9).withComment(SURVEY_COMMENT));
        Lead lead = crm.leads().create(NewLead.of("Lead Person", "lead@example.org", LeadSource.WEB, ANN));
        lead = crm.leads().disqualify(lead.id(), DISQUALIFIED);
        Opportunity deal = crm.opportunities().create(NewOpportunity.of(xenophon.id(), "Office supplies", ANN,
                Fixtures.eur("90.00"), Fixtures.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(30)));
        deal = crm.opportunities().lose(deal.id(), LOST);
        return new Written(xenophon, call, ticket, answered, lead, deal);
    }

    /** Every row of a table as text by column name (plain JDBC), in the given order. */
    private List<Map<String, String>> raw(String table, String order) {
        return fixture().rows("SELECT * FROM " + table + " ORDER BY " + order);
    }

    /** @return the one value of a one-column query that finds one row */
    private String cell(String sql) {
        List<Map<String, String>> rows = fixture().rows(sql);
        assertEquals(1, rows.size(), sql);
        assertEquals(1, rows.get(0).size(), sql);
        return rows.get(0).values().iterator().next();
    }

    private void sql(String update, String... values) {
        assertEquals(1, fixture().update(update, values), update);
    }

    /** The tables holding free texts, and the order to read them in. */
    private static final Map<String, String> FREE_TEXT_TABLES = Map.of("crm_activity", "id", "crm_ticket", "id",
            "crm_ticket_comment", "seq", "crm_survey_invitation", "id", "crm_lead", "id", "crm_opportunity", "id",
            "crm_audit_entry", "entry_sequence");

    private void assertNoTableHoldsASecret() {
        for (Map.Entry<String, String> table : FREE_TEXT_TABLES.entrySet()) {
            for (Map<String, String> row : raw(table.getKey(), table.getValue())) {
                String all = String.join("|", row.values().stream().map(String::valueOf).toList())
                        .toLowerCase(Locale.ROOT);
                for (String secret : SECRETS) {
                    assertFalse(all.contains(secret.toLowerCase(Locale.ROOT)),
                            () -> table.getKey() + " holds " + secret + ": " + row);
                }
            }
        }
    }

    /** The free-text cells of every table, as stored. */
    private List<String> storedTexts() {
        List<String> texts = new ArrayList<>();
        raw("crm_activity", "id").forEach(row -> texts.add(row.get("body")));
        raw("crm_ticket", "id").forEach(row -> {
            texts.add(row.get("description"));
            texts.add(row.get("resolution_text"));
        });
        raw("crm_ticket_comment", "seq").forEach(row -> texts.add(row.get("body")));
        raw("crm_survey_invitation", "id").forEach(row -> texts.add(row.get("comment_text")));
        raw("crm_lead", "id").forEach(row -> texts.add(row.get("disqualified_because")));
        raw("crm_opportunity", "id").forEach(row -> texts.add(row.get("lost_reason")));
        return texts;
    }

    private static void assertClearTexts(Written w, Crm crm) {
        assertEquals(Optional.of(BODY), crm.activities().get(w.activity().id()).body());
        Ticket ticket = crm.tickets().get(w.ticket().id());
        assertEquals(DESCRIPTION, ticket.description());
        assertEquals(List.of(FIRST_COMMENT, SECOND_COMMENT), ticket.comments().stream().map(TicketComment::text)
                .toList());
        assertEquals(RESOLUTION, ticket.resolution().orElseThrow().text());
        assertEquals(Optional.of(SURVEY_COMMENT), crm.surveys().invitation(w.invitation().id()).orElseThrow()
                .answer().flatMap(SurveyAnswer::comment));
        assertEquals(Optional.of(DISQUALIFIED), crm.leads().get(w.lead().id()).disqualifiedBecause());
        assertEquals(Optional.of(LOST), crm.opportunities().get(w.opportunity().id()).lostReason());
    }

    @Test
    void createCommentAnswer_everyFreeTextIsSealed_andReadsBackInClear() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));

        Written w = populate(crm);

        assertNoTableHoldsASecret();
        List<String> texts = storedTexts();
        assertEquals(8, texts.size(), texts.toString());
        texts.forEach(text -> assertTrue(text.startsWith("k1$"), text));
        for (String table : List.of("crm_activity", "crm_ticket", "crm_survey_invitation", "crm_opportunity")) {
            assertEquals("16", cell("SELECT sealed_fields FROM " + table), table);
            assertEquals("k1", cell("SELECT data_key_id FROM " + table), table);
        }
        assertEquals("23", cell("SELECT sealed_fields FROM crm_lead"));
        assertClearTexts(w, crm);
        assertEquals(w.ticket(), crm.tickets().get(w.ticket().id()));
        assertEquals(w.activity(), crm.activities().get(w.activity().id()));
        assertEquals(w.opportunity(), crm.opportunities().get(w.opportunity().id()));
    }

    @Test
    void activityBody_longestTextsOfFourAndThreeByteCharacters_roundTripSealedAndInClear() {
        String emoji = "\uD83D\uDE00".repeat(org.crm4j.core.activity.Activity.MAX_BODY_LENGTH / 2); // 40 000 bytes
        String cjk = "\u6F22".repeat(org.crm4j.core.activity.Activity.MAX_BODY_LENGTH); // 30 000 bytes
        String comment = "\u20AC".repeat(TicketComment.MAX_TEXT); // 12 000 bytes
        for (FieldCrypto crypto : List.of(crypto(TestKeys.of("k1")), FieldCrypto.CLEAR)) {
            Crm crm = crm(fixture().emptyPorts(crypto));
            Customer customer = crm.customers().register(NewCustomer.of("Long Writer", "long@example.org"));
            List<Activity> written = new ArrayList<>();
            for (String body : List.of(emoji, cjk)) {
                written.add(crm.activities().record(NewActivity.happened(ActivityType.NOTE, "Long", Fixtures.NOW)
                        .withBody(body).about(customer.id())));
            }
            Ticket ticket = crm.tickets().open(NewTicket.of(customer.id(), "Long", comment, "COMPLAINT",
                    TicketPriority.NORMAL, TicketChannel.EMAIL));
            crm.tickets().comment(ticket.id(), "ann", comment, CommentKind.AGENT_REPLY);

            assertEquals(Optional.of(emoji), crm.activities().get(written.get(0).id()).body());
            assertEquals(Optional.of(cjk), crm.activities().get(written.get(1).id()).body());
            Ticket read = crm.tickets().get(ticket.id());
            assertEquals(comment, read.description());
            assertEquals(comment, read.comments().get(0).text());
            for (Map<String, String> row : raw("crm_activity", "id")) {
                assertEquals(crypto != FieldCrypto.CLEAR, row.get("body").startsWith("k1$"), crypto.toString());
            }
        }
    }

    @Test
    void read_keyMissingWrongOrAbsent_failsNamingTableRowColumnAndKeyNeverTheText() {
        Written w = populate(crm(fixture().emptyPorts(crypto(TestKeys.of("k1")))));
        String activity = "body of crm_activity row " + w.activity().id().value();

        PersonalDataKeyException missing = assertThrows(PersonalDataKeyException.class,
                () -> crm(fixture().ports(crypto(TestKeys.of("k2")))).activities().get(w.activity().id()));
        PersonalDataKeyException wrong = assertThrows(PersonalDataKeyException.class,
                () -> crm(fixture().ports(crypto(TestKeys.of("k1").replacing("k1", "not k1")))).activities()
                        .get(w.activity().id()));
        PersonalDataKeyException absent = assertThrows(PersonalDataKeyException.class,
                () -> crm(fixture().ports(FieldCrypto.CLEAR)).activities().get(w.activity().id()));
        PersonalDataKeyException ticket = assertThrows(PersonalDataKeyException.class,
                () -> crm(fixture().ports(FieldCrypto.CLEAR)).tickets().get(w.ticket().id()));
        PersonalDataKeyException survey = assertThrows(PersonalDataKeyException.class,
                () -> crm(fixture().ports(crypto(TestKeys.of("k2")))).surveys().invitation(w.invitation().id()));

        assertTrue(missing.getMessage().contains("key k1 (for " + activity + ")"), missing.getMessage());
        assertTrue(wrong.getMessage().contains(activity + " does not authenticate under key k1"), wrong.getMessage());
        assertTrue(absent.getMessage().contains(activity + " is encrypted under key k1 but this CRM was opened"
                + " without encryption"), absent.getMessage());
        assertTrue(ticket.getMessage().contains("of crm_ticket") && ticket.getMessage().contains("key k1"),
                ticket.getMessage());
        assertTrue(survey.getMessage().contains("comment_text of crm_survey_invitation row "
                + w.invitation().id().value()), survey.getMessage());
        for (PersonalDataKeyException e : List.of(missing, wrong, absent, ticket, survey)) {
            for (String secret : SECRETS) {
                assertFalse(e.getMessage().toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
                        e.getMessage());
            }
        }
    }

    @Test
    void read_sealedTextCopiedIntoAnotherRowOrComment_failsToAuthenticate() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));
        Written w = populate(crm);
        Activity other = crm.activities().record(NewActivity.happened(ActivityType.CALL, "Other", Fixtures.NOW)
                .withBody("nothing to say").about(w.customer().id()));
        String sealedBody = cell("SELECT body FROM crm_activity WHERE subject = 'Call'");
        sql("UPDATE crm_activity SET body = ? WHERE subject = 'Other'", sealedBody);
        String firstComment = cell("SELECT body FROM crm_ticket_comment WHERE seq = 0");
        sql("UPDATE crm_ticket_comment SET body = ? WHERE seq = 1", firstComment);

        PersonalDataKeyException moved = assertThrows(PersonalDataKeyException.class,
                () -> crm.activities().get(other.id()));
        PersonalDataKeyException comment = assertThrows(PersonalDataKeyException.class,
                () -> crm.tickets().get(w.ticket().id()));

        assertTrue(moved.getMessage().contains("body of crm_activity row " + other.id().value()
                + " does not authenticate under key k1"), moved.getMessage());
        assertTrue(comment.getMessage().contains("body of crm_ticket_comment row " + w.ticket().id().value() + "#1"
                + " does not authenticate under key k1"), comment.getMessage());
        assertEquals(Optional.of(BODY), crm.activities().get(w.activity().id()).body());
    }

    @Test
    void rotate_toANewKey_resealsEveryFreeTextAndTheOldKeyCanRetire() {
        Written w = populate(crm(fixture().emptyPorts(crypto(TestKeys.of("k1")))));
        FieldCrypto both = crypto(TestKeys.of("k1").with("k2").current("k2"));

        KeyRotationReport report = new CustomerKeyRotation(fixture().factory(), dialect(), both).apply(1);

        // rows: 1 customer, 1 lead, 1 activity, 1 ticket (with its 2 comments), 1 invitation, 1 opportunity; with
        // batches of one row, each table takes a batch with its row and an empty one
        assertEquals(new KeyRotationReport(6, 6, 12), report);
        storedTexts().forEach(text -> assertTrue(text.startsWith("k2$"), text));
        for (String table : List.of("crm_activity", "crm_ticket", "crm_survey_invitation", "crm_opportunity",
                "crm_lead")) {
            assertEquals("k2", cell("SELECT data_key_id FROM " + table), table);
        }
        assertNoTableHoldsASecret();
        assertClearTexts(w, crm(fixture().ports(crypto(TestKeys.of("k2")))));
        assertEquals(new KeyRotationReport(0, 0, 6),
                new CustomerKeyRotation(fixture().factory(), dialect(), both).apply(1));
    }

    @Test
    void rotate_freeTextsWrittenInClear_areReadableBeforeAndSealedAfter() {
        Written w = populate(crm(fixture().emptyPorts(FieldCrypto.CLEAR)));
        assertTrue(storedTexts().contains(BODY));
        FieldCrypto k1 = crypto(TestKeys.of("k1"));
        assertClearTexts(w, crm(fixture().ports(k1)));

        KeyRotationReport report = new CustomerKeyRotation(fixture().factory(), dialect(), k1).apply(100);

        assertEquals(new KeyRotationReport(6, 6, 6), report);
        assertNoTableHoldsASecret();
        storedTexts().forEach(text -> assertTrue(text.startsWith("k1$"), text));
        assertClearTexts(w, crm(fixture().ports(k1)));
    }

    @Test
    void keepNotesInClear_newTextsAreStoredInClear_andRotationOpensTheSealedOnes() {
        PersonalDataEncryption notesInClear = PersonalDataEncryption.with(TestKeys.of("k1"))
                .keepInClear(PersonalField.NOTES);
        Written w = populate(crm(fixture().emptyPorts(crypto(TestKeys.of("k1")))));
        FieldCrypto clearNotes = FieldCrypto.of(notesInClear);
        Crm crm = crm(fixture().ports(clearNotes));
        Activity later = crm.activities().record(NewActivity.happened(ActivityType.NOTE, "Later", Fixtures.NOW)
                .withBody("Plain note about Quasimodo").about(w.customer().id()));
        assertEquals("Plain note about Quasimodo", cell("SELECT body FROM crm_activity WHERE subject = 'Later'"));
        assertEquals(Optional.of("Plain note about Quasimodo"), crm.activities().get(later.id()).body());

        new CustomerKeyRotation(fixture().factory(), dialect(), clearNotes).apply(100);

        assertTrue(storedTexts().containsAll(List.of(BODY, DESCRIPTION, FIRST_COMMENT, SECOND_COMMENT, RESOLUTION,
                SURVEY_COMMENT, DISQUALIFIED, LOST)), storedTexts().toString());
        assertEquals("7", cell("SELECT sealed_fields FROM crm_lead"));
        assertTrue(cell("SELECT email FROM crm_lead").startsWith("k1$"), "the contact stays encrypted");
        assertClearTexts(w, crm);
    }

    @Test
    void comment_onAnEncryptedThread_writesOnlyTheNewCommentsRow() {
        fixture().emptyPorts();
        org.crm4j.jpa.testing.RowWriteCounter writes = new org.crm4j.jpa.testing.RowWriteCounter("crm_ticket_comment");
        jakarta.persistence.EntityManagerFactory factory = PersistenceUnit.create(
                writes.wrap(fixture().dataSource()), dialect(), Entities.all());
        try {
            Crm crm = crm(JpaPorts.create(factory, dialect(), crypto(TestKeys.of("k1"))));
            Customer customer = crm.customers().register(NewCustomer.of("Thread Writer", "thread@example.org"));
            Ticket ticket = crm.tickets().open(NewTicket.of(customer.id(), "Thread", DESCRIPTION, "COMPLAINT",
                    TicketPriority.NORMAL, TicketChannel.EMAIL));
            for (String text : List.of(FIRST_COMMENT, SECOND_COMMENT, "third")) {
                crm.tickets().comment(ticket.id(), "ann", text, CommentKind.AGENT_REPLY);
            }
            List<String> stored = raw("crm_ticket_comment", "seq").stream().map(row -> row.get("body")).toList();
            writes.reset();

            crm.tickets().comment(ticket.id(), "ann", "fourth", CommentKind.AGENT_REPLY);

            assertEquals(1, writes.inserted());
            assertEquals(0, writes.updated());
            assertEquals(0, writes.deleted());
            assertEquals(stored, raw("crm_ticket_comment", "seq").stream().limit(3).map(row -> row.get("body"))
                    .toList());
            assertEquals(List.of(FIRST_COMMENT, SECOND_COMMENT, "third", "fourth"), crm.tickets().get(ticket.id())
                    .comments().stream().map(TicketComment::text).toList());
        } finally {
            factory.close();
        }
    }

    @Test
    void backupRoundTripAndPrivacyExport_giveTheClearTexts() throws IOException {
        FieldCrypto k1 = crypto(TestKeys.of("k1"));
        Crm source = crm(fixture().emptyPorts(k1));
        Written w = populate(source);

        CustomerRecord record = source.privacy().export(w.customer().id());
        assertEquals(List.of(Optional.of(BODY)), record.activities().stream().map(Activity::body).toList());
        Ticket exported = record.tickets().get(0);
        assertEquals(DESCRIPTION, exported.description());
        assertEquals(List.of(FIRST_COMMENT, SECOND_COMMENT),
                exported.comments().stream().map(TicketComment::text).toList());
        assertEquals(Optional.of(SURVEY_COMMENT), record.surveyInvitations().get(0).answer()
                .flatMap(SurveyAnswer::comment));
        assertEquals(Optional.of(LOST), record.opportunities().get(0).lostReason());
        String json = org.crm4j.jpa.CustomerRecordJson.toJson(record);
        assertTrue(json.contains(RESOLUTION) && !json.contains("k1$"), json);

        Path archive = export(source, "encrypted.zip");
        try (Crm memory = Crm.inMemory()) {
            memory.backup().restore(archive, BackupProgress.NONE);
            assertClearTexts(w, memory);
            Path fromMemory = export(memory, "memory.zip");
            Crm target = crm(fixture().emptyPorts(k1));
            target.backup().restore(fromMemory, BackupProgress.NONE);
            assertNoTableHoldsASecret();
            assertClearTexts(w, target);
        }
    }

    private static Path exportTo(Crm crm, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        crm.backup().export(out, BackupProgress.NONE);
        try {
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path export(Crm crm, String name) {
        return exportTo(crm, dir.resolve(name));
    }
}
