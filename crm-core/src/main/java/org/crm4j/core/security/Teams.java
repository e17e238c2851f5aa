package org.crm4j.core.security;

import java.util.Optional;
import org.crm4j.core.Require;

/** The rule of a team's name, shared by {@link Principal} and {@link Ownership} (as tickets name teams). */
final class Teams {

    /** The longest team name. */
    static final int MAX_LENGTH = 100;

    private Teams() {
    }

    static Optional<String> check(Optional<String> team) {
        Require.nonNull("team", team);
        return team.map(name -> Require.text("team", name, MAX_LENGTH));
    }
}
