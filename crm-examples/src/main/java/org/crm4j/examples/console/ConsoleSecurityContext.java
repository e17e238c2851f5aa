package org.crm4j.examples.console;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.crm4j.core.UserId;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.SecurityContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * crm4j's {@link SecurityContext} in the console: the user a crm4j call acts for is the user signed in to Spring
 * Security on the calling (request) thread, as {@link ConsoleUser} maps the login name to a role and a team.
 * Work that no person asked for (the demo company written at start, the insights the dashboard caches) says
 * explicitly whom it acts for with {@link #actingAs}, usually {@link #asSystem} ({@link Principal#SYSTEM}, an
 * administrator whose records get no owner). A call with neither acts for {@link #NOBODY}, a user without roles,
 * whom crm4j refuses everything: nothing runs as the system by accident. Thread-safe.
 */
final class ConsoleSecurityContext implements SecurityContext {

    /** Who acts when no one is signed in and no explicit principal was set: no roles, so crm4j refuses all. */
    static final Principal NOBODY = new Principal(UserId.of("anonymous"), Set.of(), Optional.empty());

    private static final ThreadLocal<Principal> ACTING = new ThreadLocal<>();

    @Override
    public Principal current() {
        Principal explicit = ACTING.get();
        if (explicit != null) {
            return explicit;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return NOBODY;
        }
        return ConsoleUser.named(signedIn.getName()).map(ConsoleUser::principal).orElse(NOBODY);
    }

    /**
     * Runs work on this thread as a given principal, whoever is signed in.
     *
     * @param principal whom the crm4j calls of {@code work} act for, not null
     * @param work      the work, not null
     * @param <T>       its result
     * @return what the work returned
     */
    static <T> T actingAs(Principal principal, Supplier<T> work) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(work, "work");
        Principal before = ACTING.get();
        ACTING.set(principal);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    /**
     * Runs background work (no person asked for it) as crm4j's system user.
     *
     * @param work the work, not null
     * @param <T>  its result
     * @return what the work returned
     */
    static <T> T asSystem(Supplier<T> work) {
        return actingAs(Principal.SYSTEM, work);
    }
}
