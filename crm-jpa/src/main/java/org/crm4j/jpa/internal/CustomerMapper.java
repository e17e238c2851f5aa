package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/** Copies customers between the domain record and {@link CustomerEntity}; instants are kept to microseconds. */
final class CustomerMapper {

    private CustomerMapper() {
    }

    static void copy(Customer from, CustomerEntity to) {
        to.id = from.id().value();
        to.name = from.name();
        to.email = from.email().value();
        to.phone = from.phone().map(PhoneNumber::value).orElse(null);
        to.dateOfBirth = from.dateOfBirth().orElse(null);
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

    static Customer toDomain(CustomerEntity row) {
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
        return new Customer(new CustomerId(row.id), row.name, new EmailAddress(row.email),
                Optional.ofNullable(row.phone).map(PhoneNumber::new), Optional.ofNullable(row.dateOfBirth),
                Gender.valueOf(row.gender), LifecycleStage.valueOf(row.lifecycleStage), history, consents, tags,
                row.active, row.createdAt, row.updatedAt, row.version);
    }
}
