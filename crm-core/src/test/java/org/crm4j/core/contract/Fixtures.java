package org.crm4j.core.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Consent;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.StageChange;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.Sku;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;

/** Fixture factories shared by the contract suites: readable ids, a fixed time, aggregates with every field set. */
public final class Fixtures {

    /** The time every contract test starts at. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    private Fixtures() {
    }

    /**
     * @param n a small number
     * @return the UUID {@code 00000000-0000-0000-0000-<n>}
     */
    public static UUID uuid(long n) {
        return new UUID(0L, n);
    }

    /** @param n a small number @return the customer id {@code uuid(n)} */
    public static CustomerId customerId(long n) {
        return new CustomerId(uuid(n));
    }

    /** @param n a small number @return the product id {@code uuid(1000 + n)} */
    public static ProductId productId(long n) {
        return new ProductId(uuid(1000 + n));
    }

    /** @param n a small number @return the sale id {@code uuid(2000 + n)} */
    public static SaleId saleId(long n) {
        return new SaleId(uuid(2000 + n));
    }

    /**
     * @param amount a decimal
     * @return euros
     */
    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /**
     * A plain new customer: a prospect without phone, birth date, consents or tags.
     *
     * @param n     the id number
     * @param name  the name
     * @param email the e-mail address
     * @param at    the registration time
     * @return the customer at version 0
     */
    public static Customer customer(long n, String name, String email, Instant at) {
        return Customer.register(customerId(n), name, EmailAddress.of(email), null, null, null, Set.of(), at);
    }

    /**
     * A customer with every field set: phone, birth date, gender, two stage changes, consents, tags, archived.
     *
     * @param n the id number
     * @return the customer at version 0
     */
    public static Customer fullCustomer(long n) {
        Instant created = NOW.minusSeconds(86_400);
        List<StageChange> history = List.of(
                new StageChange(LifecycleStage.PROSPECT, LifecycleStage.ACTIVE, created.plusSeconds(60)),
                new StageChange(LifecycleStage.ACTIVE, LifecycleStage.LOYAL, created.plusSeconds(120)));
        Map<Channel, Consent> consents = Map.of(
                Channel.EMAIL, new Consent(Channel.EMAIL, true, created.plusSeconds(30)),
                Channel.SMS, new Consent(Channel.SMS, false, created.plusSeconds(40)));
        return new Customer(customerId(n), "Grace Hopper", EmailAddress.of("grace" + n + "@example.org"),
                Optional.of(new PhoneNumber("+14155552671")), Optional.of(LocalDate.of(1906, 12, 9)),
                Gender.FEMALE, LifecycleStage.LOYAL, history, consents, Set.of(Tag.of("vip"), Tag.of("navy")),
                false, created, NOW, 0);
    }

    /**
     * A new active product.
     *
     * @param n     the id number
     * @param sku   the SKU
     * @param name  the name
     * @param price the price
     * @param stock the stock
     * @param at    the creation time
     * @return the product at version 0
     */
    public static Product product(long n, String sku, String name, Money price, int stock, Instant at) {
        return Product.create(productId(n), Sku.of(sku), name, price, stock, at);
    }

    /**
     * A sale without campaign.
     *
     * @param n          the id number
     * @param customer   the buyer
     * @param product    the product
     * @param quantity   the units, positive
     * @param unitPrice  the unit price
     * @param soldAt     the time
     * @return the sale
     */
    public static Sale sale(long n, CustomerId customer, ProductId product, int quantity, Money unitPrice,
            Instant soldAt) {
        return new Sale(saleId(n), customer, product, quantity, unitPrice, soldAt, Optional.empty(),
                Optional.empty());
    }

    /**
     * A return of part of a sale.
     *
     * @param n        the id number
     * @param original the sale
     * @param quantity the units returned, positive
     * @param at       the time
     * @return the return, with a negative quantity
     */
    public static Sale returnOf(long n, Sale original, int quantity, Instant at) {
        return new Sale(saleId(n), original.customerId(), original.productId(), -quantity, original.unitPrice(), at,
                original.campaign(), Optional.of(original.id()));
    }

    /**
     * A planned one-week e-mail campaign starting the day after {@link #NOW}.
     *
     * @param id the campaign's id
     * @return the campaign at version 0, without members
     */
    public static Campaign campaign(CampaignId id) {
        LocalDate start = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(1);
        return Campaign.plan(id, new NewCampaign("Spring sale", start, start.plusDays(6),
                new CampaignTarget("every customer", "more sales"), CampaignChannel.EMAIL, eur("500.00")), NOW);
    }
}
