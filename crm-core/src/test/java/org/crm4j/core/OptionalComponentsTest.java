package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.sales.SaleQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The one convention for optional values: a record component that may be absent is an {@code Optional}, and that
 * {@code Optional} itself is never null (refused naming the component), in commands and queries alike.
 */
class OptionalComponentsTest {

    private static final CustomerId ADA = new CustomerId(new UUID(0, 1));
    private static final ProductId TEA = new ProductId(new UUID(0, 2));

    private static void assertRefused(String field, Executable construction) {
        ValidationException e = assertThrows(ValidationException.class, construction);
        assertEquals(field, e.field());
        assertEquals(Require.NOT_NULL, e.rule());
    }

    @Test
    void commands_nullOptional_isRefusedNamingTheComponent() {
        assertRefused("phone", () -> new NewCustomer("Ada", "ada@example.org", null, Optional.empty(),
                Gender.UNDISCLOSED, Set.of()));
        assertRefused("dateOfBirth", () -> new CustomerUpdate(0, "Ada", "ada@example.org", Optional.empty(), null,
                Gender.UNDISCLOSED));
        assertRefused("campaign", () -> new NewSale(ADA, TEA, 1, Optional.empty(), null, Optional.empty()));
        assertRefused("returnedAt", () -> new NewReturn(new SaleId(new UUID(0, 3)), 1, null));
    }

    @Test
    void queries_nullOptional_isRefusedNamingTheComponent() {
        assertRefused("name", () -> new ProductQuery(null, Optional.empty(), false));
        assertRefused("to", () -> new SaleQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), null));
        assertRefused("tag", () -> new CustomerQuery(Optional.empty(), Optional.empty(), Optional.empty(), null,
                Optional.empty(), Optional.empty(), false));
    }

    @Test
    void withers_takePlainValues_andFactoriesStartEmpty() {
        NewSale sale = NewSale.of(ADA, TEA, 2).withSoldAt(Instant.EPOCH);

        assertEquals(Optional.of(Instant.EPOCH), sale.soldAt());
        assertEquals(Optional.empty(), sale.campaign());
        assertEquals(Optional.of("+44 20 7946 0958"),
                NewCustomer.of("Ada", "ada@example.org").withPhone("+44 20 7946 0958").phone());
        assertEquals(Gender.UNDISCLOSED, NewCustomer.of("Ada", "ada@example.org").gender());
        assertEquals(Optional.empty(), ProductQuery.all().withName("  ").name());
    }
}
