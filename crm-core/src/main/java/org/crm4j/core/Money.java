package org.crm4j.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency: a {@link BigDecimal} amount and a {@link Currency}, never a {@code double}.
 *
 * <p>The amount is kept at the currency's scale (two decimal places for EUR and USD, none for JPY), so that
 * {@code Money.of("2.5", "EUR").equals(Money.of("2.50", "EUR"))}. An amount with more decimal places than the
 * currency allows is rejected rather than rounded. Amounts may be negative (a return, a net loss); callers that
 * need a non-negative amount, such as a product price, check {@link #isNegative()}.
 *
 * <p>Arithmetic between two amounts requires the same currency; a mismatch is a {@link ValidationException} on
 * field {@code "currency"}. Instances are immutable and thread-safe.
 *
 * @param amount   the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * Validates and normalises the scale.
     *
     * @throws ValidationException if a component is null ({@code "amount"}/{@code "currency"}, rule
     *                             {@code "must not be null"}) or the amount has more decimal places than the
     *                             currency allows ({@code "amount"}, rule {@code "must have at most N decimal
     *                             places for CUR"})
     */
    public Money {
        Require.nonNull("amount", amount);
        Require.nonNull("currency", currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new ValidationException("amount", String.format(Locale.ROOT,
                    "must have at most %d decimal places for %s", digits, currency.getCurrencyCode()),
                    amount.toPlainString());
        }
        amount = stripped.setScale(digits);
    }

    /**
     * Parses an amount in a currency.
     *
     * @param amount       a decimal number such as {@code "19.99"}
     * @param currencyCode an ISO 4217 code such as {@code "EUR"}
     * @return the money
     * @throws ValidationException if the amount is not a number ({@code "amount"}), the code is not a known
     *                             currency ({@code "currency"}) or the amount has too many decimal places
     */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount), currency(currencyCode));
    }

    /**
     * Creates money from an amount and a currency.
     *
     * @param amount   the amount, not null
     * @param currency the currency, not null
     * @return the money
     * @throws ValidationException as the canonical constructor
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * Zero in a currency.
     *
     * @param currency the currency, not null
     * @return zero at the currency's scale
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Looks up a currency by its ISO 4217 code.
     *
     * @param currencyCode the code, for example {@code "EUR"}
     * @return the currency
     * @throws ValidationException on field {@code "currency"} if the code is null or unknown
     */
    public static Currency currency(String currencyCode) {
        Require.nonNull("currency", currencyCode);
        try {
            return Currency.getInstance(currencyCode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", "must be an ISO 4217 currency code", currencyCode);
        }
    }

    /**
     * Adds an amount in the same currency.
     *
     * @param other the amount to add
     * @return the sum
     * @throws ValidationException on field {@code "currency"} if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Subtracts an amount in the same currency.
     *
     * @param other the amount to subtract
     * @return the difference, possibly negative
     * @throws ValidationException on field {@code "currency"} if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Multiplies by a whole number, for example a unit price by a quantity.
     *
     * @param factor the factor, any int (negative for a return)
     * @return the product, exact
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /** @return the amount with the opposite sign */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** @return whether the amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** @return whether the amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Orders amounts of the same currency.
     *
     * @throws ValidationException on field {@code "currency"} if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** @return the amount and currency code, for example {@code "19.99 EUR"} */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new ValidationException("currency", "must be " + currency.getCurrencyCode()
                    + " to combine with " + this, other.currency.getCurrencyCode());
        }
    }

    private static BigDecimal parseAmount(String amount) {
        Require.nonNull("amount", amount);
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("amount", "must be a decimal number", amount);
        }
    }
}
