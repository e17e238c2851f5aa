package org.crm4j.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Principals, policies, ownership and visibility: the rules of the security package, without adapters. */
class SecurityModelTest {

    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob");

    private static Optional<Ownership> owned(UserId owner, String team, boolean shared) {
        return Optional.of(new Ownership(owner, Optional.ofNullable(team), shared));
    }

    @Test
    void permits_ownScope_ownRecordsAndTeamShared() {
        Visibility ann = new Visibility(ANN, Optional.of("north"), Scope.OWN);

        assertTrue(ann.permits(owned(ANN, null, false)));
        assertTrue(ann.permits(owned(BOB, "north", true)));
        assertFalse(ann.permits(owned(BOB, "north", false)));
        assertFalse(ann.permits(owned(BOB, "south", true)));
        assertFalse(ann.permits(Optional.empty()));
    }

    @Test
    void permits_teamScope_everyRecordOfTheTeam() {
        Visibility mia = new Visibility(UserId.of("mia"), Optional.of("north"), Scope.TEAM);

        assertTrue(mia.permits(owned(BOB, "north", false)));
        assertFalse(mia.permits(owned(BOB, "south", true)));
        assertFalse(mia.permits(owned(BOB, null, true)));
    }

    @Test
    void permits_withoutTeam_ownRecordsOnly() {
        Visibility loner = new Visibility(ANN, Optional.empty(), Scope.TEAM);

        assertTrue(loner.permits(owned(ANN, "north", false)));
        assertFalse(loner.permits(owned(BOB, null, true)));
    }

    @Test
    void visibility_scopeAll_refused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Visibility(ANN, Optional.empty(), Scope.ALL));
        assertEquals("scope", e.field());
        assertEquals(Visibility.NARROW, e.rule());
        assertEquals(Optional.empty(), Visibility.of(Principal.SYSTEM, Scope.ALL));
    }

    @Test
    void defaults_unionOfRolesAndWidestScope() {
        AccessPolicy policy = AccessPolicy.defaults();
        Principal both = Principal.of("ann", "north", Role.SALES_REP, Role.AUDITOR);

        assertTrue(policy.allows(both, Permission.AUDIT_READ));
        assertTrue(policy.allows(both, Permission.LEAD_WRITE));
        assertFalse(policy.allows(both, Permission.PRODUCT_WRITE));
        assertEquals(Scope.ALL, policy.scopeOf(both));
        assertEquals(Scope.OWN, policy.scopeOf(Principal.of("ann", "north", Role.SALES_REP)));
        assertEquals(EnumSet.allOf(Permission.class), policy.permissionsOf(Principal.SYSTEM));
        assertEquals(Set.of(Permission.AUDIT_READ), policy.permissions(Role.AUDITOR));
    }

    @Test
    void of_missingRole_refusedNamingIt() {
        Map<Role, Set<Permission>> permissions = new EnumMap<>(Role.class);
        Map<Role, Scope> scopes = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            permissions.put(role, Set.of());
            scopes.put(role, Scope.OWN);
        }
        permissions.remove(Role.ANALYST);

        ValidationException e = assertThrows(ValidationException.class, () -> AccessPolicy.of(permissions, scopes));
        assertEquals("permissions", e.field());
        assertEquals("permissions must have an entry for every role, was ANALYST", e.getMessage());

        permissions.put(Role.ANALYST, Set.of(Permission.EXPORT));
        scopes.remove(Role.AUDITOR);
        assertEquals("scopes", assertThrows(ValidationException.class,
                () -> AccessPolicy.of(permissions, scopes)).field());
        scopes.put(Role.AUDITOR, Scope.ALL);
        assertEquals(Set.of(Permission.EXPORT), AccessPolicy.of(permissions, scopes).permissions(Role.ANALYST));
    }

    @Test
    void principal_badTeam_refused() {
        assertEquals("team", assertThrows(ValidationException.class,
                () -> Principal.of("ann", " ", Role.ADMIN)).field());
        assertEquals("team", assertThrows(ValidationException.class,
                () -> Principal.of("ann", "x".repeat(101), Role.ADMIN)).field());
        assertEquals("roles", assertThrows(ValidationException.class,
                () -> new Principal(ANN, null, Optional.empty())).field());
        assertEquals("owner", assertThrows(ValidationException.class,
                () -> Principal.of("a b", null, Role.ADMIN)).field());
        assertEquals(Optional.of("north"), Principal.of("ann", " north ", Role.ADMIN).team());
    }
}
