package org.crm4j.core.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import org.crm4j.core.Money;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    private static Product tea(int stock) {
        return Product.create(new ProductId(new UUID(0, 1)), Sku.of("TEA"), "Tea", Money.of("4.50", "EUR"), stock,
                NOW);
    }

    @Test
    void withdraw_partOfTheStock_leavesTheRest() {
        assertEquals(3, tea(5).withdraw(2).stock());
    }

    @Test
    void withdraw_moreThanTheStock_isRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> tea(5).withdraw(6));

        assertEquals("quantity", e.field());
        assertEquals("must not exceed the stock 5", e.rule());
    }

    @Test
    void restock_beyondIntegerRange_isRefused() {
        assertEquals("quantity", assertThrows(ValidationException.class,
                () -> tea(Integer.MAX_VALUE - 1).restock(2)).field());
    }

    @Test
    void sku_lowerCase_isNormalisedToUpperCase() {
        assertEquals(Sku.of("TEA-1.B_2"), Sku.of(" tea-1.b_2 "));
    }

    @Test
    void sku_startingWithADash_isRefused() {
        assertEquals("sku", assertThrows(ValidationException.class, () -> Sku.of("-TEA")).field());
    }
}
