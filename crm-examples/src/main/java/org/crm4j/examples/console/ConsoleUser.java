package org.crm4j.examples.console;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.UserId;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.Role;

/**
 * A demo user of the console: the Spring Security login name, the crm4j {@link Role} and the team. The login name
 * is also the crm4j user id, so the records a user creates are owned by that name and the audit trail names it.
 *
 * @param username the login name and crm4j user id
 * @param role     the user's one crm4j role
 * @param team     the user's team, or empty
 */
record ConsoleUser(String username, Role role, Optional<String> team) {

    /**
     * The team of the sales manager, both sales representatives and the support agent, who serves their
     * customers (crm4j's SUPPORT_AGENT sees the records of the team, and cannot register customers itself).
     */
    static final String TEAM = "north";

    /** The demo users, one per crm4j role (two sales representatives). */
    static final List<ConsoleUser> DEMO = List.of(
            new ConsoleUser("admin", Role.ADMIN, Optional.empty()),
            new ConsoleUser("manager", Role.SALES_MANAGER, Optional.of(TEAM)),
            new ConsoleUser("rep1", Role.SALES_REP, Optional.of(TEAM)),
            new ConsoleUser("rep2", Role.SALES_REP, Optional.of(TEAM)),
            new ConsoleUser("support", Role.SUPPORT_AGENT, Optional.of(TEAM)),
            new ConsoleUser("marketer", Role.MARKETER, Optional.of("marketing")),
            new ConsoleUser("analyst", Role.ANALYST, Optional.empty()),
            new ConsoleUser("auditor", Role.AUDITOR, Optional.empty()));

    /** @return the user as crm4j's acting principal */
    Principal principal() {
        return new Principal(UserId.of(username), Set.of(role), team);
    }

    /**
     * @param username a login name
     * @return the demo user of that name, or empty
     */
    static Optional<ConsoleUser> named(String username) {
        return DEMO.stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
