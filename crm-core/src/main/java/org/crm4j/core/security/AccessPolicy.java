package org.crm4j.core.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Which {@link Permission}s each {@link Role} grants and in which {@link Scope} of owned records. A principal has
 * the union of its roles' permissions and the widest of their scopes; a principal without roles may do nothing.
 * Set it with {@code Crm.builder(ports).accessPolicy(policy)}; the default is {@link #defaults()}. Implementations
 * must be thread-safe, fast and pure (asked once per service operation).
 */
public interface AccessPolicy {

    /** Rule of {@link #of(Map, Map)}: every role needs an entry. */
    String EVERY_ROLE = "must have an entry for every role";

    /**
     * @param role a role, not null
     * @return the permissions the role grants, not null
     */
    Set<Permission> permissions(Role role);

    /**
     * @param role a role, not null
     * @return the owned records the role sees and changes, not null
     */
    Scope scope(Role role);

    /**
     * @param principal the acting user, not null
     * @return the union of the permissions of its roles
     */
    default Set<Permission> permissionsOf(Principal principal) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        principal.roles().forEach(role -> granted.addAll(permissions(role)));
        return granted;
    }

    /**
     * @param principal the acting user, not null
     * @return the widest scope of its roles; {@link Scope#OWN} without roles
     */
    default Scope scopeOf(Principal principal) {
        Scope widest = Scope.OWN;
        for (Role role : principal.roles()) {
            widest = widest.widest(scope(role));
        }
        return widest;
    }

    /**
     * @param principal  the acting user, not null
     * @param permission the permission, not null
     * @return whether one of its roles grants the permission
     */
    default boolean allows(Principal principal, Permission permission) {
        for (Role role : principal.roles()) {
            if (permissions(role).contains(permission)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The policy of crm-core's README ("Access control"): ADMIN everything on every record; SALES_MANAGER the
     * sales features, reports, insights and export on the team's records; SALES_REP the sales features on its own
     * and team-shared records; SUPPORT_AGENT tickets, surveys and activities, reading customers, products and
     * sales, on the team's records; MARKETER campaigns and surveys, reading customers, products, sales and
     * reports, running insights, on every record; ANALYST reading everything but the audit trail, running
     * insights, on every record; AUDITOR reading the audit trail only.
     *
     * @return the default policy
     */
    static AccessPolicy defaults() {
        return DefaultAccessPolicy.INSTANCE;
    }

    /**
     * A host's own table.
     *
     * @param permissions the permissions of every role, not null, one entry per {@link Role}
     * @param scopes      the scope of every role, not null, one entry per {@link Role}
     * @return the policy (copies of the maps)
     * @throws ValidationException on field {@code "permissions"} or {@code "scopes"}, rule
     *                             {@code "must have an entry for every role"}, naming the first missing role, or
     *                             rule {@link Require#NOT_NULL} for a null map, set or value
     */
    static AccessPolicy of(Map<Role, Set<Permission>> permissions, Map<Role, Scope> scopes) {
        Require.nonNull("permissions", permissions);
        Require.nonNull("scopes", scopes);
        Map<Role, Set<Permission>> granted = new EnumMap<>(Role.class);
        Map<Role, Scope> seen = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Set<Permission> set = permissions.get(role);
            if (set == null) {
                throw new ValidationException("permissions", EVERY_ROLE, role);
            }
            set.forEach(p -> Require.nonNull("permissions", p));
            granted.put(role, Collections.unmodifiableSet(set.isEmpty() ? EnumSet.noneOf(Permission.class)
                    : EnumSet.copyOf(set)));
            Scope scope = scopes.get(role);
            if (scope == null) {
                throw new ValidationException("scopes", EVERY_ROLE, role);
            }
            seen.put(role, scope);
        }
        return new TablePolicy(granted, seen);
    }
}
