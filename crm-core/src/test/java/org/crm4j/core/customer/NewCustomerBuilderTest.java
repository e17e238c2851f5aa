package org.crm4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.crm4j.core.Crm;
import org.junit.jupiter.api.Test;

/** The named builder of {@link NewCustomer} and {@link CustomerUpdate#withGender(Gender)}. */
class NewCustomerBuilderTest {

    @Test
    void builder_everyDetail_givesTheSameCommandAsTheConstructor() {
        NewCustomer built = NewCustomer.builder("Ada Lovelace", "ada@example.org").phone("+442079460000")
                .dateOfBirth(LocalDate.of(1815, 12, 10)).gender(Gender.FEMALE).tag("vip").tag("math").build();

        assertEquals(new NewCustomer("Ada Lovelace", "ada@example.org", "+442079460000", LocalDate.of(1815, 12, 10),
                Gender.FEMALE, Set.of("vip", "math")), built);
    }

    @Test
    void builder_nameAndEmailOnly_equalsOf() {
        assertEquals(NewCustomer.of("Bob", "bob@example.org"), NewCustomer.builder("Bob", "bob@example.org").build());
    }

    @Test
    void withGender_update_changesOnlyTheGender() {
        try (Crm crm = Crm.inMemory()) {
            Customer ada = crm.customers().register(NewCustomer.builder("Ada", "ada@example.org").build());

            Customer updated = crm.customers().update(ada.id(), CustomerUpdate.from(ada).withGender(Gender.FEMALE));

            assertEquals(Gender.FEMALE, updated.gender());
            assertEquals(ada.name(), updated.name());
            assertEquals(ada.email(), updated.email());
        }
    }
}
