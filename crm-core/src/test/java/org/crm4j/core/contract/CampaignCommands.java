package org.crm4j.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.contract.Commands.Invalid;

/**
 * jqwik generators of valid and invalid {@link NewCampaign} commands, in the manner of {@link Commands}. Dates lie
 * around {@link Commands#TODAY}.
 */
public final class CampaignCommands {

    private static final Currency EUR = Currency.getInstance("EUR");

    private CampaignCommands() {
    }

    /** @return first days from a year before to a year after {@link Commands#TODAY} */
    public static Arbitrary<LocalDate> startDates() {
        return Arbitraries.integers().between(-366, 366).map(Commands.TODAY::plusDays);
    }

    /** @return budgets from 0.00 to 1 000 000.00 euros */
    public static Arbitrary<Money> budgets() {
        return Arbitraries.longs().between(0, 100_000_000).map(c -> Money.of(BigDecimal.valueOf(c, 2), EUR));
    }

    /** @return audiences and goals of one to three words */
    public static Arbitrary<CampaignTarget> targets() {
        return Combinators.combine(Commands.names(), Commands.names()).as(CampaignTarget::new);
    }

    /** @return commands the campaign service must accept: end on or after start, budget not negative */
    public static Arbitrary<NewCampaign> validNewCampaigns() {
        return Combinators.combine(Commands.names(), startDates(), Arbitraries.integers().between(0, 120), targets(),
                Arbitraries.of(CampaignChannel.class), budgets())
                .as((name, start, days, target, channel, budget) -> new NewCampaign(name, start, start.plusDays(days),
                        target, channel, budget));
    }

    /** @return commands the campaign service must refuse, each with one broken field */
    public static Arbitrary<Invalid<NewCampaign>> invalidNewCampaigns() {
        Arbitrary<String> blank = Arbitraries.of("", " ", "\t", " \n ");
        Arbitrary<Integer> daysBefore = Arbitraries.integers().between(1, 3_000);
        Arbitrary<Money> negative = Arbitraries.longs().between(1, 100_000_000)
                .map(c -> Money.of(BigDecimal.valueOf(-c, 2), EUR));
        return Combinators.combine(validNewCampaigns(), Arbitraries.integers().between(0, 6), blank, daysBefore,
                negative).as((c, which, b, before, budget) -> switch (which) {
                    case 0 -> new Invalid<>(new NewCampaign(b, c.startDate(), c.endDate(), c.target(), c.channel(),
                            c.budget()), "name");
                    case 1 -> new Invalid<>(new NewCampaign("x".repeat(201), c.startDate(), c.endDate(), c.target(),
                            c.channel(), c.budget()), "name");
                    case 2 -> new Invalid<>(new NewCampaign(c.name(), c.startDate(), c.startDate().minusDays(before),
                            c.target(), c.channel(), c.budget()), "endDate");
                    case 3 -> new Invalid<>(new NewCampaign(c.name(), c.startDate(), c.endDate(), c.target(),
                            c.channel(), budget), "budget");
                    case 4 -> new Invalid<>(new NewCampaign(c.name(), null, c.endDate(), c.target(), c.channel(),
                            c.budget()), "startDate");
                    case 5 -> new Invalid<>(new NewCampaign(c.name(), c.startDate(), c.endDate(), null, c.channel(),
                            c.budget()), "target");
                    default -> new Invalid<>(new NewCampaign(c.name(), c.startDate(), c.endDate(), c.target(), null,
                            c.budget()), "channel");
                });
    }
}
