package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static final long SEED = 20260302L;

    private static final Gen<Long> AMOUNTS = longs().between(-1_000_000_000L, 1_000_000_000L);

    private static Money cents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), EUR);
    }

    @Test
    void of_amountsOfDifferentScale_areEqualAtTheCurrencysScale() {
        assertEquals(Money.of("2.50", "EUR"), Money.of("2.5", "EUR"));
        assertEquals(2, Money.of("2.5", "EUR").amount().scale());
    }

    @Test
    void of_yen_hasNoDecimals() {
        assertEquals(new BigDecimal("1200"), Money.of("1200.00", "JPY").amount());
    }

    @Test
    void of_tooManyDecimals_isRefusedNotRounded() {
        ValidationException e = assertThrows(ValidationException.class, () -> Money.of("1.005", "EUR"));

        assertEquals("amount", e.field());
        assertEquals("must have at most 2 decimal places for EUR", e.rule());
        assertEquals("amount must have at most 2 decimal places for EUR, was \"1.005\"", e.getMessage());
    }

    @Test
    void of_unknownCurrency_isRefused() {
        assertEquals("currency", assertThrows(ValidationException.class, () -> Money.of("1", "XYZ")).field());
    }

    @Test
    void of_notANumber_isRefused() {
        assertEquals("must be a decimal number",
                assertThrows(ValidationException.class, () -> Money.of("one", "EUR")).rule());
    }

    @Test
    void plus_otherCurrency_isACurrencyMismatch() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));

        assertEquals("currency", e.field());
        assertEquals("must be EUR to combine with 1.00 EUR", e.rule());
    }

    @Test
    void compareTo_otherCurrency_isACurrencyMismatch() {
        assertThrows(ValidationException.class, () -> Money.of("1", "EUR").compareTo(Money.of("1", "GBP")));
    }

    @Test
    void times_quantity_isExact() {
        assertEquals(Money.of("0.30", "EUR"), Money.of("0.10", "EUR").times(3));
        assertEquals(Money.of("-13.50", "EUR"), Money.of("4.50", "EUR").times(-3));
    }

    @Test
    void toString_showsAmountAndCode() {
        assertEquals("19.99 EUR", Money.of("19.99", "EUR").toString());
    }

    @Test
    void plusThenMinus_returnsTheOriginal() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(AMOUNTS, AMOUNTS)
                .checkAssert((a, b) -> assertEquals(cents(a), cents(a).plus(cents(b)).minus(cents(b))));
    }

    @Test
    void plus_isCommutative() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(AMOUNTS, AMOUNTS)
                .checkAssert((a, b) -> assertEquals(cents(a).plus(cents(b)), cents(b).plus(cents(a))));
    }

    @Test
    void times_equalsRepeatedAddition() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(longs().between(-100_000, 100_000), longs().between(0, 20))
                .checkAssert((a, n) -> {
                    Money sum = Money.zero(EUR);
                    for (int i = 0; i < n; i++) {
                        sum = sum.plus(cents(a));
                    }
                    assertEquals(sum, cents(a).times(n));
                    assertEquals(2, cents(a).times(n).amount().scale());
                });
    }
}
