package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.report.SalesReports;
import org.crm4j.core.sales.SaleRepository;
import org.junit.jupiter.api.Test;

/** Ports looked up by type: an adapter that lacks a feature fails when the CRM starts, naming what is missing. */
class CrmPortsTest {

    private static final CrmPorts ALL = InMemoryPorts.create();

    /** Every port of {@link #ALL} except those given, as an adapter written before a feature would build it. */
    private static CrmPorts without(Class<?>... absent) {
        CrmPorts.Builder builder = CrmPorts.builder(ALL.transactions());
        for (Class<?> type : ALL.types()) {
            if (!List.of(absent).contains(type)) {
                add(builder, type);
            }
        }
        return builder.build();
    }

    private static <P> void add(CrmPorts.Builder builder, Class<P> type) {
        builder.add(type, ALL.get(type));
    }

    @Test
    void crmStart_adapterLackingAFeature_failsNamingThePortAndFeature() {
        CrmPorts old = without(RelationshipRepository.class);

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Crm.of(old, Clock.systemUTC(), IdGenerator.random()));

        assertEquals("ports must provide every port crm4j's features need; missing RelationshipRepository "
                + "(feature relationship)", thrown.getMessage());
    }

    @Test
    void crmStart_severalPortsMissing_namesEveryOne() {
        CrmPorts old = without(SalesReports.class, CampaignRepository.class);

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Crm.builder(old).build());

        assertEquals("ports must provide every port crm4j's features need; missing SalesReports (feature report), "
                + "CampaignRepository (feature campaign)", thrown.getMessage());
    }

    @Test
    void inMemory_providesEveryRequiredPort() {
        assertTrue(ALL.types().containsAll(Crm.REQUIRED_PORTS), ALL.toString());
        assertEquals(Set.copyOf(Crm.REQUIRED_PORTS), ALL.types());
    }

    @Test
    void get_missingPort_namesItAndItsFeature() {
        CrmPorts ports = without(CampaignRepository.class);

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> ports.get(CampaignRepository.class));

        assertEquals("ports must provide every port crm4j's features need; missing CampaignRepository "
                + "(feature campaign)", thrown.getMessage());
        assertFalse(ports.has(CampaignRepository.class));
    }

    @Test
    void add_sameTypeTwice_isRefused() {
        CrmPorts.Builder builder = CrmPorts.builder(ALL.transactions())
                .add(CustomerRepository.class, ALL.get(CustomerRepository.class));

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> builder.add(CustomerRepository.class, ALL.get(CustomerRepository.class)));

        assertEquals("type must be added once, was added twice: org.crm4j.core.customer.CustomerRepository",
                thrown.getMessage());
    }

    @Test
    void add_classInsteadOfInterface_isRefused() {
        CrmPorts.Builder builder = CrmPorts.builder(ALL.transactions());

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> builder.add(String.class, "not a port"));

        assertEquals("type must be a port interface, was java.lang.String", thrown.getMessage());
    }

    @Test
    void add_nullPort_isRefusedNamingTheType() {
        CrmPorts.Builder builder = CrmPorts.builder(ALL.transactions());

        NullPointerException thrown = assertThrows(NullPointerException.class,
                () -> builder.add(SaleRepository.class, null));

        assertEquals("port of SaleRepository", thrown.getMessage());
    }

    @Test
    void with_replacesOnePort_andLeavesTheOriginalUnchanged() {
        ProductRepository before = ALL.get(ProductRepository.class);
        ProductRepository other = InMemoryPorts.create().get(ProductRepository.class);

        CrmPorts replaced = ALL.with(ProductRepository.class, other);

        assertSame(other, replaced.get(ProductRepository.class));
        assertSame(before, ALL.get(ProductRepository.class));
        assertSame(ALL.get(CustomerRepository.class), replaced.get(CustomerRepository.class));
        assertSame(ALL.transactions(), replaced.transactions());
    }

    @Test
    void types_areUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> ALL.types().clear());
    }
}
