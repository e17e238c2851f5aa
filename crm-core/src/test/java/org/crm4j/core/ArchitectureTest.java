package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The dependencies of crm-core's packages, checked on the compiled classes (the types in their constant pools,
 * see {@link ClassDependencies}), not on import lines: a fully qualified name, a {@code var} or a method reference
 * counts, a javadoc link does not.
 *
 * <p>The rules, one row per package of {@link #ALLOWED}:
 * <ul>
 *   <li>The root package is the shared kernel (money, pages, sort keys, ports bundle, exceptions, {@code Require})
 *       and depends on no feature, except {@code Crm}, the composition root, which knows every feature's service
 *       and ports, and is the one type anywhere that may use the in-memory adapter, and only its factory
 *       {@code InMemoryPorts} (for {@code Crm.inMemory()}).</li>
 *   <li>Features know the kernel and at most customers (sales also products and campaigns, reports customers
 *       and products, insights customers, reports, campaigns, opportunities and leads, surveys customers,
 *       campaigns and tickets, imports customers,
 *       products and sales, privacy every feature that holds data about a customer, access the security API and
 *       the four owned records: customers, leads, opportunities and tickets).</li>
 *   <li>Only {@code insight} may use crm-analytics ({@code org.crm4j.analytics.*}): the CRM's data meets the
 *       algorithms in one place.</li>
 *   <li>The in-memory adapter knows the kernel and the features; nothing knows it (but {@code Crm}).</li>
 *   <li>{@code security} (the access-control API) and {@code audit} (the audit trail) know the kernel only;
 *       customers, leads and opportunities know {@code security} (their searches carry a {@code Visibility});
 *       {@code guard}, the decorators around the services and ports, knows every feature and only {@code Crm}
 *       knows it.</li>
 *   <li>Outside crm4j, main code uses only the JDK (not JDBC; {@code javax.crypto} for the sealing of backups'
 *       personal data) and the SLF4J API: no persistence framework.</li>
 * </ul>
 * A new package must get a row, so that its dependencies are decided, not inherited.
 */
class ArchitectureTest {

    private static final String CORE = "org.crm4j.core";
    private static final String CRM = CORE + ".Crm";
    private static final String ANALYTICS = "org.crm4j.analytics";
    private static final String IN_MEMORY = CORE + ".inmemory";
    private static final String IN_MEMORY_FACTORY = IN_MEMORY + ".InMemoryPorts";
    private static final List<String> FEATURES = List.of("customer", "product", "sales", "report", "campaign",
            "relationship", "ticket", "lead", "opportunity", "activity", "timeline", "pipeline", "imports",
            "insight", "survey", "automation", "security", "audit",
            "privacy", "access", "backup");
    private static final String GUARD = CORE + ".guard";

    /** The crm4j packages each package may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(CORE, Set.of()),
            Map.entry(CORE + ".customer", Set.of(CORE, CORE + ".security")),
            Map.entry(CORE + ".security", Set.of(CORE)),
            Map.entry(CORE + ".audit", Set.of(CORE)),
            Map.entry(GUARD, features(CORE)),
            Map.entry(CORE + ".product", Set.of(CORE)),
            Map.entry(CORE + ".sales", Set.of(CORE, CORE + ".customer", CORE + ".product", CORE + ".campaign")),
            Map.entry(CORE + ".report", Set.of(CORE, CORE + ".customer", CORE + ".product")),
            Map.entry(CORE + ".campaign", Set.of(CORE, CORE + ".customer")),
            Map.entry(CORE + ".relationship", Set.of(CORE, CORE + ".customer")),
            Map.entry(CORE + ".ticket", Set.of(CORE, CORE + ".customer", CORE + ".product", CORE + ".sales")),
            Map.entry(CORE + ".survey", Set.of(CORE, CORE + ".customer", CORE + ".campaign", CORE + ".ticket")),
            Map.entry(CORE + ".automation", Set.of(CORE, CORE + ".ticket")),
            Map.entry(CORE + ".lead", Set.of(CORE, CORE + ".customer", CORE + ".campaign", CORE + ".opportunity",
                    CORE + ".security")),
            Map.entry(CORE + ".activity", Set.of(CORE, CORE + ".customer", CORE + ".lead", CORE + ".opportunity")),
            Map.entry(CORE + ".timeline", Set.of(CORE, CORE + ".customer")),
            Map.entry(CORE + ".pipeline", Set.of(CORE, CORE + ".opportunity", CORE + ".lead")),
            Map.entry(CORE + ".opportunity", Set.of(CORE, CORE + ".customer", CORE + ".product", CORE + ".sales",
                    CORE + ".security")),
            Map.entry(CORE + ".imports", Set.of(CORE, CORE + ".customer", CORE + ".product", CORE + ".sales")),
            Map.entry(CORE + ".insight", Set.of(CORE, CORE + ".customer", CORE + ".product", CORE + ".report",
                    CORE + ".campaign", CORE + ".opportunity", CORE + ".lead", ANALYTICS)),
            Map.entry(CORE + ".privacy", Set.of(CORE, CORE + ".customer", CORE + ".sales", CORE + ".relationship",
                    CORE + ".campaign", CORE + ".ticket", CORE + ".survey", CORE + ".lead", CORE + ".opportunity",
                    CORE + ".activity")),
            // a backup walks every feature's records through their ports
            Map.entry(CORE + ".backup", Set.of(CORE, CORE + ".customer", CORE + ".product", CORE + ".sales",
                    CORE + ".campaign", CORE + ".relationship", CORE + ".opportunity", CORE + ".lead",
                    CORE + ".activity", CORE + ".ticket", CORE + ".automation", CORE + ".survey",
                    CORE + ".security", CORE + ".audit", CORE + ".privacy")),
            Map.entry(CORE + ".access", Set.of(CORE, CORE + ".security", CORE + ".customer", CORE + ".lead",
                    CORE + ".opportunity", CORE + ".ticket")),
            Map.entry(IN_MEMORY, features(CORE)));

    private static final Map<String, Set<String>> MAIN = ClassDependencies.of(Path.of("target", "classes"));

    private static Set<String> features(String... more) {
        Set<String> packages = new TreeSet<>(List.of(more));
        FEATURES.forEach(f -> packages.add(CORE + "." + f));
        return packages;
    }

    /** @return whether {@code user} may refer to {@code used} */
    private static boolean allowed(String user, String used) {
        String from = ClassDependencies.packageOf(user);
        String to = ClassDependencies.packageOf(used);
        if (!to.startsWith("org.crm4j.")) {
            return to.startsWith("java.") && !to.startsWith("java.sql") || to.startsWith("javax.crypto")
                    || to.equals("org.slf4j");
        }
        if (to.equals(from)) {
            return true;
        }
        if (to.equals(ANALYTICS) || to.startsWith(ANALYTICS + ".")) {
            return ALLOWED.getOrDefault(from, Set.of()).contains(ANALYTICS);
        }
        if (ClassDependencies.topLevelOf(user).equals(CRM)) {
            return to.equals(IN_MEMORY) ? ClassDependencies.topLevelOf(used).equals(IN_MEMORY_FACTORY)
                    : features().contains(to) || to.equals(GUARD);
        }
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    private static List<String> violations(Map<String, Set<String>> classes) {
        List<String> found = new ArrayList<>();
        classes.forEach((user, used) -> used.stream()
                .filter(type -> !allowed(user, type))
                .forEach(type -> found.add(user + " -> " + type)));
        return found;
    }

    @Test
    void everyPackage_hasARule() {
        Set<String> packages = new TreeSet<>();
        MAIN.keySet().forEach(type -> packages.add(ClassDependencies.packageOf(type)));

        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages);
    }

    @Test
    void everyClass_usesOnlyWhatItsPackageMay() {
        assertEquals(List.of(), violations(MAIN));
    }

    @Test
    void theRules_forbidWhatTheyShould() {
        assertFalse(allowed(CORE + ".Money", CORE + ".customer.CustomerId"), "kernel -> feature");
        assertFalse(allowed(CORE + ".campaign.Campaign", CORE + ".product.ProductId"), "campaign -> product");
        assertFalse(allowed(CORE + ".customer.Customer", CORE + ".sales.Sale"), "customer -> sales");
        assertFalse(allowed(CORE + ".customer.Customer", IN_MEMORY + ".InMemoryStore"), "feature -> adapter");
        assertFalse(allowed(CORE + ".sales.Sale", IN_MEMORY_FACTORY), "feature -> adapter factory");
        assertFalse(allowed(CORE + ".CrmPorts", IN_MEMORY_FACTORY), "kernel -> adapter factory");
        assertFalse(allowed(CRM, IN_MEMORY + ".InMemoryStore"), "Crm -> adapter internals");
        assertFalse(allowed(CORE + ".customer.Customer", "jakarta.persistence.Entity"), "persistence framework");
        assertFalse(allowed(CORE + ".customer.Customer", "java.sql.Connection"), "JDBC");
        assertFalse(allowed(CORE + ".billing.Invoice", CORE + ".Money"), "a package without a rule");
        assertFalse(allowed(CORE + ".report.DefaultReportService", ANALYTICS + ".cluster.KMeans"),
                "analytics outside insight");
        assertFalse(allowed(CRM, ANALYTICS + ".cluster.KMeans"), "analytics in the composition root");
        assertFalse(allowed(IN_MEMORY + ".InMemoryStore", ANALYTICS + ".cluster.KMeans"), "analytics in the adapter");
        assertFalse(allowed(CORE + ".security.Principal", CORE + ".customer.CustomerId"), "security -> feature");
        assertFalse(allowed(CORE + ".customer.Customer", GUARD + ".Guard"), "feature -> guard");
    }

    @Test
    void theRules_allowWhatTheyShould() {
        assertTrue(allowed(CRM, IN_MEMORY_FACTORY));
        assertTrue(allowed(CRM + "$Builder", CORE + ".campaign.CampaignService"));
        assertTrue(allowed(CORE + ".sales.Sale", CORE + ".campaign.CampaignId"));
        assertTrue(allowed(IN_MEMORY + ".InMemoryStore", CORE + ".relationship.CustomerRelationship"));
        assertTrue(allowed(CORE + ".customer.Customer", "org.slf4j.Logger"));
        assertTrue(allowed(CORE + ".insight.DefaultInsightService", ANALYTICS + ".cluster.KMeans"));
        assertTrue(allowed(CORE + ".insight.CustomerSegmentation", ANALYTICS + ".cluster.KMeansModel"));
    }

    @Test
    void constantPool_seesTypesUsedWithoutAnImport() {
        Set<String> crm = MAIN.get(CRM);
        Set<String> page = MAIN.get(CORE + ".PageRequest");

        assertTrue(crm.contains(IN_MEMORY_FACTORY), crm.toString());
        assertTrue(crm.contains(CORE + ".campaign.CampaignRepository"), "class literal in REQUIRED_PORTS");
        assertTrue(page.contains("java.util.Optional"), "record component type");
    }
}
