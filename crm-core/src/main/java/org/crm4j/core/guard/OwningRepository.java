package org.crm4j.core.guard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.UserId;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;

/**
 * A repository port of owned records (customers, leads, opportunities, tickets) that keeps their
 * {@link Ownership} in the same transaction as the write:
 * <ul>
 *   <li>{@code save} of a record created in a guarded call of a user (not {@link Principal#SYSTEM}): owned by the
 *       record's own {@code owner} (a lead's or opportunity's) or else the creator, in the record's own
 *       {@code team} (a ticket's) or else the creator's team, not shared;</li>
 *   <li>{@code update} of a record that has an ownership: a changed {@code owner} (reassigned lead or
 *       opportunity) or a new {@code team} (a ticket assigned to another team) moves the ownership along, keeping
 *       whether it is shared.</li>
 * </ul>
 * Records created without a security context get no ownership (only scope ALL sees them). Thread-safe if the port
 * is.
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
        boolean single = args != null && args.length == 1;
        Optional<RecordRef> record = OwnedTypes.ofAggregate(result);
        if (record.isEmpty() || !single) {
            return result;
        }
        if (method.getName().equals("save")) {
            Optional<Principal> acting = Acting.current().filter(p -> !p.equals(Principal.SYSTEM));
            if (acting.isPresent()) {
                Principal creator = acting.get();
                owners.assign(record.get(), new Ownership(ownerOf(result).orElse(creator.user()),
                        teamOf(result).or(creator::team), false));
            }
        } else if (method.getName().equals("update")) {
            Optional<Ownership> current = owners.find(record.get());
            if (current.isPresent()) {
                Ownership was = current.get();
                Ownership now = new Ownership(ownerOf(result).orElse(was.owner()), teamOf(result).or(was::team),
                        was.shared());
                if (!now.equals(was)) {
                    owners.assign(record.get(), now);
                }
            }
        }
        return result;
    }

    /** @return the record's {@code owner} component (a {@link UserId}), if it has one */
    private static Optional<UserId> ownerOf(Object record) {
        return component(record, "owner").filter(UserId.class::isInstance).map(UserId.class::cast);
    }

    /** @return the record's {@code team} component (an optional text), if it has one and it is set */
    private static Optional<String> teamOf(Object record) {
        return component(record, "team").filter(Optional.class::isInstance).flatMap(o -> (Optional<?>) o)
                .filter(String.class::isInstance).map(String.class::cast);
    }

    private static Optional<Object> component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return Optional.ofNullable(c.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a record component of crm4j must be readable: " + c, e);
                }
            }
        }
        return Optional.empty();
    }
}
