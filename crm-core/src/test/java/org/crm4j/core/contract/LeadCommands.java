package org.crm4j.core.contract;

import static org.crm4j.core.contract.Text.range;
import static org.crm4j.core.contract.Text.strings;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.crm4j.core.UserId;
import org.crm4j.core.contract.Commands.Invalid;
import org.crm4j.core.lead.CompanySize;
import org.crm4j.core.lead.IndustryCode;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid and invalid {@link NewLead} commands (no campaign), for a CRM whose default
 * phone region is Germany ({@link Commands#germanPhones()}).
 */
public final class LeadCommands {

    private LeadCommands() {
    }

    /** @return owners: 1 to 30 characters of the {@link UserId#RULE} alphabet */
    public static Gen<UserId> owners() {
        return strings(range('a', 'z') + range('A', 'Z') + range('0', '9') + "._:@-", 1, 30).map(UserId::of);
    }

    /**
     * @return commands the lead service must accept: a person, maybe a company, an e-mail address or a phone
     *         number or both, any source
     */
    public static Gen<NewLead> validNewLeads() {
        Gen<String> names = Commands.names();
        Gen<Optional<String>> companies = Commands.names().toOptionals(50);
        Gen<String> emails = Commands.emails();
        Gen<String> phones = Commands.germanPhones();
        Gen<Integer> reach = integers().between(0, 2);
        Gen<LeadSource> sources = Generate.enumValues(LeadSource.class);
        Gen<UserId> owners = owners();
        Gen<Optional<CompanySize>> sizes = Generate.enumValues(CompanySize.class).toOptionals(50);
        Gen<Optional<String>> industries = strings("ABCXYZ0123456789._/-", 1, IndustryCode.MAX_LENGTH - 1)
                .map(code -> "K" + code).toOptionals(50);
        Gen<Optional<String>> countries = Generate.pick(List.of("de", "GB", " us ", "Br", "JP")).toOptionals(50);
        return in -> {
            int how = reach.generate(in);
            Optional<String> phone = how == 0 ? Optional.empty() : Optional.ofNullable(phones.generate(in));
            Optional<String> email = how == 1 && phone.isPresent() ? Optional.empty()
                    : Optional.of(emails.generate(in));
            return new NewLead(names.generate(in), companies.generate(in), sizes.generate(in),
                    industries.generate(in), countries.generate(in), email, phone, sources.generate(in),
                    Optional.empty(), owners.generate(in));
        };
    }

    /**
     * @return commands the lead service must refuse, each with one broken field: a blank person name
     *         ({@code personName}), an over-long company name ({@code companyName}), neither e-mail address nor
     *         phone or a malformed e-mail address ({@code email}), a phone number with letters ({@code phone}),
     *         a malformed industry code ({@code industry}), a country that is not an ISO 3166-1 alpha-2 code
     *         ({@code country})
     */
    public static Gen<Invalid<NewLead>> invalidNewLeads() {
        Gen<NewLead> valid = validNewLeads();
        Gen<String> blank = Generate.pick(List.of("", " ", "\t", "   "));
        Gen<String> badEmail = Commands.emails().map(e -> e.replace("@", ""));
        Gen<String> badPhone = Generate.pick(List.of("+49 30 CALL ME", "0171-abc", "phone"));
        Gen<String> badIndustry = Generate.pick(List.of("-J62", "J 62", "Software & IT", "X".repeat(41)));
        Gen<String> badCountry = Generate.pick(List.of("DEU", "D", "UK", "XK", "ZZ", "1A"));
        Gen<Integer> which = integers().between(0, 6);
        return in -> {
            NewLead l = valid.generate(in);
            return switch (which.generate(in)) {
                case 0 -> new Invalid<>(new NewLead(blank.generate(in), l.companyName(), l.companySize(),
                        l.industry(), l.country(), l.email(), l.phone(), l.source(), l.campaign(), l.owner()),
                        "personName");
                case 1 -> new Invalid<>(l.withCompanyName("C".repeat(201)), "companyName");
                case 2 -> new Invalid<>(new NewLead(l.personName(), l.companyName(), l.companySize(), l.industry(),
                        l.country(), Optional.empty(), Optional.empty(), l.source(), l.campaign(), l.owner()),
                        "email");
                case 3 -> new Invalid<>(l.withEmail(badEmail.generate(in)), "email");
                case 4 -> new Invalid<>(l.withIndustry(badIndustry.generate(in)), "industry");
                case 5 -> new Invalid<>(l.withCountry(badCountry.generate(in)), "country");
                default -> new Invalid<>(l.withPhone(badPhone.generate(in)), "phone");
            };
        };
    }
}
