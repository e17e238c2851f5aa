package org.crm4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Set;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class TicketSettingsTest {

    @Test
    void noCategories_isRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new TicketSettings(Set.of(), Duration.ofDays(1)));
        assertEquals("categories", e.field());
        assertEquals("must not be empty", e.rule());
    }

    @Test
    void nonPositiveWindow_isRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new TicketSettings(Set.of("BILLING"), Duration.ZERO));
        assertEquals("reopenWindow", e.field());
        assertEquals("must be positive", e.rule());
    }

    @Test
    void categories_areStripped() {
        assertEquals(Set.of("BILLING", "DELIVERY"),
                new TicketSettings(Set.of(" BILLING", "DELIVERY "), Duration.ofDays(3)).categories());
    }
}
