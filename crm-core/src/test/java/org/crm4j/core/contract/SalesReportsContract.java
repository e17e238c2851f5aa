package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.product;
import static org.crm4j.core.contract.Fixtures.returnOf;
import static org.crm4j.core.contract.Fixtures.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.crm4j.core.Money;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.report.CustomerRevenue;
import org.crm4j.core.report.ProductMonthlySales;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.report.SalesReports;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SalesReports} port must compute, on one small sales history: two customers, two products in
 * euros and one in yen, a return, and sales on both sides of month and period boundaries.
 */
public abstract class SalesReportsContract extends PortsContract {

    private CustomerRepository customers() {
        return ports.get(CustomerRepository.class);
    }

    private ProductRepository products() {
        return ports.get(ProductRepository.class);
    }

    private SaleRepository sales() {
        return ports.get(SaleRepository.class);
    }

    private SalesReports reports() {
        return ports.get(SalesReports.class);
    }

    private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

    private Customer ada;
    private Customer bob;
    private Product tea;
    private Product coffee;
    private Product sushi;

    @BeforeEach
    final void salesHistory() {
        ada = tx(() -> customers().save(customer(1, "Ada", "ada@example.org", NOW)));
        bob = tx(() -> customers().save(customer(2, "Bob", "bob@example.org", NOW)));
        tea = tx(() -> products().save(product(1, "TEA", "Tea", eur("4.50"), 100, NOW)));
        coffee = tx(() -> products().save(product(2, "COFFEE", "Coffee", eur("6.00"), 100, NOW)));
        sushi = tx(() -> products().save(product(3, "SUSHI", "Sushi", Money.of("1200", "JPY"), 100, NOW)));
        save(sale(1, ada.id(), tea.id(), 2, tea.price(), Instant.parse("2026-01-31T23:59:59Z")));
        save(sale(2, ada.id(), tea.id(), 1, tea.price(), Instant.parse("2026-02-01T00:00:00Z")));
        Sale bobsTea = save(sale(3, bob.id(), tea.id(), 3, tea.price(), Instant.parse("2026-02-10T12:00:00Z")));
        save(returnOf(4, bobsTea, 1, Instant.parse("2026-02-11T09:00:00Z")));
        save(sale(5, ada.id(), coffee.id(), 1, coffee.price(), Instant.parse("2026-02-15T08:00:00Z")));
        save(sale(6, bob.id(), sushi.id(), 2, sushi.price(), Instant.parse("2026-02-20T19:30:00Z")));
        save(sale(7, ada.id(), tea.id(), 5, tea.price(), MARCH));
    }

    private Sale save(Sale sale) {
        return tx(() -> sales().save(sale));
    }

    @Test
    void salesPerProductPerMonth_period_netsReturnsPerUtcMonthAndCurrency() {
        List<ProductMonthlySales> report = tx(() -> reports().salesPerProductPerMonth(JANUARY, MARCH));

        assertEquals(List.of(
                new ProductMonthlySales(tea.id(), YearMonth.of(2026, 1), 2, eur("9.00")),
                new ProductMonthlySales(tea.id(), YearMonth.of(2026, 2), 3, eur("13.50")),
                new ProductMonthlySales(coffee.id(), YearMonth.of(2026, 2), 1, eur("6.00")),
                new ProductMonthlySales(sushi.id(), YearMonth.of(2026, 2), 2, Money.of("2400", "JPY"))), report);
    }

    @Test
    void revenuePerCustomer_period_netsReturnsAndCountsSalesOnly() {
        List<CustomerRevenue> report = tx(() -> reports().revenuePerCustomer(JANUARY, MARCH));

        assertEquals(List.of(
                new CustomerRevenue(ada.id(), eur("19.50"), 3),
                new CustomerRevenue(bob.id(), eur("9.00"), 1),
                new CustomerRevenue(bob.id(), Money.of("2400", "JPY"), 1)), report);
    }

    @Test
    void rfmInputs_period_givesLatestPurchaseFrequencyAndNetRevenuePerCurrency() {
        List<RfmInput> report = tx(() -> reports().rfmInputs(JANUARY, MARCH));

        assertEquals(List.of(
                new RfmInput(ada.id(), Instant.parse("2026-02-15T08:00:00Z"), 3, eur("19.50")),
                new RfmInput(bob.id(), Instant.parse("2026-02-10T12:00:00Z"), 1, eur("9.00")),
                new RfmInput(bob.id(), Instant.parse("2026-02-20T19:30:00Z"), 1, Money.of("2400", "JPY"))), report);
    }

    @Test
    void revenuePerCustomer_periodWithOnlyAReturn_isNegativeWithoutSales() {
        Instant day = Instant.parse("2026-02-11T00:00:00Z");

        List<CustomerRevenue> report = tx(() -> reports().revenuePerCustomer(day,
                day.plusSeconds(86_400)));

        assertEquals(List.of(new CustomerRevenue(bob.id(), eur("-4.50"), 0)), report);
    }

    @Test
    void rfmInputs_periodWithOnlyAReturn_isEmpty() {
        Instant day = Instant.parse("2026-02-11T00:00:00Z");

        assertEquals(List.of(), tx(() -> reports().rfmInputs(day, day.plusSeconds(86_400))));
    }

    @Test
    void everyReport_emptyPeriod_isEmpty() {
        assertEquals(List.of(), tx(() -> reports().salesPerProductPerMonth(MARCH, MARCH)));
        assertEquals(List.of(), tx(() -> reports().revenuePerCustomer(MARCH, MARCH)));
        assertEquals(List.of(), tx(() -> reports().rfmInputs(MARCH, MARCH)));
    }
}
