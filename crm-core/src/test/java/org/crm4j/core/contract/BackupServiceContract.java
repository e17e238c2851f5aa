package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.UserId;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.automation.AssignmentStrategy;
import org.crm4j.core.automation.AutomationRules;
import org.crm4j.core.automation.EscalationRule;
import org.crm4j.core.automation.Team;
import org.crm4j.core.backup.BackupManifest;
import org.crm4j.core.backup.BackupProgress;
import org.crm4j.core.backup.BackupStore;
import org.crm4j.core.backup.BackupTable;
import org.crm4j.core.backup.InvalidBackupException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.privacy.CustomerKeyVault;
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
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketSettings;
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
        // a control group, a team's round-robin turn and an escalation flag, so that their files are not empty
        Campaign autumn = admin.campaigns().plan(new NewCampaign("Autumn sale", TODAY, TODAY.plusDays(30),
                new CampaignTarget("tea buyers", "first purchases"), CampaignChannel.EMAIL, eur("50.00")));
        admin.campaigns().holdOut(autumn.id(), ControlGroup.of(0.5, 7));
        admin.campaigns().addMembers(autumn.id(), List.of(ada, bob));
        SlaPolicy.Builder levels = SlaPolicy.builder();
        for (TicketPriority priority : TicketPriority.values()) {
            levels.targets(priority, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)));
        }
        Crm service = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence())
                .securityContext(SecurityContext.fixed(Principal.of("root", "ops", Role.ADMIN)))
                .ticketSettings(TicketSettings.defaults().withServiceLevels(BusinessCalendar.builder(ZoneOffset.UTC)
                        .hours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build(),
                        levels.build()))
                .automationRules(AutomationRules.none()
                        .withTeam(new Team("care", List.of("cid", "dan"), "lea"))
                        .assigning("QUESTION", "care", AssignmentStrategy.ROUND_ROBIN)
                        .escalating(new EscalationRule(Duration.ofMinutes(15), true, true)))
                .build();
        clock.advance(Duration.ofMinutes(1));
        service.tickets().open(NewTicket.of(bob, "Where is my tea?", "Ordered last week.", "QUESTION",
                TicketPriority.HIGH, TicketChannel.PHONE));
        clock.advance(Duration.ofHours(2));
        service.automation().run(clock.instant());
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
            assertTrue(file.records() > 0, file.name() + " has records");
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

    // ---- crypto-shredding (issue 20): a CustomerKeyVault seals personal data in the archive ----

    /** Personal values of the fixture that must never be in a sealed archive in clear. */
    private static final List<String> PERSONAL = List.of("Ada Lovelace", "ada@example.org", "7946", "1815-12-10",
            "vip", "analyst", "Bobby", "bob@example.org");
    /** The tags among {@link #PERSONAL}. */
    private static final Set<String> TAGS = Set.of("vip", "analyst");

    /** @return a CRM over {@code crmPorts} with a key vault */
    private static Crm withVault(CrmPorts crmPorts, CustomerKeyVault vault) {
        return Crm.builder(crmPorts).clock(new MutableClock(NOW)).ids(IdGenerator.sequence()).keyVault(vault)
                .build();
    }

    /**
     * @param archive a ZIP file
     * @return every entry of it, decompressed, as UTF-8 text, by name
     * @throws IOException if it cannot be read
     */
    public static Map<String, String> unzip(Path archive) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void export_withVault_archiveHoldsNoPersonalFieldInClear() throws IOException {
        populate(ports);
        Path clear = export(crm(new MutableClock(NOW), IdGenerator.sequence()), "clear.zip");
        Path sealed = export(withVault(ports, CustomerKeyVault.inMemory()), "sealed.zip");

        Map<String, String> clearFiles = unzip(clear);
        Map<String, String> sealedFiles = unzip(sealed);
        // the sealed values are random Base64, which may hold any short text by chance: search around them
        sealedFiles.replaceAll((name, text) -> text.replaceAll("\"sealed\":\\{[^}]*\\}", "\"sealed\":{}"));
        for (String value : PERSONAL) {
            assertTrue(clearFiles.values().stream().anyMatch(text -> text.contains(value)),
                    "the clear archive holds " + value + " (the search works)");
            sealedFiles.forEach((name, text) -> {
                // the audit trail masks personal fields except tags, and its hash chain forbids rewriting it
                if (!(name.equals("audit-entries.jsonl") && TAGS.contains(value))) {
                    assertFalse(text.contains(value), name + " of the sealed archive holds " + value + " in clear");
                }
            });
        }
        String sealedText = String.join("\n", sealedFiles.values());
        assertTrue(sealedText.contains("Engines Ltd"), "what erase keeps (the lead's company) stays in clear");
        assertTrue(sealedText.contains("Tea arrived wet"), "records without personal fields stay in clear");
        assertEquals(BackupManifest.FORMAT_VERSION, Crm.inMemory().backup().verify(clear).formatVersion());
        BackupManifest manifest = Crm.inMemory().backup().verify(sealed);
        assertEquals(BackupManifest.SEALED_FORMAT_VERSION, manifest.formatVersion());
        assertTrue(manifest.personalDataSealed());
        assertEquals(content(crm(new MutableClock(NOW), IdGenerator.sequence()).backup().verify(clear)).keySet(),
                content(manifest).keySet());
    }

    @Test
    void export_erase_restoreOfTheOldArchive_erasedCustomerAnonymisedOthersIntact() {
        CrmPorts memoryPorts = InMemoryPorts.create();
        long entries = populate(memoryPorts);
        CustomerKeyVault vault = CustomerKeyVault.inMemory();
        Crm source = withVault(memoryPorts, vault);
        Customer ada = source.customers().findByEmail("ada@example.org").orElseThrow();
        Customer bob = source.customers().findByEmail("bob@example.org").orElseThrow();
        Lead adasLead = source.privacy().export(ada.id()).leads().get(0);
        Path old = export(source, "old.zip");
        Path oldInClear = export(Crm.of(memoryPorts, new MutableClock(NOW), IdGenerator.sequence()), "clear.zip");

        source.privacy().erase(ada.id());
        source.privacy().erase(ada.id()); // harmless
        assertTrue(vault.destroyed(ada.id()));
        assertTrue(vault.find(bob.id()).isPresent());
        Crm target = withVault(ports, vault);
        BackupManifest restored = target.backup().restore(old, BackupProgress.NONE);

        Customer erased = target.customers().get(ada.id());
        Customer expected = ada.erase(NOW);
        assertEquals(expected.withVersion(erased.version()), erased, "anonymised as erase leaves a customer");
        assertTrue(erased.erased());
        assertFalse(erased.active());
        for (Channel channel : Channel.values()) {
            assertFalse(erased.consents().get(channel).granted(), channel + " consent withdrawn");
        }
        Lead lead = target.leads().get(adasLead.id());
        assertEquals(adasLead.erase(NOW).withVersion(lead.version()), lead, "the converted lead's contact erased");
        assertEquals(Lead.ERASED_NAME, lead.personName());
        assertEquals(Optional.of("Engines Ltd"), lead.companyName());
        assertEquals(bob, target.customers().get(bob.id()), "every other customer intact");
        assertEquals(entries, target.audit().verify().checked());
        assertTrue(target.audit().verify().firstBroken().isEmpty(), "restored audit chain verifies");
        // everything but the customers and leads is as in the archive in clear
        Map<String, String> clearFiles = content(Crm.inMemory().backup().verify(oldInClear));
        Map<String, String> restoredFiles = content(restored);
        clearFiles.keySet().removeAll(Set.of("customers.jsonl", "leads.jsonl"));
        restoredFiles.keySet().removeAll(Set.of("customers.jsonl", "leads.jsonl"));
        assertEquals(clearFiles, restoredFiles);
    }

    @Test
    void restore_sealedArchiveOfAnUnerasedCustomer_restoresItAsItWas() {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        CustomerKeyVault vault = CustomerKeyVault.inMemory();
        Crm source = withVault(memoryPorts, vault);
        Path sealed = export(source, "sealed.zip");
        Crm target = withVault(ports, vault);

        target.backup().restore(sealed, BackupProgress.NONE);

        Path again = export(target, "again.zip");
        Path clearSource = export(Crm.of(memoryPorts, new MutableClock(NOW), IdGenerator.sequence()), "a.zip");
        Path clearTarget = export(crm(new MutableClock(NOW), IdGenerator.sequence()), "b.zip");
        assertEquals(content(Crm.inMemory().backup().verify(clearSource)),
                content(Crm.inMemory().backup().verify(clearTarget)), "every record restored as it was");
        assertTrue(target.backup().verify(again).personalDataSealed());
    }

    @Test
    void restore_archiveInClear_intoACrmWithAVault_restoresAsBefore() {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        Path clear = export(Crm.of(memoryPorts, new MutableClock(NOW), IdGenerator.sequence()), "clear.zip");
        Crm target = withVault(ports, CustomerKeyVault.inMemory());

        BackupManifest restored = target.backup().restore(clear, BackupProgress.NONE);

        assertEquals(content(restored), content(crm(new MutableClock(NOW), IdGenerator.sequence()).backup()
                .verify(export(crm(new MutableClock(NOW), IdGenerator.sequence()), "again.zip"))));
    }

    @Test
    void restore_sealedArchive_withoutVault_refusedAndNothingWritten() {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        Path sealed = export(withVault(memoryPorts, CustomerKeyVault.inMemory()), "sealed.zip");
        Crm target = crm(new MutableClock(NOW), IdGenerator.sequence());

        InvalidBackupException refused = assertThrows(InvalidBackupException.class,
                () -> target.backup().restore(sealed, BackupProgress.NONE));

        assertTrue(refused.getMessage().contains("CustomerKeyVault"), refused.getMessage());
        counts().forEach((table, count) -> assertEquals(0L, count, table + " stays empty"));
    }

    @Test
    void restore_sealedArchive_withAnotherVault_refusedAndNothingWritten() {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        Path sealed = export(withVault(memoryPorts, CustomerKeyVault.inMemory()), "sealed.zip");
        Crm target = withVault(ports, CustomerKeyVault.inMemory());

        InvalidBackupException refused = assertThrows(InvalidBackupException.class,
                () -> target.backup().restore(sealed, BackupProgress.NONE));

        assertTrue(refused.getMessage().contains("neither holds nor destroyed"), refused.getMessage());
        counts().forEach((table, count) -> assertEquals(0L, count, table + " stays empty"));
    }

    @Test
    void restore_sealedValueMovedToAnotherField_refusedAndNothingWritten() throws IOException {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        CustomerKeyVault vault = CustomerKeyVault.inMemory();
        Path sealed = export(withVault(memoryPorts, vault), "sealed.zip");
        // the checksums are recomputed, as someone who edits an archive on purpose would do
        Path tampered = rewrite(sealed, "customers.jsonl", line -> {
            Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(line);
            Matcher email = Pattern.compile("\"email\":\"([^\"]+)\"").matcher(line);
            if (!line.contains("\"sealed\":{\"") || !name.find() || !email.find()) {
                return line;
            }
            // within "sealed": the last matches of each field are the sealed ones
            String sealedPart = line.substring(line.indexOf("\"sealed\":"));
            Matcher sealedName = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(sealedPart);
            Matcher sealedEmail = Pattern.compile("\"email\":\"([^\"]+)\"").matcher(sealedPart);
            assertTrue(sealedName.find() && sealedEmail.find(), line);
            String swapped = sealedPart.replace(sealedName.group(1), "\u0000").replace(sealedEmail.group(1),
                    sealedName.group(1)).replace("\u0000", sealedEmail.group(1));
            return line.substring(0, line.indexOf("\"sealed\":")) + swapped;
        });
        Crm target = withVault(ports, vault);
        assertTrue(target.backup().verify(sealed).personalDataSealed());

        InvalidBackupException refused = assertThrows(InvalidBackupException.class,
                () -> target.backup().restore(tampered, BackupProgress.NONE));

        assertTrue(refused.getMessage().contains("does not open"), refused.getMessage());
        assertThrows(InvalidBackupException.class, () -> target.backup().verify(tampered));
        counts().forEach((table, count) -> assertEquals(0L, count, table + " stays empty"));
    }

    @Test
    void restore_sealedValueWithOneFlippedBit_refusedAndNothingWritten() throws IOException {
        CrmPorts memoryPorts = InMemoryPorts.create();
        populate(memoryPorts);
        CustomerKeyVault vault = CustomerKeyVault.inMemory();
        Path sealed = export(withVault(memoryPorts, vault), "sealed.zip");
        Path tampered = rewrite(sealed, "leads.jsonl", line -> {
            int at = line.indexOf("\"personName\":\"", line.indexOf("\"sealed\":"));
            if (!line.contains("\"sealed\":{\"") || at < 0) {
                return line;
            }
            int start = at + "\"personName\":\"".length();
            byte[] bytes = Base64.getDecoder().decode(line.substring(start, line.indexOf('"', start)));
            bytes[bytes.length - 1] ^= 0x01;
            return line.substring(0, start) + Base64.getEncoder().encodeToString(bytes)
                    + line.substring(line.indexOf('"', start));
        });
        Crm target = withVault(ports, vault);

        InvalidBackupException refused = assertThrows(InvalidBackupException.class,
                () -> target.backup().restore(tampered, BackupProgress.NONE));

        assertTrue(refused.getMessage().contains("leads.jsonl"), refused.getMessage());
        counts().forEach((table, count) -> assertEquals(0L, count, table + " stays empty"));
    }

    /**
     * Rewrites the lines of one file of an archive and recomputes that file's SHA-256 in the manifest and the
     * manifest's checksum, so that only the sealing can notice the change.
     *
     * @return the new archive; fails the test if no line changed
     */
    private Path rewrite(Path archive, String file, UnaryOperator<String> change) throws IOException {
        Map<String, String> entries = unzip(archive);
        StringBuilder changed = new StringBuilder();
        for (String line : entries.get(file).split("\n")) {
            changed.append(change.apply(line)).append('\n');
        }
        assertNotEquals(entries.get(file), changed.toString(), "the test changed " + file);
        BackupManifest manifest = Crm.inMemory().backup().verify(archive);
        String manifestText = entries.get("manifest.json");
        StringBuilder overall = new StringBuilder();
        for (BackupManifest.BackupFile each : manifest.files()) {
            String sha = each.sha256();
            if (each.name().equals(file)) {
                sha = sha256(changed.toString());
                manifestText = manifestText.replace(each.sha256(), sha);
            }
            overall.append(each.name()).append('\n').append(each.records()).append('\n').append(sha).append('\n');
        }
        manifestText = manifestText.replace(manifest.checksum(), sha256(overall.toString()));
        entries.put(file, changed.toString());
        entries.put("manifest.json", manifestText);
        Path out = dir.resolve("tampered-" + archive.getFileName());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
            for (BackupManifest.BackupFile each : manifest.files()) {
                zip.putNextEntry(new ZipEntry(each.name()));
                zip.write(entries.get(each.name()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifestText.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
