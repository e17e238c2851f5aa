package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.CountryCode;
import org.crm4j.core.UserId;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.lead.CompanySize;
import org.crm4j.core.lead.IndustryCode;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.LeadStatus;
import org.crm4j.core.lead.LeadStatusChange;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.jpa.PersonalField;

/**
 * Copies leads between the domain record and {@link LeadEntity}, sealing and opening the contact's name, e-mail
 * address and phone number, and the disqualification reason, through a {@link FieldCrypto} (the company stays in
 * clear); history oldest first.
 */
final class LeadMapper {

    /** The fields of a lead that may be sealed: the contact's name, e-mail and phone. */
    static final int CONTACT = PersonalField.NAME.bit() | PersonalField.EMAIL.bit() | PersonalField.PHONE.bit();

    /**
     * @param crypto the current form
     * @return the {@code sealed_fields} of a lead written now: the contact's bits and {@link PersonalField#NOTES}'s
     *         (the disqualification reason)
     */
    static int mask(FieldCrypto crypto) {
        return (crypto.mask() & CONTACT) | crypto.notesMask();
    }

    private LeadMapper() {
    }

    static void copy(Lead from, LeadEntity to, FieldCrypto crypto) {
        to.id = from.id().value();
        int mask = mask(crypto);
        String keyId = mask == 0 ? null : crypto.currentKeyId();
        to.personName = crypto.seal(PersonalField.NAME, from.personName(), FieldCrypto.LEADS, to.id, keyId);
        to.companyName = from.companyName().orElse(null);
        to.companySize = from.companySize().map(CompanySize::name).orElse(null);
        to.industry = from.industry().map(IndustryCode::value).orElse(null);
        to.country = from.country().map(CountryCode::value).orElse(null);
        to.email = crypto.seal(PersonalField.EMAIL, from.email().map(EmailAddress::value).orElse(null),
                FieldCrypto.LEADS, to.id, keyId);
        to.phone = crypto.seal(PersonalField.PHONE, from.phone().map(PhoneNumber::value).orElse(null),
                FieldCrypto.LEADS, to.id, keyId);
        to.sealedFields = mask;
        to.dataKeyId = keyId;
        to.source = from.source().name();
        to.campaignId = from.campaign().map(CampaignId::value).orElse(null);
        to.ownerId = from.owner().value();
        to.status = from.status().name();
        to.disqualifiedBecause = crypto.sealText(from.disqualifiedBecause().orElse(null), FieldCrypto.LEADS,
                to.id.toString(), "disqualified_because", keyId);
        to.customerId = from.customer().map(CustomerId::value).orElse(null);
        to.opportunityId = from.opportunity().map(OpportunityId::value).orElse(null);
        to.createdAt = Sql.micros(from.createdAt());
        to.updatedAt = Sql.micros(from.updatedAt());
        to.version = from.version();
        List<LeadEntity.StatusChange> history = new ArrayList<>(from.history().size());
        for (LeadStatusChange change : from.history()) {
            history.add(new LeadEntity.StatusChange(change.previous().name(), change.current().name(),
                    Sql.micros(change.at())));
        }
        to.history.clear();
        to.history.addAll(history);
    }

    static Lead toDomain(LeadEntity row, FieldCrypto crypto) {
        String email = crypto.open(PersonalField.EMAIL, row.email, FieldCrypto.LEADS, row.id, row.sealedFields);
        String phone = crypto.open(PersonalField.PHONE, row.phone, FieldCrypto.LEADS, row.id, row.sealedFields);
        List<LeadStatusChange> history = new ArrayList<>(row.history.size());
        for (LeadEntity.StatusChange change : row.history) {
            history.add(new LeadStatusChange(LeadStatus.valueOf(change.previous), LeadStatus.valueOf(change.current),
                    change.changedAt));
        }
        return new Lead(new LeadId(row.id),
                crypto.open(PersonalField.NAME, row.personName, FieldCrypto.LEADS, row.id, row.sealedFields),
                Optional.ofNullable(row.companyName), Optional.ofNullable(row.companySize).map(CompanySize::valueOf),
                Optional.ofNullable(row.industry).map(IndustryCode::new),
                Optional.ofNullable(row.country).map(CountryCode::new), Optional.ofNullable(email).map(EmailAddress::new),
                Optional.ofNullable(phone).map(PhoneNumber::new), LeadSource.valueOf(row.source),
                Optional.ofNullable(row.campaignId).map(CampaignId::new), new UserId(row.ownerId),
                LeadStatus.valueOf(row.status), Optional.ofNullable(crypto.openText(row.disqualifiedBecause,
                        FieldCrypto.LEADS, row.id.toString(), "disqualified_because", row.sealedFields)), history,
                Optional.ofNullable(row.customerId).map(CustomerId::new),
                Optional.ofNullable(row.opportunityId).map(OpportunityId::new), row.createdAt, row.updatedAt,
                row.version);
    }
}
