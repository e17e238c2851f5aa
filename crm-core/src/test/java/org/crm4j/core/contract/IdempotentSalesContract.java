package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.crm4j.core.CommitOutcomeUnknownException;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.RetryPolicy;
import org.crm4j.core.Transactions;
import org.crm4j.core.TransientException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotent sales (a request id recorded twice is one sale, also from eight threads at once and in batches) and
 * the {@link RetryPolicy} over any adapter's ports: transient failures before the commit are repeated, an unknown
 * commit outcome is repeated only for sales with a request id. Faults are injected by wrapping the adapter's
 * {@link Transactions}.
 */
public abstract class IdempotentSalesContract extends PortsContract {

    /** The number of threads of the concurrency test. */
    protected static final int THREADS = 8;

    private Crm crm;
    private Customer ada;
    private Product tea;

    @BeforeEach
    final void customerAndProduct() {
        crm = crm(new MutableClock(NOW), IdGenerator.sequence());
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 100));
    }

    private int stock() {
        return crm.products().get(tea.id()).stock();
    }

    @Test
    void record_sameRequestIdTwice_returnsTheStoredSaleAndRecordsOnce() {
        NewSale sale = NewSale.of(ada.id(), tea.id(), 3).withRequestId("order-17");

        Sale first = crm.sales().record(sale);
        Sale again = crm.sales().record(sale);

        assertEquals(first, again);
        assertEquals("order-17", first.requestId().orElseThrow());
        assertEquals(97, stock());
        assertEquals(1, state().sales().size());
    }

    @Test
    void record_requestIdOfADifferentSale_isRefusedAndWritesNothing() {
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 3).withRequestId("order-17"));
        State before = state();

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 4).withRequestId("order-17")));

        assertEquals("requestId", e.field());
        assertTrue(e.rule().startsWith("must not be reused for a different sale"), e.rule());
        assertEquals(before, state());
    }

    @Test
    void record_invalidRequestId_isRefusedNamingTheRule() {
        State before = state();
        for (String bad : List.of("", "with space", "x".repeat(101), "é")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withRequestId(bad)));
            assertEquals("requestId", e.field());
            assertEquals(Sale.REQUEST_ID_RULE, e.rule());
        }
        assertEquals(before, state());
    }

    @Test
    void record_eightThreadsWithTheSameRequestId_recordOneSaleAndAllGetIt() throws Exception {
        NewSale sale = NewSale.of(ada.id(), tea.id(), 2).withRequestId("checkout-42");
        ConcurrentLinkedQueue<Sale> results = new ConcurrentLinkedQueue<>();
        List<Callable<Sale>> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            calls.add(() -> {
                Sale recorded = crm.sales().record(sale);
                results.add(recorded);
                return recorded;
            });
        }

        List<Throwable> failures = Concurrently.run(calls);

        assertEquals(List.of(), failures);
        assertEquals(1, new HashSet<>(results).size(), () -> "results: " + results);
        assertEquals(1, state().sales().size());
        assertEquals(98, stock());
    }

    @Test
    void recordAll_repeatedBatch_returnsTheStoredSalesAndRecordsOnlyNewEntries() {
        List<NewSale> batch = List.of(NewSale.of(ada.id(), tea.id(), 1).withRequestId("b-1"),
                NewSale.of(ada.id(), tea.id(), 2).withRequestId("b-2"), NewSale.of(ada.id(), tea.id(), 3));
        List<Sale> first = crm.sales().recordAll(batch);

        List<Sale> again = crm.sales().recordAll(batch.subList(0, 2));
        List<Sale> mixed = crm.sales().recordAll(List.of(batch.get(1),
                NewSale.of(ada.id(), tea.id(), 4).withRequestId("b-3")));

        assertEquals(first.subList(0, 2), again);
        assertEquals(first.get(1), mixed.get(0));
        assertEquals("b-3", mixed.get(1).requestId().orElseThrow());
        assertEquals(100 - 1 - 2 - 3 - 4, stock());
        assertEquals(4, state().sales().size());
    }

    @Test
    void recordAll_sameRequestIdTwiceInOneCall_isRefusedNamingTheEntry() {
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 1).withRequestId("dup"),
                NewSale.of(ada.id(), tea.id(), 1).withRequestId("dup"))));

        assertEquals("sales[1].requestId", e.field());
        assertEquals("must be unique within the call", e.rule());
        assertEquals(before, state());
    }

    @Test
    void recordAll_eightThreadsWithTheSameBatch_recordItOnce() throws Exception {
        List<NewSale> batch = List.of(NewSale.of(ada.id(), tea.id(), 1).withRequestId("c-1"),
                NewSale.of(ada.id(), tea.id(), 2).withRequestId("c-2"));
        ConcurrentLinkedQueue<List<Sale>> results = new ConcurrentLinkedQueue<>();
        List<Callable<List<Sale>>> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            calls.add(() -> {
                List<Sale> recorded = crm.sales().recordAll(batch);
                results.add(recorded);
                return recorded;
            });
        }

        assertEquals(List.of(), Concurrently.run(calls));
        assertEquals(1, new HashSet<>(results).size());
        assertEquals(2, state().sales().size());
        assertEquals(97, stock());
    }

    @Test
    void retryPolicy_commitOutcomeUnknownAfterTheCommit_repeatsAKeyedSaleAndFindsIt() {
        Faults faults = new Faults(ports.transactions());
        Crm retrying = crmWith(faults, RetryPolicy.of(3, Duration.ZERO));
        faults.unknownAfterCommit.set(1);

        Sale sale = retrying.sales().record(NewSale.of(ada.id(), tea.id(), 5).withRequestId("lost-reply"));

        assertEquals(List.of(sale), state().sales());
        assertEquals(95, stock());
        assertEquals(2, faults.outermost.get(), "the first attempt and one repetition");
    }

    @Test
    void retryPolicy_commitOutcomeUnknown_isNotRepeatedForASaleWithoutRequestId() {
        Faults faults = new Faults(ports.transactions());
        Crm retrying = crmWith(faults, RetryPolicy.of(3, Duration.ZERO));
        faults.unknownAfterCommit.set(1);

        assertThrows(CommitOutcomeUnknownException.class,
                () -> retrying.sales().record(NewSale.of(ada.id(), tea.id(), 5)));

        assertEquals(1, state().sales().size(), "the commit had succeeded: a blind repetition would sell twice");
        assertEquals(1, faults.outermost.get());
    }

    @Test
    void retryPolicy_transientFailuresBeforeTheCommit_areRepeatedUpToMaxAttempts() {
        Faults faults = new Faults(ports.transactions());
        Crm retrying = crmWith(faults, RetryPolicy.of(3, Duration.ofMillis(1)));
        faults.transientBefore.set(2);

        Sale sale = retrying.sales().record(NewSale.of(ada.id(), tea.id(), 1));
        assertEquals(List.of(sale), state().sales());

        faults.transientBefore.set(3);
        TransientException e = assertThrows(TransientException.class,
                () -> retrying.customers().register(NewCustomer.of("Bob", "bob@example.org")));
        assertEquals(2, countSuppressed(e), "three attempts, the first two suppressed");
        assertEquals(1, state().customers().size());
    }

    @Test
    void noRetryPolicy_transientFailure_propagatesAtOnce() {
        Faults faults = new Faults(ports.transactions());
        Crm plain = crmWith(faults, RetryPolicy.none());
        faults.transientBefore.set(1);

        assertThrows(TransientException.class, () -> plain.sales().record(NewSale.of(ada.id(), tea.id(), 1)));

        assertEquals(1, faults.outermost.get());
        assertEquals(List.of(), state().sales());
    }

    private static int countSuppressed(Throwable e) {
        int n = 0;
        for (Throwable t = e; t.getSuppressed().length > 0; t = t.getSuppressed()[0]) {
            n++;
        }
        return n;
    }

    private Crm crmWith(Transactions transactions, RetryPolicy policy) {
        CrmPorts.Builder builder = CrmPorts.builder(transactions);
        for (Class<?> type : ports.types()) {
            copy(builder, type);
        }
        return Crm.builder(builder.build()).clock(new MutableClock(NOW)).ids(IdGenerator.random())
                .retryPolicy(policy).build();
    }

    private <P> void copy(CrmPorts.Builder builder, Class<P> type) {
        builder.add(type, ports.get(type));
    }

    /**
     * The adapter's transactions with injected faults of the outermost transaction: {@code transientBefore} fails
     * that many attempts before running the work (nothing written); {@code unknownAfterCommit} lets that many
     * commit and then throws as if the commit's reply had been lost.
     */
    private static final class Faults implements Transactions {

        final AtomicInteger transientBefore = new AtomicInteger();
        final AtomicInteger unknownAfterCommit = new AtomicInteger();
        final AtomicInteger outermost = new AtomicInteger();
        private final Transactions delegate;
        private final Set<Thread> inside = ConcurrentHashMap.newKeySet();

        Faults(Transactions delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (!inside.add(Thread.currentThread())) {
                return delegate.inTransaction(work);
            }
            try {
                outermost.incrementAndGet();
                if (transientBefore.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new TransientException("injected: connection lost before the commit", null);
                }
                T result = delegate.inTransaction(work);
                if (unknownAfterCommit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new CommitOutcomeUnknownException("injected: reply to the commit lost", null);
                }
                return result;
            } finally {
                inside.remove(Thread.currentThread());
            }
        }

        @Override
        public boolean active() {
            return inside.contains(Thread.currentThread());
        }
    }
}
