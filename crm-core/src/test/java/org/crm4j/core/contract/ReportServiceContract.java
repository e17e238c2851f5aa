package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.report.CustomerRevenue;
import org.crm4j.core.report.ProductMonthlySales;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link org.crm4j.core.report.ReportService} reports about sales recorded through the services. */
public abstract class ReportServiceContract extends PortsContract {

    private static final Instant START = Instant.parse("2026-01-30T09:00:00Z");

    private Crm crm;
    private Customer ada;
    private Product tea;

    @BeforeEach
    final void twoMonthsOfSales() {
        MutableClock clock = new MutableClock(START);
        crm = crm(clock, IdGenerator.sequence());
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 100));
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 2));
        clock.advance(Duration.ofDays(5));
        Sale february = crm.sales().record(NewSale.of(ada.id(), tea.id(), 4));
        clock.advance(Duration.ofDays(1));
        crm.sales().recordReturn(NewReturn.of(february.id(), 1));
    }

    @Test
    void salesPerProductPerMonth_salesAndAReturn_areNettedPerMonth() {
        List<ProductMonthlySales> report = crm.reports().salesPerProductPerMonth(START, START.plus(Duration.ofDays(30)));

        assertEquals(List.of(
                new ProductMonthlySales(tea.id(), YearMonth.of(2026, 1), 2, eur("9.00")),
                new ProductMonthlySales(tea.id(), YearMonth.of(2026, 2), 3, eur("13.50"))), report);
    }

    @Test
    void revenuePerCustomer_salesAndAReturn_isTheNetRevenue() {
        assertEquals(List.of(new CustomerRevenue(ada.id(), eur("22.50"), 2)),
                crm.reports().revenuePerCustomer(START, START.plus(Duration.ofDays(30))));
    }

    @Test
    void rfmInputs_salesAndAReturn_giveTheLatestPurchase() {
        assertEquals(List.of(new RfmInput(ada.id(), START.plus(Duration.ofDays(5)), 2, eur("22.50"))),
                crm.reports().rfmInputs(START, START.plus(Duration.ofDays(30))));
    }
}
