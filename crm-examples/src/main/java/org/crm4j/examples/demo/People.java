package org.crm4j.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;

/** Plans the demo company's customers: who they are, their persona, when they joined and, if so, lapsed. */
final class People {

    static final List<String> FIRST = List.of("Ada", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo",
            "Ines", "Jonas", "Karin", "Liam", "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Sam", "Tara", "Uma",
            "Victor", "Wendy", "Xavier", "Yara", "Zoe", "Anton", "Bianca", "Carlos", "Dana", "Elif", "Finn", "Greta",
            "Hannah", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nina", "Oscar", "Priya", "Rafael", "Sofia", "Tom",
            "Ulla", "Vera", "Wim", "Yusuf", "Zara");
    static final List<String> LAST = List.of("Adams", "Berg", "Costa", "Dubois", "Evans", "Fischer", "Garcia",
            "Hansen", "Ito", "Jensen", "Kowalski", "Larsen", "Martin", "Nowak", "Okafor", "Petrov", "Quint", "Rossi",
            "Schmidt", "Tanaka", "Ueda", "Vogel", "Weber", "Xu", "Young", "Zimmer", "Almeida", "Bauer", "Chen",
            "Diaz", "Eriksen", "Fontaine", "Gruber", "Horvat", "Ivanova", "Jovanovic", "Kim", "Lopez", "Meyer",
            "Nielsen", "Olsen", "Perez", "Richter", "Silva", "Torres", "Novak", "Wagner", "Yilmaz", "Kaya", "Moreau");

    /**
     * A planned customer.
     *
     * @param index    the position in the plan
     * @param command  the registration
     * @param persona  the behavioural group
     * @param joined   when they were registered
     * @param lapsed   when they stopped buying, if they did
     * @param rate     the personal multiplier of the purchase rate
     */
    record Planned(int index, NewCustomer command, Persona persona, Instant joined, Optional<Instant> lapsed,
                   double rate) {

        /** @return the end of the customer's buying, not after {@code end} */
        Instant activeUntil(Instant end) {
            return lapsed.filter(t -> t.isBefore(end)).orElse(end);
        }
    }

    private People() {
    }

    /**
     * @param size  how many
     * @param start the start of the history, when the customers there from the start joined
     * @param end   its end
     * @param firstMonth the first month of the story, which the months of joining and lapsing count from
     * @param draw  the phase's stream
     * @return the customers, in plan order
     */
    static List<Planned> plan(int size, Instant start, Instant end, YearMonth firstMonth, Draw draw) {
        List<Planned> planned = new ArrayList<>(size);
        Persona[] personas = Persona.values();
        double[] shares = new double[personas.length];
        for (int i = 0; i < personas.length; i++) {
            shares[i] = personas[i].share();
        }
        for (int i = 0; i < size; i++) {
            Persona persona = personas[draw.weighted(shares, 1.0)];
            String first = draw.pick(FIRST);
            String last = draw.pick(LAST);
            String email = (first + "." + last + "." + (i + 1)).toLowerCase(Locale.ROOT) + "@example.com";
            LocalDate born = LocalDate.of(draw.between(1950, 2005), draw.between(1, 13), draw.between(1, 29));
            Gender gender = draw.chance(0.48) ? Gender.FEMALE : draw.chance(0.92) ? Gender.MALE
                    : draw.chance(0.5) ? Gender.OTHER : Gender.UNDISCLOSED;
            NewCustomer command = NewCustomer.of(first + " " + last, email)
                    .withPhone(String.format(Locale.ROOT, "+4930%08d", draw.between(0, 100_000_000)))
                    .withDateOfBirth(born).withGender(gender);
            Instant joined = joined(persona, start, end, firstMonth, draw);
            Optional<Instant> lapsed = Optional.empty();
            if (persona == Persona.LAPSED) {
                YearMonth month = firstMonth.plusMonths(draw.between(6, 18));
                Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                lapsed = Optional.of(draw.instant(from, from.plus(Duration.ofDays(28))));
            }
            double rate = Math.exp(0.3 * draw.normal());
            planned.add(new Planned(i, command, persona, joined, lapsed, rate));
        }
        return planned;
    }

    /** Most customers were there when the history starts; the others join on a day of a month, at 08:00 UTC. */
    private static Instant joined(Persona persona, Instant start, Instant end, YearMonth firstMonth, Draw draw) {
        int month;
        switch (persona) {
            case NEWCOMER -> month = draw.between(22, 25);
            case LAPSED -> {
                if (draw.chance(0.8)) {
                    return start;
                }
                month = draw.between(0, 4);
            }
            case OCCASIONAL -> {
                if (draw.chance(0.6)) {
                    return start;
                }
                month = draw.between(0, 20);
            }
            default -> {
                if (draw.chance(0.75)) {
                    return start;
                }
                month = draw.between(0, 18);
            }
        }
        YearMonth joinMonth = firstMonth.plusMonths(month);
        Instant day = joinMonth.atDay(draw.between(1, joinMonth.lengthOfMonth() + 1)).atStartOfDay(ZoneOffset.UTC)
                .toInstant().plus(Duration.ofHours(8));
        // a newcomer of the current month joins at least a day before the end
        Instant latest = end.minus(Duration.ofDays(1));
        return day.isAfter(latest) ? (latest.isBefore(start) ? start : latest) : day;
    }
}
