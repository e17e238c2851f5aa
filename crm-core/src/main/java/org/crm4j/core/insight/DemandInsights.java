package org.crm4j.core.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductService;

/** The demand insights of {@link DefaultInsightService}: reads the unit sales, forecasts products in parallel. */
final class DemandInsights {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final DemandHistories histories;
    private final ProductService products;
    private final Transactions transactions;

    DemandInsights(DemandHistories histories, ProductService products, Transactions transactions) {
        this.histories = histories;
        this.products = products;
        this.transactions = transactions;
    }

    /** The start of the period holding {@code asOf}: the history ends just before it. */
    static LocalDate currentPeriod(DemandOptions options) {
        return options.period().startOf(options.asOf().atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static Instant end(DemandOptions options) {
        return currentPeriod(options).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    DemandForecast demand(ProductId product, DemandOptions options, ProgressListener listener) {
        if (product == null) {
            throw new ValidationException("productId", "must not be null", null);
        }
        check(options, listener);
        record Read(Product product, List<UnitSales> sales) {
        }
        Read read = transactions.inTransaction(() -> new Read(products.get(product),
                histories.unitSales(options.period(), Optional.of(product), end(options))));
        listener.progress("read " + read.sales().size() + " periods with sales", 1, 2);
        DemandForecast forecast = forecast(product, read.sales(), read.product().stock(), options);
        listener.progress("forecast by " + forecast.method(), 2, 2);
        return forecast;
    }

    List<DemandForecast> demandForAll(DemandOptions options, ProgressListener listener) {
        check(options, listener);
        record Read(List<UnitSales> sales, Map<ProductId, Integer> stock) {
        }
        Read read = transactions.inTransaction(() -> new Read(
                histories.unitSales(options.period(), Optional.empty(), end(options)), histories.stockLevels()));
        Map<ProductId, List<UnitSales>> byProduct = new LinkedHashMap<>();
        read.sales().forEach(s -> byProduct.computeIfAbsent(s.productId(), id -> new ArrayList<>()).add(s));
        List<ProductId> ids = List.copyOf(byProduct.keySet());
        int count = ids.size();
        listener.progress("read " + read.sales().size() + " product-periods of " + count + " products", 1,
                count + 1);
        if (count == 0) {
            return List.of();
        }
        int threads = Math.min(count,
                options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads());
        DemandForecast[] results = new DemandForecast[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        try {
            CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < count; i++) {
                int index = i;
                ProductId id = ids.get(i);
                done.submit(() -> {
                    results[index] = forecast(id, byProduct.get(id), read.stock().getOrDefault(id, 0), options);
                    return index;
                });
            }
            for (int k = 1; k <= count; k++) {
                int index = done.take().get();
                listener.progress("forecast product " + ids.get(index).value() + " by " + results[index].method(),
                        k + 1, count + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forecasting demand", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "crm4j-demand-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void check(DemandOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
    }

    /** Zero-fills the product's periods from its first sale to the last complete period and forecasts them. */
    private static DemandForecast forecast(ProductId product, List<UnitSales> sales, int stock,
            DemandOptions options) {
        DemandPeriod period = options.period();
        LocalDate end = currentPeriod(options);
        if (sales.isEmpty()) {
            return DemandForecaster.forecast(product, Optional.empty(), new long[0], stock, options);
        }
        LocalDate start = sales.get(0).periodStart();
        long[] units = new long[(int) period.between(start, end)];
        for (UnitSales s : sales) {
            units[(int) period.between(start, s.periodStart())] += s.units();
        }
        return DemandForecaster.forecast(product, Optional.of(start), units, stock, options);
    }
}
