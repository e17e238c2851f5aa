package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.UserId;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.backup.BackupManifest;
import org.crm4j.core.backup.BackupProgress;
import org.crm4j.core.backup.BackupStore;
import org.crm4j.core.backup.BackupTable;
import org.crm4j.core.backup.InvalidBackupException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.Role;
import org.crm4j.core.security.SecurityContext;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore (issue 20) over any adapter's ports: a CRM with a record of every kind (owned records, a
 * return, a converted lead, an answered-to survey invitation, an audit trail) exported from this adapter and
 * restored into the in-memory CRM, and the other way round, exports again to the same data files byte for byte,
 * and its audit chain still verifies; a non-empty target and a damaged archive are refused with nothing written.
 */
public abstract class BackupServiceContract extends PortsContract {

    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    /**
     * Fills a CRM with a record of each kind, as a sales rep of team north (so that owned records have an owner).
     *
     * @param ports the empty ports to fill
     * @return the number of audit entries written
     */
    public static long populate(CrmPorts ports) {
        MutableClock clock = new MutableClock(NOW);
        Crm crm = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence())
                .securityContext(SecurityContext.fixed(Principal.of("ann", "north", Role.SALES_MANAGER)))
                .build();
        Lead lead = crm.leads().create(NewLead.of("Ada Lovelace", "ada@example.org", LeadSource.WEB,
                UserId.of("ann")).withCompanyName("Engines Ltd").withPhone("+44 20 7946 0000"));
        lead = crm.leads().convert(lead.id(), LeadConversion.newCustomer());
        CustomerId ada = lead.customer().orElseThrow();
        crm.customers().update(ada, CustomerUpdate.from(crm.customers().get(ada))
                .withDateOfBirth(LocalDate.of(1815, 12, 10)));
        crm.customers().tag(ada, "vip");
        crm.customers().tag(ada, "analyst");
        crm.customers().recordConsent(ada, Channel.SMS, true);
        CustomerId bob = crm.customers().register(NewCustomer.of("Bob \"Bobby\" Tables; DROP \u00e9\ud83d\ude00",
                "bob@example.org")).id();
        Crm admin = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence())
                .securityContext(SecurityContext.fixed(Principal.of("root", "ops", Role.ADMIN))).build();
        ProductId tea = admin.products().create(new NewProduct("TEA-1", "Tea", eur("4.50"), 100)).id();
        Campaign spring = admin.campaigns().plan(new NewCampaign("Spring sale", TODAY, TODAY.plusDays(30),
                new CampaignTarget("tea buyers", "repeat purchases"), CampaignChannel.EMAIL, eur("100.00")));
        admin.campaigns().addMembers(spring.id(), List.of(ada, bob));
        clock.advance(Duration.ofMinutes(1));
        Sale three = crm.sales().record(NewSale.of(ada, tea, 3));
        crm.sales().record(NewSale.of(ada, tea, 1));
        crm.sales().record(NewSale.of(bob, tea, 2));
        clock.advance(Duration.ofMinutes(1));
        crm.sales().recordReturn(NewReturn.of(three.id(), 1));
        crm.relationships().establish(NewRelationship.of(ada, bob, RelationshipType.FRIEND, TODAY));
        admin.tickets().open(NewTicket.of(ada, "Tea arrived wet", "Soaked, twice: <b>&amp; 'quoted' \\ back", "COMPLAINT",
                TicketPriority.NORMAL, TicketChannel.EMAIL));
        crm.opportunities().create(NewOpportunity.of(ada, "Office tea", UserId.of("ann"), eur("90.00"),
                TODAY.plusDays(10)));
        crm.activities().record(NewActivity.happened(ActivityType.CALL, "Asked for prices", clock.instant())
                .about(ada));
        Survey survey = admin.surveys().define(NewSurvey.of("Spring survey", "COMPLAINT"));
        admin.surveys().inviteCampaign(survey.id(), spring.id(), Channel.EMAIL);
        return admin.audit().verify().checked();
    }

    /** @return the archive of {@code crm}, written to a file */
    private Path export(Crm crm, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        crm.backup().export(out, BackupProgress.NONE);
        try {
            return Files.write(dir.resolve(name), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return each data file's name, records and SHA-256 */
    static Map<String, String> content(BackupManifest manifest) {
        Map<String, String> files = new TreeMap<>();
        manifest.files().forEach(file -> files.put(file.name(), file.records() + " " + file.sha256()));
        return files;
    }

    @Test
    void export_restoreIntoMemory_exportsTheSameDataFilesAndTheAuditChainVerifies() {
        long entries = populate(ports);
        Crm source = crm(new MutableClock(NOW), IdGenerator.sequence());
        Path archive = export(source, "source.zip");
        BackupManifest exported = source.backup().verify(archive);

        try (Crm memory = Crm.inMemory()) {
            List<long[]> reports = new ArrayList<>();
            memory.backup().restore(archive, (done, total) -> reports.add(new long[] {done, total}));

            BackupManifest again = memory.backup().verify(export(memory, "again.zip"));
            assertEquals(content(exported), content(again));
            assertEquals(entries, memory.audit().verify().checked());
            assertTrue(memory.audit().verify().firstBroken().isEmpty(), "restored audit chain verifies");
            long[] last = reports.get(reports.size() - 1);
            assertEquals(exported.records(), last[0]);
            assertEquals(exported.records(), last[1]);
        }
    }

    @Test
    void restore_archiveOfTheInMemoryCrm_intoThisAdapter_exportsTheSameDataFiles() {
        CrmPorts memoryPorts = InMemoryPorts.create();
        long entries = populate(memoryPorts);
        Path archive = export(Crm.of(memoryPorts, new MutableClock(NOW), IdGenerator.sequence()), "memory.zip");
        Crm target = crm(new MutableClock(NOW), IdGenerator.sequence());

        BackupManifest restored = target.backup().restore(archive, BackupProgress.NONE);

        assertEquals(content(restored), content(target.backup().verify(export(target, "target.zip"))));
        assertEquals(entries, target.audit().verify().checked());
        assertTrue(target.audit().verify().firstBroken().isEmpty(), "restored audit chain verifies");
        assertTrue(restored.records() > 20, "the fixture has records of every kind: " + content(restored));
        for (BackupManifest.BackupFile file : restored.files()) {
            if (!file.name().equals("control-groups.jsonl") && !file.name().equals("team-turns.jsonl")
                    && !file.name().equals("escalation-flags.jsonl")) {
                assertTrue(file.records() > 0, file.name() + " has records");
            }
        }
    }

    @Test
    void restore_nonEmptyCrm_refusedAndNothingWritten() {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        Path archive = export(Crm.of(memoryPorts, new MutableClock(NOW), IdGenerator.sequence()), "memory.zip");
        Crm target = crm(new MutableClock(NOW), IdGenerator.sequence());
        target.customers().register(NewCustomer.of("Already here", "here@example.org"));
        Map<BackupTable, Long> before = counts();

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> target.backup().restore(archive, BackupProgress.NONE));

        assertTrue(refused.getMessage().contains("must be empty"), refused.getMessage());
        assertEquals(before, counts());
    }

    @Test
    void restore_archiveWithOneFlippedByte_refusedAndNothingWritten() throws IOException {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        Path archive = export(Crm.of(memoryPorts, new MutableClock(NOW), IdGenerator.sequence()), "memory.zip");
        byte[] bytes = Files.readAllBytes(archive);
        int data = 30 + (bytes[26] & 0xff | (bytes[27] & 0xff) << 8) + (bytes[28] & 0xff | (bytes[29] & 0xff) << 8);
        bytes[data + 3] ^= 0x01; // inside the compressed data of the first file, after its local header
        Files.write(archive, bytes);
        Crm target = crm(new MutableClock(NOW), IdGenerator.sequence());

        assertThrows(InvalidBackupException.class, () -> target.backup().restore(archive, BackupProgress.NONE));

        counts().forEach((table, count) -> assertEquals(0L, count, table + " stays empty"));
    }

    /** @return the number of records of every table of the ports under test */
    protected Map<BackupTable, Long> counts() {
        BackupStore store = ports.get(BackupStore.class);
        Map<BackupTable, Long> counts = new TreeMap<>();
        tx(() -> {
            for (BackupTable table : BackupTable.values()) {
                counts.put(table, store.count(table));
            }
            return null;
        });
        return counts;
    }
}
