package org.crm4j.core.guard;

import java.util.Optional;
import java.util.function.Supplier;
import org.crm4j.core.security.Principal;

/**
 * The principal and the service operation a guarded call acts for, on the calling thread, while the call runs:
 * what the ports' decorators read (the owner of a new record, the actor and operation of an audit entry). Empty
 * outside guarded calls, where the CRM acts for {@link Principal#SYSTEM}.
 */
public final class Acting {

    private record Call(Principal principal, String operation) {
    }

    private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

    private Acting() {
    }

    /** @return the principal of the running guarded call, or empty */
    public static Optional<Principal> current() {
        Call call = CURRENT.get();
        return call == null ? Optional.empty() : Optional.of(call.principal());
    }

    /** @return the operation of the running guarded call, for example {@code "CustomerService.tag"}, or empty */
    public static Optional<String> operation() {
        Call call = CURRENT.get();
        return call == null ? Optional.empty() : Optional.of(call.operation());
    }

    /** Runs {@code work} acting for {@code principal} in {@code operation}, restoring the previous afterwards. */
    static <T> T as(Principal principal, String operation, Supplier<T> work) {
        Call previous = CURRENT.get();
        if (previous != null) {
            return work.get(); // a service called from inside another guarded call: the outer operation counts
        }
        CURRENT.set(new Call(principal, operation));
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }
}
