package org.crm4j.core.security;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;

/**
 * Who owns a record ({@link RecordType}) and with which team. The user who creates a record owns it, in the user's
 * team, not shared; {@code crm.access().assign} changes it. Immutable.
 *
 * @param owner  the owning user
 * @param team   the owner's team, or empty
 * @param shared whether the team's members with scope {@link Scope#OWN} see and change the record too (members
 *               with {@link Scope#TEAM} always do)
 */
public record Ownership(UserId owner, Optional<String> team, boolean shared) {

    /**
     * @throws org.crm4j.core.ValidationException on field {@code "owner"} or {@code "team"} if null, on
     *                                            {@code "team"} if blank or longer than 100 characters
     */
    public Ownership {
        Require.nonNull("owner", owner);
        team = Teams.check(team);
    }

    /**
     * @param principal the creating user
     * @return the ownership of a record {@code principal} creates: owned by the user, in the user's team, not
     *         shared
     */
    public static Ownership of(Principal principal) {
        return new Ownership(principal.user(), principal.team(), false);
    }
}
