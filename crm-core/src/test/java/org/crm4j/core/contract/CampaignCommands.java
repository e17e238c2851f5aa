package org.crm4j.core.contract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.contract.Commands.Invalid;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid and invalid {@link NewCampaign} commands, in the manner of {@link Commands}.
 * Dates lie around {@link Commands#TODAY}.
 */
public final class CampaignCommands {

    private static final Currency EUR = Currency.getInstance("EUR");

    private CampaignCommands() {
    }

    /** @return first days from a year before to a year after {@link Commands#TODAY} */
    public static Gen<LocalDate> startDates() {
        return integers().between(-366, 366).map(Commands.TODAY::plusDays);
    }

    /** @return budgets from 0.00 to 1 000 000.00 euros */
    public static Gen<Money> budgets() {
        return longs().between(0, 100_000_000).map(c -> Money.of(BigDecimal.valueOf(c, 2), EUR));
    }

    /** @return audiences and goals of one to three words */
    public static Gen<CampaignTarget> targets() {
        return Commands.names().zip(Commands.names(), CampaignTarget::new);
    }

    /** @return commands the campaign service must accept: end on or after start, budget not negative */
    public static Gen<NewCampaign> validNewCampaigns() {
        Gen<String> names = Commands.names();
        Gen<LocalDate> starts = startDates();
        Gen<Integer> days = integers().between(0, 120);
        Gen<CampaignTarget> targets = targets();
        Gen<CampaignChannel> channels = Generate.enumValues(CampaignChannel.class);
        Gen<Money> budgets = budgets();
        return in -> {
            String name = names.generate(in);
            LocalDate start = starts.generate(in);
            return new NewCampaign(name, start, start.plusDays(days.generate(in)), targets.generate(in),
                    channels.generate(in), budgets.generate(in));
        };
    }

    /** @return commands the campaign service must refuse, each with one broken field */
    public static Gen<Invalid<NewCampaign>> invalidNewCampaigns() {
        Gen<String> blank = Generate.pick(List.of("", " ", "\t", " \n "));
        Gen<Integer> daysBefore = integers().between(1, 3_000);
        Gen<Money> negative = longs().between(1, 100_000_000).map(c -> Money.of(BigDecimal.valueOf(-c, 2), EUR));
        Gen<NewCampaign> valid = validNewCampaigns();
        Gen<Integer> which = integers().between(0, 6);
        return in -> {
            NewCampaign c = valid.generate(in);
            return switch (which.generate(in)) {
                case 0 -> new Invalid<>(new NewCampaign(blank.generate(in), c.startDate(), c.endDate(), c.target(),
                        c.channel(), c.budget()), "name");
                case 1 -> new Invalid<>(new NewCampaign("x".repeat(201), c.startDate(), c.endDate(), c.target(),
                        c.channel(), c.budget()), "name");
                case 2 -> new Invalid<>(new NewCampaign(c.name(), c.startDate(),
                        c.startDate().minusDays(daysBefore.generate(in)), c.target(), c.channel(), c.budget()),
                        "endDate");
                case 3 -> new Invalid<>(new NewCampaign(c.name(), c.startDate(), c.endDate(), c.target(),
                        c.channel(), negative.generate(in)), "budget");
                case 4 -> new Invalid<>(new NewCampaign(c.name(), null, c.endDate(), c.target(), c.channel(),
                        c.budget()), "startDate");
                case 5 -> new Invalid<>(new NewCampaign(c.name(), c.startDate(), c.endDate(), null, c.channel(),
                        c.budget()), "target");
                default -> new Invalid<>(new NewCampaign(c.name(), c.startDate(), c.endDate(), c.target(), null,
                        c.budget()), "channel");
            };
        };
    }
}
