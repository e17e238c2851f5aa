package org.crm4j.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ports an adapter implements, looked up by their interface: an immutable map from port type (such as
 * {@code CustomerRepository.class}) to the adapter's implementation, plus the {@link Transactions} they share.
 *
 * <pre>{@code
 * CrmPorts ports = CrmPorts.builder(transactions)
 *         .add(CustomerRepository.class, customers)
 *         .add(ProductRepository.class, products)
 *         ...
 *         .build();
 * Crm crm = Crm.of(ports, clock, ids);
 * }</pre>
 *
 * <p>Adding a feature adds port types, never a constructor parameter, so adapters written before it still
 * compile. {@link Crm} checks when it starts that every port its features need is present and otherwise fails
 * with an {@link IllegalArgumentException} naming each missing port and its feature. All ports of one bundle share
 * one store and one {@code Transactions}: a service operation that uses several ports is atomic across them. One
 * adapter object may implement several ports (add it once per port type). Instances are immutable and
 * thread-safe.
 */
public final class CrmPorts {

    private final Transactions transactions;
    private final Map<Class<?>, Object> ports;

    private CrmPorts(Transactions transactions, Map<Class<?>, Object> ports) {
        this.transactions = transactions;
        this.ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
    }

    /**
     * Starts a bundle.
     *
     * @param transactions the transaction port every port of the bundle joins, not null
     * @return an empty builder
     * @throws NullPointerException if {@code transactions} is null
     */
    public static Builder builder(Transactions transactions) {
        return new Builder(Objects.requireNonNull(transactions, "transactions"));
    }

    /** @return the transaction port shared by every port of this bundle */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * The implementation of a port.
     *
     * @param type the port's interface, for example {@code CustomerRepository.class}
     * @param <P>  the port type
     * @return the adapter's implementation
     * @throws IllegalArgumentException naming the port and its feature if the bundle lacks it
     */
    public <P> P get(Class<P> type) {
        Object port = ports.get(Objects.requireNonNull(type, "type"));
        if (port == null) {
            throw missing(List.of(type));
        }
        return type.cast(port);
    }

    /**
     * @param type a port's interface
     * @return whether this bundle holds an implementation of it
     */
    public boolean has(Class<?> type) {
        return ports.containsKey(type);
    }

    /** @return the port types of this bundle, in the order they were added */
    public Set<Class<?>> types() {
        return ports.keySet();
    }

    /**
     * Checks that this bundle holds every port of a list, so that a CRM fails when it starts rather than at the
     * first call of a feature its adapter lacks.
     *
     * @param required the port interfaces needed, not null
     * @return this bundle
     * @throws IllegalArgumentException naming every missing port and its feature, for example
     *                                  {@code "ports must provide every port crm4j's features need; missing
     *                                  CampaignRepository (feature campaign)"}
     */
    public CrmPorts requireAll(Collection<Class<?>> required) {
        List<Class<?>> absent = new ArrayList<>();
        for (Class<?> type : required) {
            if (!has(type)) {
                absent.add(type);
            }
        }
        if (!absent.isEmpty()) {
            throw missing(absent);
        }
        return this;
    }

    /**
     * A copy of this bundle with one port added or replaced, for example to wrap a repository in a decorator.
     *
     * @param type the port's interface, not null
     * @param port the implementation, not null
     * @param <P>  the port type
     * @return the copy; this bundle is unchanged
     * @throws IllegalArgumentException if {@code type} is not an interface
     */
    public <P> CrmPorts with(Class<P> type, P port) {
        Map<Class<?>, Object> copy = new LinkedHashMap<>(ports);
        copy.put(checkedType(type), checkedPort(type, port));
        return new CrmPorts(transactions, copy);
    }

    /** @return the port types held, for diagnostics */
    @Override
    public String toString() {
        return ports.keySet().stream().map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "CrmPorts[", "]"));
    }

    private static IllegalArgumentException missing(List<Class<?>> absent) {
        return new IllegalArgumentException(absent.stream().map(CrmPorts::describe)
                .collect(Collectors.joining(", ", "ports must provide every port crm4j's features need; missing ",
                        "")));
    }

    /** @return {@code "CampaignRepository (feature campaign)"}: the feature is the last segment of the package */
    private static String describe(Class<?> type) {
        String pkg = type.getPackageName();
        return type.getSimpleName() + " (feature " + pkg.substring(pkg.lastIndexOf('.') + 1) + ")";
    }

    private static Class<?> checkedType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        if (!type.isInterface()) {
            throw new IllegalArgumentException("type must be a port interface, was " + type.getName());
        }
        return type;
    }

    private static Object checkedPort(Class<?> type, Object port) {
        return type.cast(Objects.requireNonNull(port, () -> "port of " + type.getSimpleName()));
    }

    /** Collects the ports of one bundle; not thread-safe, use it from one thread. */
    public static final class Builder {

        private final Transactions transactions;
        private final Map<Class<?>, Object> ports = new LinkedHashMap<>();

        private Builder(Transactions transactions) {
            this.transactions = transactions;
        }

        /**
         * Adds a port.
         *
         * @param type the port's interface, for example {@code CustomerRepository.class}, not null
         * @param port the adapter's implementation, not null
         * @param <P>  the port type
         * @return this builder
         * @throws IllegalArgumentException if {@code type} is not an interface or was added before
         */
        public <P> Builder add(Class<P> type, P port) {
            Class<?> checked = checkedType(type);
            if (ports.containsKey(checked)) {
                throw new IllegalArgumentException("type must be added once, was added twice: " + type.getName());
            }
            ports.put(checked, checkedPort(type, port));
            return this;
        }

        /** @return the bundle */
        public CrmPorts build() {
            return new CrmPorts(transactions, ports);
        }
    }
}
