package org.crm4j.core.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.UUID;
import org.crm4j.core.Crm;
import org.crm4j.core.ValidationException;
import org.crm4j.core.access.AccessService;
import org.crm4j.core.security.Permission;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
import org.junit.jupiter.api.Test;

/** The declarations of {@link Operations} name real methods and cover every service {@link Crm} hands out. */
class OperationsTest {

    @Test
    void everyServiceOfCrm_hasARule() {
        Set<String> services = Arrays.stream(Crm.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Crm.class && m.getParameterCount() == 0
                        && !Modifier.isStatic(m.getModifiers()) && m.getReturnType().isInterface())
                .map(m -> m.getReturnType().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ruled = java.util.stream.Stream.concat(Operations.RULES.keySet().stream(),
                        Operations.BY_RECORD.keySet().stream()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(services, ruled);
    }

    @Test
    void everyNamedMethod_existsInItsService() {
        List<String> unknown = new ArrayList<>();
        Operations.RULES.forEach((service, rule) -> {
            Set<String> methods = Arrays.stream(service.getMethods()).map(Method::getName).collect(Collectors.toSet());
            rule.reads().stream().filter(name -> !methods.contains(name))
                    .forEach(name -> unknown.add(service.getSimpleName() + "." + name));
            rule.overrides().keySet().stream().filter(name -> !methods.contains(name))
                    .forEach(name -> unknown.add(service.getSimpleName() + "." + name));
        });

        Operations.BY_RECORD.forEach((service, reads) -> {
            Set<String> methods = Arrays.stream(service.getMethods()).map(Method::getName).collect(Collectors.toSet());
            reads.stream().filter(name -> !methods.contains(name))
                    .forEach(name -> unknown.add(service.getSimpleName() + "." + name));
        });

        assertEquals(List.of(), unknown);
    }

    @Test
    void aServiceOnAnyRecord_needsThePermissionOfTheRecordsType() throws NoSuchMethodException {
        Method read = AccessService.class.getMethod("ownership", RecordRef.class);
        Method write = AccessService.class.getMethod("share", RecordRef.class, boolean.class);
        RecordRef lead = new RecordRef(RecordType.LEAD, UUID.randomUUID());
        RecordRef ticket = new RecordRef(RecordType.TICKET, UUID.randomUUID());

        assertEquals(Permission.LEAD_READ, Operations.permissionOf(AccessService.class, read, new Object[] {lead}));
        assertEquals(Permission.TICKET_WRITE,
                Operations.permissionOf(AccessService.class, write, new Object[] {ticket, true}));
        ValidationException none = assertThrows(ValidationException.class,
                () -> Operations.permissionOf(AccessService.class, write, new Object[] {null, true}));
        assertEquals("record", none.field());
    }

    @Test
    void aMethodNotListed_needsTheWritePermission() {
        Operations.Rule rule = Operations.RULES.get(org.crm4j.core.customer.CustomerService.class);

        assertEquals(Permission.CUSTOMER_WRITE, rule.permissionOf("someMethodAddedLater"));
        assertEquals(Permission.CUSTOMER_READ, rule.permissionOf("search"));
    }
}
