package org.crm4j.core.security;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** An {@link AccessPolicy} given as two complete tables. Immutable. */
final class TablePolicy implements AccessPolicy {

    private final Map<Role, Set<Permission>> permissions;
    private final Map<Role, Scope> scopes;

    TablePolicy(Map<Role, Set<Permission>> permissions, Map<Role, Scope> scopes) {
        this.permissions = Map.copyOf(permissions);
        this.scopes = Map.copyOf(scopes);
    }

    @Override
    public Set<Permission> permissions(Role role) {
        return permissions.get(Objects.requireNonNull(role, "role"));
    }

    @Override
    public Scope scope(Role role) {
        return scopes.get(Objects.requireNonNull(role, "role"));
    }

    @Override
    public String toString() {
        return "AccessPolicy" + permissions;
    }
}
