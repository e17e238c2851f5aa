package org.crm4j.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.BasketSink;
import org.crm4j.core.product.ProductId;

/**
 * Groups raw sale lines (customer, UTC day, product, signed quantity; returns negative, on their sale's day) into
 * baskets in memory, in the order {@link org.crm4j.core.insight.DemandHistories#basketLines} promises: customers and
 * products in unsigned UUID order, days ascending, products whose net units are not positive left out.
 *
 * <p>Built for millions of lines: each distinct customer and product becomes an int (its rank in unsigned UUID
 * order), a line is four ints in growable primitive arrays, customers are bucketed by a counting sort (O(n)) and
 * each customer's lines merge-sorted as packed {@code long}s ({@code day << 32 | product}); no object per line. Not
 * thread-safe: one per read.
 */
final class BasketGrouper {

    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final Map<UUID, Integer> customerIndex = new HashMap<>();
    private final Map<UUID, Integer> productIndex = new HashMap<>();
    private final List<UUID> customers = new ArrayList<>();
    private final List<UUID> products = new ArrayList<>();
    private int[] customer = new int[1 << 16];
    private int[] day = new int[1 << 16];
    private int[] product = new int[1 << 16];
    private int[] quantity = new int[1 << 16];
    private int size;
    private int minDay = Integer.MAX_VALUE;

    /**
     * Adds a line.
     *
     * @param buyer    the customer, not null
     * @param epochDay the UTC day of the sale (of the returned sale for a return), as days since 1970-01-01
     * @param item     the product, not null
     * @param units    the units, negative for a return
     */
    void add(UUID buyer, int epochDay, UUID item, int units) {
        if (size == customer.length) {
            int grown = Math.addExact(size, size >> 1);
            customer = Arrays.copyOf(customer, grown);
            day = Arrays.copyOf(day, grown);
            product = Arrays.copyOf(product, grown);
            quantity = Arrays.copyOf(quantity, grown);
        }
        customer[size] = index(buyer, customerIndex, customers);
        day[size] = epochDay;
        product[size] = index(item, productIndex, products);
        quantity[size] = units;
        minDay = Math.min(minDay, epochDay);
        size++;
    }

    private static int index(UUID id, Map<UUID, Integer> index, List<UUID> ids) {
        Integer known = index.get(id);
        if (known != null) {
            return known;
        }
        index.put(id, ids.size());
        ids.add(id);
        return ids.size() - 1;
    }

    /**
     * Hands the baskets to the sink, one call per customer and day with a positive net product.
     *
     * @param sink the sink, not null
     */
    void emit(BasketSink sink) {
        int[] customerRank = ranks(customers);
        int[] productRank = ranks(products);
        ProductId[] productIds = new ProductId[products.size()];
        for (int p = 0; p < productIds.length; p++) {
            productIds[productRank[p]] = new ProductId(products.get(p));
        }
        UUID[] customerIds = new UUID[customers.size()];
        for (int c = 0; c < customerIds.length; c++) {
            customerIds[customerRank[c]] = customers.get(c);
        }
        // counting sort of the lines by customer rank
        int[] start = new int[customers.size() + 1];
        for (int i = 0; i < size; i++) {
            start[customerRank[customer[i]] + 1]++;
        }
        for (int c = 0; c < customers.size(); c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, customers.size());
        int[] byCustomer = new int[size];
        for (int i = 0; i < size; i++) {
            byCustomer[next[customerRank[customer[i]]]++] = i;
        }
        long[] keys = new long[16];
        int[] units = new int[16];
        long[] keyBuffer = new long[16];
        int[] unitBuffer = new int[16];
        List<ProductId> basket = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            int n = start[c + 1] - start[c];
            if (keys.length < n) {
                int length = Math.max(n, keys.length * 2);
                keys = new long[length];
                units = new int[length];
                keyBuffer = new long[length];
                unitBuffer = new int[length];
            }
            for (int k = 0; k < n; k++) {
                int i = byCustomer[start[c] + k];
                keys[k] = ((long) (day[i] - minDay) << 32) | productRank[product[i]];
                units[k] = quantity[i];
            }
            sortPairs(keys, units, n, keyBuffer, unitBuffer);
            CustomerId buyer = null;
            int k = 0;
            while (k < n) {
                long dayPart = keys[k] >>> 32;
                basket.clear();
                while (k < n && keys[k] >>> 32 == dayPart) {
                    long key = keys[k];
                    long net = 0;
                    while (k < n && keys[k] == key) {
                        net += units[k++];
                    }
                    if (net > 0) {
                        basket.add(productIds[(int) key]);
                    }
                }
                if (!basket.isEmpty()) {
                    buyer = buyer == null ? new CustomerId(customerIds[c]) : buyer;
                    sink.basket(buyer, LocalDate.ofEpochDay(minDay + dayPart), List.copyOf(basket));
                }
            }
        }
    }

    /**
     * Sorts {@code keys[0, n)} ascending, permuting {@code values} alike: a bottom-up merge sort, O(n log n), no
     * boxing ({@code buffer} and {@code spare} at least {@code n} long).
     */
    private static void sortPairs(long[] keys, int[] values, int n, long[] buffer, int[] spare) {
        long[] fromKeys = keys;
        int[] fromValues = values;
        long[] toKeys = buffer;
        int[] toValues = spare;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || fromKeys[i] <= fromKeys[j])) {
                        toKeys[k] = fromKeys[i];
                        toValues[k] = fromValues[i++];
                    } else {
                        toKeys[k] = fromKeys[j];
                        toValues[k] = fromValues[j++];
                    }
                }
            }
            long[] swapKeys = fromKeys;
            fromKeys = toKeys;
            toKeys = swapKeys;
            int[] swapValues = fromValues;
            fromValues = toValues;
            toValues = swapValues;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, n);
            System.arraycopy(fromValues, 0, values, 0, n);
        }
    }

    /** @return each id's rank in unsigned UUID order, indexed by its position in {@code ids} */
    private static int[] ranks(List<UUID> ids) {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> UNSIGNED.compare(ids.get(a), ids.get(b)));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
