package org.crm4j.core.contract;

import static org.crm4j.core.contract.Text.orNull;
import static org.crm4j.core.contract.Text.range;
import static org.crm4j.core.contract.Text.sets;
import static org.crm4j.core.contract.Text.strings;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.crm4j.core.Money;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid and invalid commands. An invalid command comes with the field the service must
 * name when it refuses it. "Today" is the date of {@link Fixtures#NOW} in UTC. Use them with a fixed seed, e.g.
 * {@code qt().withFixedSeed(20260302L).withExamples(300).forAll(Commands.validNewCustomers()).checkAssert(...)};
 * a failing property reports the shrunk command through its {@code toString()}.
 */
public final class Commands {

    /** The date of {@link Fixtures#NOW} in UTC: dates of birth after it are in the future. */
    public static final LocalDate TODAY = LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC);

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String DIGITS = range('0', '9');
    private static final String LOWER = range('a', 'z');
    private static final String UPPER = range('A', 'Z');

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
    public static Gen<String> names() {
        Gen<String> word = strings(LOWER + "éß'", 1, 12).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return lists().of(word).ofSizeBetween(1, 3).zip(Generate.pick(List.of("", " ", "  ")),
                (words, pad) -> pad + String.join(" ", words) + pad);
    }

    /** @return valid e-mail addresses in mixed case, never in the domain {@code fixture.test} */
    public static Gen<String> emails() {
        Gen<String> local = strings(LOWER + UPPER + DIGITS + "+_-", 1, 20);
        Gen<String> label = strings(LOWER + DIGITS, 1, 10);
        Gen<String> tld = Generate.pick(List.of("org", "com", "de", "CO.UK", "io"));
        return local.zip(label, tld, (l, d, t) -> l + "@" + d + "." + t);
    }

    /** @return phone numbers as people write them in Germany, or null */
    public static Gen<String> germanPhones() {
        Gen<String> subscriber = strings(DIGITS, 6, 9);
        Gen<String> area = Generate.pick(List.of("30", "40", "89", "151", "170"));
        Gen<String> format = Generate.pick(List.of("0%s %s", "+49 %s %s", "0049 (%s) %s", "+49 (0)%s-%s"));
        return orNull(format.zip(area, subscriber, (f, a, s) -> String.format(f, a, s)), 30);
    }

    /** @return dates of birth from 1900 to {@link #TODAY}, or null */
    public static Gen<LocalDate> datesOfBirth() {
        return orNull(longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay())
                .map(LocalDate::ofEpochDay), 30);
    }

    /** @return up to three valid labels */
    public static Gen<Set<String>> tags() {
        return sets(strings(LOWER + "-_", 1, 15).assuming(t -> Character.isLetter(t.charAt(0))), 3);
    }

    /** @return commands the customer service must accept, with a German default phone region */
    public static Gen<NewCustomer> validNewCustomers() {
        Gen<String> names = names();
        Gen<String> emails = emails();
        Gen<String> phones = germanPhones();
        Gen<LocalDate> born = datesOfBirth();
        Gen<Gender> genders = Generate.enumValues(Gender.class);
        Gen<Set<String>> tags = tags();
        return in -> new NewCustomer(names.generate(in), emails.generate(in),
                Optional.ofNullable(phones.generate(in)), Optional.ofNullable(born.generate(in)),
                genders.generate(in), tags.generate(in));
    }

    /** @return commands the customer service must refuse, each with one broken field */
    public static Gen<Invalid<NewCustomer>> invalidNewCustomers() {
        Gen<String> blank = Generate.pick(List.of("", " ", "\t", " \n "));
        Gen<String> badEmail = Generate.oneOf(
                emails().map(e -> e.replace("@", "")),
                emails().map(e -> e.replace("@", "@@")),
                emails().map(e -> e.replace("@", " @")),
                emails().map(e -> e.substring(0, e.indexOf('.', e.indexOf('@')))),
                blank);
        Gen<String> badPhone = Generate.oneOf(
                strings(LOWER, 1, 10),
                strings(DIGITS, 1, 4).map(d -> "+" + d),
                strings(DIGITS, 17, 17).map(d -> "+1" + d));
        Gen<LocalDate> future = longs().between(1, 40_000).map(TODAY::plusDays);
        Gen<String> badTag = Generate.pick(List.of("<b>", "a;b", "x".repeat(51), " "));
        Gen<NewCustomer> valid = validNewCustomers();
        Gen<Integer> which = integers().between(0, 5);
        return in -> {
            NewCustomer c = valid.generate(in);
            return switch (which.generate(in)) {
                case 0 -> new Invalid<>(new NewCustomer(blank.generate(in), c.email(), c.phone(), c.dateOfBirth(),
                        c.gender(), c.tags()), "name");
                case 1 -> new Invalid<>(new NewCustomer("x".repeat(201), c.email(), c.phone(), c.dateOfBirth(),
                        c.gender(), c.tags()), "name");
                case 2 -> new Invalid<>(new NewCustomer(c.name(), badEmail.generate(in), c.phone(), c.dateOfBirth(),
                        c.gender(), c.tags()), "email");
                case 3 -> new Invalid<>(new NewCustomer(c.name(), c.email(), Optional.of(badPhone.generate(in)), c.dateOfBirth(),
                        c.gender(), c.tags()), "phone");
                case 4 -> new Invalid<>(new NewCustomer(c.name(), c.email(), c.phone(), Optional.of(future.generate(in)),
                        c.gender(), c.tags()), "dateOfBirth");
                default -> new Invalid<>(new NewCustomer(c.name(), c.email(), c.phone(), c.dateOfBirth(),
                        c.gender(), Set.of(badTag.generate(in))), "tags");
            };
        };
    }

    /** @return SKUs of upper- and lower-case letters and digits */
    public static Gen<String> skus() {
        return strings(UPPER + LOWER + DIGITS, 1, 12);
    }

    /** @return euro prices from 0.00 to 100 000.00 */
    public static Gen<Money> prices() {
        return longs().between(0, 10_000_000).map(c -> Money.of(BigDecimal.valueOf(c, 2), EUR));
    }

    /** @return commands the product service must accept */
    public static Gen<NewProduct> validNewProducts() {
        Gen<String> skus = skus();
        Gen<String> names = names();
        Gen<Money> prices = prices();
        Gen<Integer> stock = integers().between(0, 10_000);
        return in -> new NewProduct(skus.generate(in), names.generate(in), prices.generate(in), stock.generate(in));
    }

    /** @return commands the product service must refuse, each with one broken field */
    public static Gen<Invalid<NewProduct>> invalidNewProducts() {
        Gen<String> badSku = Generate.pick(List.of("", " ", "-A", "A B", "A/B", "X".repeat(65), "ÄPFEL"));
        Gen<Money> negative = longs().between(1, 10_000_000).map(c -> Money.of(BigDecimal.valueOf(-c, 2), EUR));
        Gen<Integer> negativeStock = integers().between(Integer.MIN_VALUE, -1);
        Gen<NewProduct> valid = validNewProducts();
        Gen<Integer> which = integers().between(0, 3);
        return in -> {
            NewProduct p = valid.generate(in);
            return switch (which.generate(in)) {
                case 0 -> new Invalid<>(new NewProduct(badSku.generate(in), p.name(), p.price(), p.initialStock()),
                        "sku");
                case 1 -> new Invalid<>(new NewProduct(p.sku(), " ", p.price(), p.initialStock()), "name");
                case 2 -> new Invalid<>(new NewProduct(p.sku(), p.name(), negative.generate(in), p.initialStock()),
                        "price");
                default -> new Invalid<>(new NewProduct(p.sku(), p.name(), p.price(), negativeStock.generate(in)),
                        "stock");
            };
        };
    }

    /**
     * @return quantities every sale, return and restock must refuse: zero and below, with 0, -1 and
     *         {@link Integer#MIN_VALUE} drawn often
     */
    public static Gen<Integer> nonPositiveQuantities() {
        return Generate.frequency(
                Pair.of(4, integers().between(Integer.MIN_VALUE, 0)),
                Pair.of(1, Generate.pick(List.of(0, -1, Integer.MIN_VALUE))));
    }
}
