package org.crm4j.core.security;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;

/**
 * The owned records one user sees: a search criterion that adapters apply in the query itself (crm-jpa: an
 * {@code EXISTS} on {@code crm_record_owner}), so that pages and their counts hold only visible records. A record
 * without {@link Ownership} is visible to scope {@link Scope#ALL} only, which needs no criterion. Immutable.
 *
 * @param user  the user
 * @param team  the user's team, or empty (then only the user's own records are visible)
 * @param scope {@link Scope#OWN} or {@link Scope#TEAM}
 */
public record Visibility(UserId user, Optional<String> team, Scope scope) {

    /** Rule of a visibility with scope {@link Scope#ALL}, which is no criterion. */
    public static final String NARROW = "must be OWN or TEAM (ALL is no criterion)";

    /**
     * @throws ValidationException on a null field, or on field {@code "scope"}, rule {@link #NARROW}
     */
    public Visibility {
        Require.nonNull("user", user);
        team = Teams.check(team);
        Require.nonNull("scope", scope);
        if (scope == Scope.ALL) {
            throw new ValidationException("scope", NARROW, scope);
        }
    }

    /**
     * @param principal the user
     * @param scope     the user's scope
     * @return the criterion, or empty for {@link Scope#ALL}
     */
    public static Optional<Visibility> of(Principal principal, Scope scope) {
        return scope == Scope.ALL ? Optional.empty()
                : Optional.of(new Visibility(principal.user(), principal.team(), scope));
    }

    /**
     * The rule every adapter implements: the user's own records; with {@link Scope#TEAM} also every record of the
     * user's team; with {@link Scope#OWN} also the records of the user's team that are {@link Ownership#shared()}.
     *
     * @param ownership the record's ownership, or empty for a record without one
     * @return whether the user sees the record
     */
    public boolean permits(Optional<Ownership> ownership) {
        if (ownership.isEmpty()) {
            return false;
        }
        Ownership owned = ownership.get();
        if (owned.owner().equals(user)) {
            return true;
        }
        if (team.isEmpty() || !owned.team().equals(team)) {
            return false;
        }
        return scope == Scope.TEAM || owned.shared();
    }
}
