package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.report.CustomerRevenue;
import org.crm4j.core.report.PeriodSales;
import org.crm4j.core.report.ProductMonthlySales;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.report.SalesPeriod;
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

    // Sales: Fri 2026-01-30 2 × 4.50 = 9.00; Wed 2026-02-04 4 × 4.50 = 18.00; Thu 2026-02-05 a return of 1: -4.50.

    private static PeriodSales period(String start, String end, long sales, long returns, String revenue,
            String previous, String change, String percent) {
        return new PeriodSales(LocalDate.parse(start), LocalDate.parse(end), sales, returns, eur(revenue),
                eur(previous), eur(change), Optional.ofNullable(percent).map(BigDecimal::new));
    }

    @Test
    void salesByPeriod_days_changeAgainstTheDayBefore_percentEmptyAfterAZeroDay() {
        assertEquals(List.of(
                period("2026-02-03", "2026-02-04", 0, 0, "0.00", "0.00", "0.00", null),
                period("2026-02-04", "2026-02-05", 1, 0, "18.00", "0.00", "18.00", null),
                // (-4.50 - 18.00) / 18.00 = -125 %
                period("2026-02-05", "2026-02-06", 0, 1, "-4.50", "18.00", "-22.50", "-125.00")),
                crm.reports().salesByPeriod(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 6), SalesPeriod.DAY));
    }

    @Test
    void salesByPeriod_weeks_theFirstWeekComparesWithTheWeekBeforeFrom() {
        // week of Monday 2026-02-02: 18.00 - 4.50 = 13.50 against 9.00 in the week of 2026-01-26: +4.50, +50 %
        assertEquals(List.of(period("2026-02-02", "2026-02-09", 1, 1, "13.50", "9.00", "4.50", "50.00")),
                crm.reports().salesByPeriod(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 9), SalesPeriod.WEEK));
    }

    @Test
    void salesByPeriod_months() {
        assertEquals(List.of(
                period("2026-01-01", "2026-02-01", 1, 0, "9.00", "0.00", "9.00", null),
                period("2026-02-01", "2026-03-01", 1, 1, "13.50", "9.00", "4.50", "50.00"),
                period("2026-03-01", "2026-04-01", 0, 0, "0.00", "13.50", "-13.50", "-100.00")),
                crm.reports().salesByPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), SalesPeriod.MONTH));
        assertEquals(List.of(), crm.reports().salesByPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1),
                SalesPeriod.MONTH));
        assertEquals(List.of(), crm.reports().salesByPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1),
                SalesPeriod.MONTH));
    }

    private void assertRefused(String field, String rule, LocalDate from, LocalDate to, SalesPeriod period) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.reports().salesByPeriod(from, to, period));
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }

    @Test
    void salesByPeriod_badPeriods_areRefused() {
        LocalDate monday = LocalDate.of(2026, 2, 2);
        assertRefused("period", "must not be null", monday, monday, null);
        assertRefused("from", "must not be null", null, monday, SalesPeriod.DAY);
        assertRefused("to", "must not be before from", monday, monday.minusDays(1), SalesPeriod.DAY);
        assertRefused("from", "must be a Monday to start or end WEEK periods", monday.plusDays(1),
                monday.plusWeeks(2), SalesPeriod.WEEK);
        assertRefused("to", "must be a Monday to start or end WEEK periods", monday, monday.plusDays(10),
                SalesPeriod.WEEK);
        assertRefused("from", "must be the first day of a month to start or end MONTH periods",
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 1), SalesPeriod.MONTH);
        assertRefused("to", "must be the first day of a month to start or end MONTH periods",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2), SalesPeriod.MONTH);
        assertRefused("to", "must be at most 3660 periods after from", LocalDate.of(2000, 1, 1),
                LocalDate.of(2011, 1, 1), SalesPeriod.DAY);
        assertRefused("from", Require.STORABLE_DATE, LocalDate.of(1599, 12, 1), LocalDate.of(1600, 1, 1),
                SalesPeriod.MONTH);
    }
}
