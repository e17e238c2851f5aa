package org.crm4j.core.guard;

import java.util.Optional;
import java.util.function.Supplier;
import org.crm4j.core.security.Principal;

/**
 * The principal a guarded service call acts for, on the calling thread, while the call runs: what the ports'
 * decorators (ownership of new records) read. Empty outside guarded calls, where the CRM acts for
 * {@link Principal#SYSTEM}.
 */
public final class Acting {

    private static final ThreadLocal<Principal> CURRENT = new ThreadLocal<>();

    private Acting() {
    }

    /** @return the principal of the running guarded call, or empty */
    public static Optional<Principal> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} acting for {@code principal}, restoring the previous principal afterwards. */
    static <T> T as(Principal principal, Supplier<T> work) {
        Principal previous = CURRENT.get();
        CURRENT.set(principal);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
