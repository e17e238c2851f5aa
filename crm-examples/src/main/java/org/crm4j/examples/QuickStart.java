package org.crm4j.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Money;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignResults;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadOpportunity;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.LineItem;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.WonOpportunity;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.relationship.Neighbour;
import org.crm4j.core.relationship.NeighbourQuery;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipPath;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.report.CustomerRevenue;
import org.crm4j.core.sales.NewSale;
import org.crm4j.jpa.JpaCrm;

/**
 * crm4j in one minute: opens a CRM on an embedded H2 database in {@code ./crm4j-data} (or the directory named by
 * the system property {@code crm4j.quickstart.dir}), creates products, customers, relationships and a campaign,
 * records sales, runs a tiny sales pipeline (a lead converted into a customer with an opportunity, which is won and
 * records its sale) and prints a short summary.
 *
 * <p>The database is kept between runs: a second run reuses it, finds the products, customers, relationships and
 * campaign the first run created, and records one more round of sales (restocking when needed). Delete the
 * directory to start afresh. Run it from the repository root with
 * <pre>{@code mvn -B -q -pl crm-examples -am -DskipTests package exec:java}</pre>
 */
public final class QuickStart {

    /** The system property that names the database directory. */
    public static final String DIRECTORY_PROPERTY = "crm4j.quickstart.dir";

    private final Crm crm;
    private final PrintStream out;

    private QuickStart(Crm crm, PrintStream out) {
        this.crm = crm;
        this.out = out;
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging, which picks java.util.logging unless told to use SLF4J; with SLF4J
        // the settings of simplelogger.properties (warnings only) apply to Hibernate too.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        run(Path.of(System.getProperty(DIRECTORY_PROPERTY, "crm4j-data")), System.out);
    }

    /**
     * Runs the example on a database directory.
     *
     * @param directory where the embedded database lives
     * @param out       where the summary goes
     */
    public static void run(Path directory, PrintStream out) {
        Path absolute = directory.toAbsolutePath().normalize();
        boolean reuse = Files.exists(absolute.resolve("crm4j.mv.db"));
        out.println(reuse ? "Reusing the crm4j database in " + absolute + " (delete the directory to reset it)"
                : "Creating a new crm4j database in " + absolute);
        try (Crm crm = JpaCrm.embedded(absolute)) {
            new QuickStart(crm, out).tour();
        }
    }

    private void tour() {
        Map<String, Product> products = new LinkedHashMap<>();
        products.put("TEA-1", product("TEA-1", "Darjeeling tea, 100 g", "6.90", 40));
        products.put("POT-1", product("POT-1", "Cast-iron teapot", "34.00", 10));
        products.put("CUP-1", product("CUP-1", "Porcelain cup", "8.50", 60));

        Customer ada = customer("Ada Lovelace", "ada@example.org");
        Customer bob = customer("Bob Babbage", "bob@example.org");
        Customer cid = customer("Cid Hopper", "cid@example.org");
        Customer dee = customer("Dee Turing", "dee@example.org");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        relationship(ada, bob, RelationshipType.FRIEND, today);
        relationship(bob, cid, RelationshipType.COLLEAGUE, today);
        relationship(dee, cid, RelationshipType.CLIENT, today);

        Campaign campaign = campaign(today, List.of(ada.id(), bob.id(), dee.id()));

        int recorded = 0;
        recorded += sell(ada, products.get("TEA-1"), 3, campaign);
        recorded += sell(ada, products.get("POT-1"), 1, campaign);
        recorded += sell(bob, products.get("CUP-1"), 6, null);
        recorded += sell(cid, products.get("TEA-1"), 2, null);
        recorded += sell(dee, products.get("POT-1"), 2, campaign);
        recorded += sell(dee, products.get("CUP-1"), 4, campaign);
        crm.campaigns().recordConversion(campaign.id(), dee.id());
        out.printf(Locale.ROOT, "Recorded %d sales.%n%n", recorded);

        Customer eve = pipeline(today, products.get("TEA-1"));
        summary(List.of(ada, bob, cid, dee), eve, products.values(), campaign);
    }

    /** A lead met at an event is qualified and converted; its opportunity is won and records its sale. */
    private Customer pipeline(LocalDate today, Product tea) {
        UserId owner = UserId.of("sales-1");
        Lead lead = crm.leads().create(NewLead.of("Eve Knuth", "eve@example.org", LeadSource.EVENT, owner)
                .withCompanyName("Knuth Tea Rooms"));
        crm.leads().qualify(lead.id());
        // the first run registers Eve; later runs find her by e-mail address and link the new lead to her
        LeadConversion conversion = crm.leads().matchingCustomer(lead.id())
                .map(existing -> LeadConversion.toCustomer(existing.id()))
                .orElseGet(LeadConversion::newCustomer)
                .withOpportunity(new LeadOpportunity("Tea for the tea rooms", Money.of("34.50", "EUR"),
                        today.plusDays(30)));
        Lead converted = crm.leads().convert(lead.id(), conversion);
        OpportunityId deal = converted.opportunity().orElseThrow();
        crm.opportunities().changeLineItems(deal, List.of(new LineItem(tea.id(), 5, Money.of("6.90", "EUR"))));
        crm.opportunities().moveTo(deal, OpportunityStage.NEGOTIATION);
        if (crm.products().get(tea.id()).stock() < 5) {
            crm.products().restock(tea.id(), 50);
        }
        WonOpportunity won = crm.opportunities().winRecordingSales(deal);
        Customer eve = crm.customers().get(converted.customer().orElseThrow());
        out.printf(Locale.ROOT, "Pipeline: lead %s converted, opportunity \"%s\" %s with %d sale.%n%n",
                lead.personName(), won.opportunity().name(), won.opportunity().stage(), won.sales().size());
        return eve;
    }

    private Product product(String sku, String name, String price, int stock) {
        return crm.products().findBySku(sku)
                .orElseGet(() -> crm.products().create(new NewProduct(sku, name, Money.of(price, "EUR"), stock)));
    }

    private Customer customer(String name, String email) {
        return crm.customers().findByEmail(email)
                .orElseGet(() -> crm.customers().register(NewCustomer.of(name, email)));
    }

    private void relationship(Customer from, Customer to, RelationshipType type, LocalDate today) {
        try {
            crm.relationships().establish(NewRelationship.of(from.id(), to.id(), type, today));
        } catch (DuplicateException alreadyThere) {
            // established by an earlier run
        }
    }

    private Campaign campaign(LocalDate today, List<CustomerId> members) {
        Optional<Campaign> existing = crm.campaigns().search(CampaignQuery.nameContains("Tea lovers"),
                PageRequest.of(0, 1)).content().stream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Campaign planned = crm.campaigns().plan(new NewCampaign("Tea lovers", today, today.plusDays(30),
                new CampaignTarget("customers who bought tea", "a teapot with every third tea order"),
                CampaignChannel.EMAIL, Money.of("500", "EUR")));
        crm.campaigns().addMembers(planned.id(), members);
        return planned;
    }

    private int sell(Customer customer, Product product, int quantity, Campaign campaign) {
        Product current = crm.products().get(product.id());
        if (current.stock() < quantity) {
            crm.products().restock(product.id(), 50);
        }
        NewSale sale = NewSale.of(customer.id(), product.id(), quantity);
        crm.sales().record(campaign == null ? sale : sale.withCampaign(campaign.id()));
        return 1;
    }

    private void summary(List<Customer> customers, Customer lead, Iterable<Product> products, Campaign campaign) {
        Map<CustomerId, String> names = new LinkedHashMap<>();
        customers.forEach(c -> names.put(c.id(), c.name()));
        names.put(lead.id(), lead.name());

        out.println("Top customers by revenue");
        List<CustomerRevenue> revenue = new ArrayList<>(crm.reports().revenuePerCustomer(Instant.EPOCH,
                Instant.now().plusSeconds(1)));
        revenue.sort(Comparator.comparing((CustomerRevenue r) -> r.revenue().amount()).reversed());
        int rank = 1;
        for (CustomerRevenue row : revenue) {
            out.printf(Locale.ROOT, "  %d. %-14s %10s  (%d %s)%n", rank++, names.getOrDefault(row.customerId(),
                    row.customerId().toString()), row.revenue(), row.sales(), row.sales() == 1 ? "sale" : "sales");
        }

        out.println();
        out.println("Stock left");
        for (Product product : products) {
            Product current = crm.products().get(product.id());
            out.printf(Locale.ROOT, "  %-6s %-24s %4d%n", current.sku(), current.name(), current.stock());
        }
        long catalogue = crm.products().search(ProductQuery.all(), PageRequest.of(0, 1)).totalElements();
        out.printf(Locale.ROOT, "  (%d products in the catalogue)%n", catalogue);

        out.println();
        out.println("Relationships");
        for (Customer customer : customers) {
            List<String> neighbours = new ArrayList<>();
            for (Neighbour neighbour : crm.relationships().neighbours(customer.id(), NeighbourQuery.all())) {
                neighbours.add(names.get(neighbour.customer()) + " ("
                        + neighbour.relationship().type().name().toLowerCase(Locale.ROOT) + ")");
            }
            out.printf(Locale.ROOT, "  %-14s %s%n", customer.name(), String.join(", ", neighbours));
        }
        Optional<RelationshipPath> path = crm.relationships().shortestPath(customers.get(0).id(),
                customers.get(3).id());
        out.println("  shortest path from " + customers.get(0).name() + " to " + customers.get(3).name() + ": "
                + path.map(p -> String.join(" -> ", p.customers().stream().map(names::get).toList()))
                        .orElse("none"));

        CampaignResults results = crm.campaigns().results(campaign.id());
        out.println();
        out.printf(Locale.ROOT, "Campaign \"%s\" (%s, budget %s): %d members, %d responded, %d converted%n",
                campaign.name(), campaign.channel(), results.budget(), results.members(), results.contacted().responded(),
                results.contacted().converted());
    }
}
