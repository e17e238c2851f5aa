package org.crm4j.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Consent;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.StageChange;
import org.crm4j.core.customer.Tag;
import org.crm4j.jpa.PersonalField;

/**
 * Copies customers between the domain record and {@link CustomerEntity}, sealing and opening the personal columns
 * through a {@link FieldCrypto}; instants are kept to microseconds.
 */
final class CustomerMapper {

    private CustomerMapper() {
    }

    static void copy(Customer from, CustomerEntity to, FieldCrypto crypto) {
        to.id = from.id().value();
        PersonalColumns personal = PersonalColumns.of(from, crypto);
        to.name = personal.name();
        to.email = personal.email();
        to.emailIndex = personal.emailIndex();
        to.phone = personal.phone();
        to.phoneIndex = personal.phoneIndex();
        to.dateOfBirth = personal.dateOfBirth();
        to.sealedFields = personal.sealedFields();
        to.dataKeyId = personal.dataKeyId();
        to.gender = from.gender().name();
        to.lifecycleStage = from.stage().name();
        to.active = from.active();
        to.createdAt = Sql.micros(from.createdAt());
        to.updatedAt = Sql.micros(from.updatedAt());
        to.version = from.version();
        List<CustomerEntity.StageChange> history = new ArrayList<>(from.stageHistory().size());
        for (StageChange change : from.stageHistory()) {
            history.add(new CustomerEntity.StageChange(change.from().name(), change.to().name(),
                    Sql.micros(change.at())));
        }
        to.stageChanges.clear();
        to.stageChanges.addAll(history);
        to.consents.clear();
        for (Consent consent : from.consents().values()) {
            to.consents.put(consent.channel().name(),
                    new CustomerEntity.Consent(consent.granted(), Sql.micros(consent.at())));
        }
        Set<String> tags = new HashSet<>();
        for (Tag tag : from.tags()) {
            tags.add(tag.value());
        }
        to.tags.retainAll(tags);
        to.tags.addAll(tags);
    }

    static Customer toDomain(CustomerEntity row, FieldCrypto crypto) {
        List<StageChange> history = new ArrayList<>(row.stageChanges.size());
        for (CustomerEntity.StageChange change : row.stageChanges) {
            history.add(new StageChange(LifecycleStage.valueOf(change.from), LifecycleStage.valueOf(change.to),
                    change.changedAt));
        }
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        row.consents.forEach((channel, consent) -> consents.put(Channel.valueOf(channel),
                new Consent(Channel.valueOf(channel), consent.granted, consent.changedAt)));
        Set<Tag> tags = new HashSet<>();
        for (String tag : row.tags) {
            tags.add(new Tag(tag));
        }
        UUID id = row.id;
        int sealed = row.sealedFields;
        String phone = crypto.open(PersonalField.PHONE, row.phone, id, sealed);
        String born = crypto.open(PersonalField.DATE_OF_BIRTH, row.dateOfBirth, id, sealed);
        return new Customer(new CustomerId(id), crypto.open(PersonalField.NAME, row.name, id, sealed),
                new EmailAddress(crypto.open(PersonalField.EMAIL, row.email, id, sealed)),
                Optional.ofNullable(phone).map(PhoneNumber::new), Optional.ofNullable(born).map(LocalDate::parse),
                Gender.valueOf(row.gender), LifecycleStage.valueOf(row.lifecycleStage), history, consents, tags,
                row.active, row.createdAt, row.updatedAt, row.version);
    }

    /**
     * The stored form of a customer's personal columns.
     *
     * @param name         stored name
     * @param email        stored e-mail address
     * @param emailIndex   lookup key of the address
     * @param phone        stored phone number, or null
     * @param phoneIndex   lookup key of the phone number, or null
     * @param dateOfBirth  stored date of birth, or null
     * @param sealedFields the {@link PersonalField} bits stored sealed
     * @param dataKeyId    the key they are sealed with, or null
     */
    record PersonalColumns(String name, String email, String emailIndex, String phone, String phoneIndex,
            String dateOfBirth, int sealedFields, String dataKeyId) {

        static PersonalColumns of(Customer customer, FieldCrypto crypto) {
            return of(customer.id().value(), customer.name(), customer.email().value(),
                    customer.phone().map(PhoneNumber::value).orElse(null),
                    customer.dateOfBirth().map(LocalDate::toString).orElse(null), crypto);
        }

        static PersonalColumns of(UUID id, String name, String email, String phone, String dateOfBirth,
                FieldCrypto crypto) {
            String keyId = crypto.mask() == 0 ? null : crypto.currentKeyId();
            return new PersonalColumns(crypto.seal(PersonalField.NAME, name, id, keyId),
                    crypto.seal(PersonalField.EMAIL, email, id, keyId), crypto.index(PersonalField.EMAIL, email),
                    crypto.seal(PersonalField.PHONE, phone, id, keyId), crypto.index(PersonalField.PHONE, phone),
                    crypto.seal(PersonalField.DATE_OF_BIRTH, dateOfBirth, id, keyId), crypto.mask(), keyId);
        }
    }
}
