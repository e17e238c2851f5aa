package org.crm4j.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.crm4j.core.Money;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;

/**
 * jqwik generators of valid and invalid commands. An invalid command comes with the field the service must name
 * when it refuses it. "Today" is the date of {@link Fixtures#NOW} in UTC.
 */
public final class Commands {

    /** The date of {@link Fixtures#NOW} in UTC: dates of birth after it are in the future. */
    public static final LocalDate TODAY = LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC);

    private static final Currency EUR = Currency.getInstance("EUR");

    private Commands() {
    }

    /**
     * A command that must be refused, and the field the refusal must name.
     *
     * @param command the command
     * @param field   the offending field
     * @param <T>     the command type
     */
    public record Invalid<T>(T command, String field) {
    }

    /** @return names of one to three words of letters, with blanks around them sometimes */
    public static Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars('é', 'ß', '\'')
                .ofMinLength(1).ofMaxLength(12).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("", " ", "  "))
                .as((words, pad) -> pad + String.join(" ", words) + pad);
    }

    /** @return valid e-mail addresses in mixed case, never in the domain {@code fixture.test} */
    public static Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('+', '_', '-').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> tld = Arbitraries.of("org", "com", "de", "CO.UK", "io");
        return Combinators.combine(local, label, tld).as((l, d, t) -> l + "@" + d + "." + t);
    }

    /** @return phone numbers as people write them in Germany, or null */
    public static Arbitrary<String> germanPhones() {
        Arbitrary<String> subscriber = Arbitraries.strings().withCharRange('0', '9').ofMinLength(6).ofMaxLength(9);
        Arbitrary<String> area = Arbitraries.of("30", "40", "89", "151", "170");
        Arbitrary<String> format = Arbitraries.of("0%s %s", "+49 %s %s", "0049 (%s) %s", "+49 (0)%s-%s");
        return Combinators.combine(format, area, subscriber).as((f, a, s) -> String.format(f, a, s)).injectNull(0.3);
    }

    /** @return dates of birth from 1900 to {@link #TODAY}, or null */
    public static Arbitrary<LocalDate> datesOfBirth() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay())
                .map(LocalDate::ofEpochDay).injectNull(0.3);
    }

    /** @return up to three valid labels */
    public static Arbitrary<Set<String>> tags() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_').ofMinLength(1).ofMaxLength(15)
                .filter(t -> Character.isLetter(t.charAt(0))).set().ofMaxSize(3);
    }

    /** @return commands the customer service must accept, with a German default phone region */
    public static Arbitrary<NewCustomer> validNewCustomers() {
        return Combinators.combine(names(), emails(), germanPhones(), datesOfBirth(),
                Arbitraries.of(Gender.class).injectNull(0.2), tags()).as(NewCustomer::new);
    }

    /** @return commands the customer service must refuse, each with one broken field */
    public static Arbitrary<Invalid<NewCustomer>> invalidNewCustomers() {
        Arbitrary<String> blank = Arbitraries.of("", " ", "\t", " \n ");
        Arbitrary<String> badEmail = Arbitraries.oneOf(
                emails().map(e -> e.replace("@", "")),
                emails().map(e -> e.replace("@", "@@")),
                emails().map(e -> e.replace("@", " @")),
                emails().map(e -> e.substring(0, e.indexOf('.', e.indexOf('@')))),
                blank);
        Arbitrary<String> badPhone = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4).map(d -> "+" + d),
                Arbitraries.strings().withCharRange('0', '9').ofLength(17).map(d -> "+1" + d));
        Arbitrary<LocalDate> future = Arbitraries.longs().between(1, 40_000).map(TODAY::plusDays);
        Arbitrary<String> badTag = Arbitraries.of("<b>", "a;b", "x".repeat(51), " ");
        return Combinators.combine(validNewCustomers(), Arbitraries.integers().between(0, 5), blank, badEmail,
                badPhone, future, badTag).as((c, which, b, email, phone, born, tag) -> switch (which) {
                    case 0 -> new Invalid<>(new NewCustomer(b, c.email(), c.phone(), c.dateOfBirth(), c.gender(),
                            c.tags()), "name");
                    case 1 -> new Invalid<>(new NewCustomer("x".repeat(201), c.email(), c.phone(), c.dateOfBirth(),
                            c.gender(), c.tags()), "name");
                    case 2 -> new Invalid<>(new NewCustomer(c.name(), email, c.phone(), c.dateOfBirth(), c.gender(),
                            c.tags()), "email");
                    case 3 -> new Invalid<>(new NewCustomer(c.name(), c.email(), phone, c.dateOfBirth(), c.gender(),
                            c.tags()), "phone");
                    case 4 -> new Invalid<>(new NewCustomer(c.name(), c.email(), c.phone(), born, c.gender(),
                            c.tags()), "dateOfBirth");
                    default -> new Invalid<>(new NewCustomer(c.name(), c.email(), c.phone(), c.dateOfBirth(),
                            c.gender(), Set.of(tag)), "tags");
                });
    }

    /** @return SKUs of upper- and lower-case letters and digits */
    public static Arbitrary<String> skus() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(12);
    }

    /** @return euro prices from 0.00 to 100 000.00 */
    public static Arbitrary<Money> prices() {
        return Arbitraries.longs().between(0, 10_000_000).map(c -> Money.of(BigDecimal.valueOf(c, 2), EUR));
    }

    /** @return commands the product service must accept */
    public static Arbitrary<NewProduct> validNewProducts() {
        return Combinators.combine(skus(), names(), prices(), Arbitraries.integers().between(0, 10_000))
                .as(NewProduct::new);
    }

    /** @return commands the product service must refuse, each with one broken field */
    public static Arbitrary<Invalid<NewProduct>> invalidNewProducts() {
        Arbitrary<String> badSku = Arbitraries.of("", " ", "-A", "A B", "A/B", "X".repeat(65), "ÄPFEL");
        Arbitrary<Money> negative = Arbitraries.longs().between(1, 10_000_000)
                .map(c -> Money.of(BigDecimal.valueOf(-c, 2), EUR));
        Arbitrary<Integer> negativeStock = Arbitraries.integers().between(Integer.MIN_VALUE, -1);
        return Combinators.combine(validNewProducts(), Arbitraries.integers().between(0, 3), badSku, negative,
                negativeStock).as((p, which, sku, price, stock) -> switch (which) {
                    case 0 -> new Invalid<>(new NewProduct(sku, p.name(), p.price(), p.initialStock()), "sku");
                    case 1 -> new Invalid<>(new NewProduct(p.sku(), " ", p.price(), p.initialStock()), "name");
                    case 2 -> new Invalid<>(new NewProduct(p.sku(), p.name(), price, p.initialStock()), "price");
                    default -> new Invalid<>(new NewProduct(p.sku(), p.name(), p.price(), stock), "stock");
                });
    }

    /** @return quantities every sale, return and restock must refuse: zero and below */
    public static Arbitrary<Integer> nonPositiveQuantities() {
        return Arbitraries.integers().between(Integer.MIN_VALUE, 0).edgeCases(c -> c.add(0));
    }
}
