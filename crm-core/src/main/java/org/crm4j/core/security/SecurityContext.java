package org.crm4j.core.security;

/**
 * Port, given by the host (for example from its web session or its identity provider): the user the current
 * service call acts for. Set it with {@code Crm.builder(ports).securityContext(context)}; crm4j then checks every
 * service operation against the {@link AccessPolicy} and the records' {@link Ownership}.
 *
 * <p>Without one, a CRM acts for {@link Principal#SYSTEM}, an administrator: nothing is checked, records get no
 * owner, and the audit trail names the actor {@code "system"} (the behaviour of crm4j before access control).
 *
 * <p>Implementations are called once per service operation from the calling thread (typically they read a
 * thread-local of the host), must be thread-safe and fast, and must not return null.
 */
@FunctionalInterface
public interface SecurityContext {

    /**
     * @return the user the current call acts for, not null
     */
    Principal current();

    /**
     * @param principal the one principal every call acts for, not null
     * @return a context that always answers {@code principal} (for tests, batch jobs and single-user tools)
     */
    static SecurityContext fixed(Principal principal) {
        java.util.Objects.requireNonNull(principal, "principal");
        return () -> principal;
    }
}
