package org.crm4j.core.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;

/**
 * The user a service operation acts for, as the host's {@link SecurityContext} says: who, in which roles, in which
 * team. Immutable.
 *
 * @param user  the user's id (also the owner of the records the user creates)
 * @param roles the user's roles; may be empty (then the user may do nothing)
 * @param team  the user's team, 1 to 100 characters, stripped; empty for none (then the team scopes see only the
 *              user's own records)
 */
public record Principal(UserId user, Set<Role> roles, Optional<String> team) {

    /** The id of {@link #SYSTEM}. */
    public static final UserId SYSTEM_USER = UserId.of("system");

    /**
     * The single user a CRM without a {@link SecurityContext} acts for: an {@link Role#ADMIN} without team. Its
     * writes are audited as {@code "system"}.
     */
    public static final Principal SYSTEM = new Principal(SYSTEM_USER, Set.of(Role.ADMIN), Optional.empty());

    /**
     * Checks and copies.
     *
     * @throws org.crm4j.core.ValidationException on field {@code "user"}, {@code "roles"} or {@code "team"} if
     *                                            null (or a role is null), {@code "team"} if blank or longer
     *                                            than 100 characters
     */
    public Principal {
        Require.nonNull("user", user);
        Require.nonNull("roles", roles);
        roles.forEach(role -> Require.nonNull("roles", role));
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        team = Teams.check(team);
    }

    /**
     * @param user  the user id, as {@link UserId#of(String)} reads it
     * @param team  the team, or null for none
     * @param roles the roles
     * @return the principal
     * @throws org.crm4j.core.ValidationException as the canonical constructor, or on field {@code "owner"} for a
     *                                            malformed user id
     */
    public static Principal of(String user, String team, Role... roles) {
        Require.nonNull("roles", roles);
        return new Principal(UserId.of(user), Set.of(roles), Optional.ofNullable(team));
    }

    /**
     * @param role a role
     * @return whether the principal has it
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** @return {@code "ada [SALES_REP] of team north"}, for messages */
    @Override
    public String toString() {
        return user + " " + roles.stream().sorted().toList() + team.map(t -> " of team " + t).orElse("");
    }
}
