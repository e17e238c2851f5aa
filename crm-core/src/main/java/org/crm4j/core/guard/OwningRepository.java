package org.crm4j.core.guard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;

/**
 * A repository port that gives each new owned record ({@code save} of a customer) its {@link Ownership}: the
 * acting principal of the guarded call that creates it ({@link Acting}), in the same transaction. Records saved
 * outside a guarded call (a CRM without security context) get no ownership. Thread-safe if the port is.
 */
public final class OwningRepository implements InvocationHandler {

    private final Object target;
    private final RecordOwners owners;

    private OwningRepository(Object target, RecordOwners owners) {
        this.target = target;
        this.owners = owners;
    }

    /**
     * @param port   the repository interface
     * @param target the adapter's repository
     * @param owners the ownership port of the same adapter
     * @param <P>    the port type
     * @return the decorated repository
     */
    public static <P> P wrap(Class<P> port, P target, RecordOwners owners) {
        OwningRepository handler = new OwningRepository(Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(owners, "owners"));
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Owning[" + target + "]";
            };
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (method.getName().equals("save") && args != null && args.length == 1) {
            Optional<Principal> acting = Acting.current();
            Optional<RecordRef> created = OwnedTypes.ofAggregate(result);
            if (acting.isPresent() && created.isPresent()) {
                owners.assign(created.get(), Ownership.of(acting.get()));
            }
        }
        return result;
    }
}
