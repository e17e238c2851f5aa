package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * crm4j's access control seen through the console in a real browser: the signed-in user is crm4j's acting user,
 * sales representatives see and change only their own customers, and a refusal is a 403 page that names what was
 * refused, with nothing changed.
 */
class ConsoleAccessBrowserTest extends BrowserTest {

    @Test
    void rep1_opensRep2sCustomerByUrl_isRefused_andCannotChangeIt() {
        Customer theirs = RunningConsole.as("rep2",
                () -> crm.customers().register(NewCustomer.of("Rep Two Client", "client@rep2.example")));
        Customer own = RunningConsole.as("rep1",
                () -> crm.customers().register(NewCustomer.of("Rep One Client", "client@rep1.example")));
        String id = theirs.id().value().toString();
        browser.login("rep1");

        browser.go("/customers/" + id + "/edit");
        assertEquals("rep1 [SALES_REP] of team north may not access customer " + id
                + " (CustomerService.get)", browser.byId("refusal").getText());
        assertEquals("customer " + id, browser.byId("refused-record").getText());
        assertTrue(browser.text().contains("403 Forbidden"), browser.text());
        browser.screenshot("refused-customer");

        browser.go("/customers/" + id + "/timeline");
        assertTrue(browser.byId("refusal").getText().contains("may not access customer " + id), browser.text());

        // the own customer's form, posted to the other's address: crm4j refuses, nothing is written
        browser.go("/customers/" + own.id().value() + "/edit");
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('form.record').action = arguments[0];", "/customers/" + id + "/edit");
        browser.type("name", "Taken Over");
        browser.clickAndWait(browser.byId("save"));
        assertTrue(browser.byId("refusal").getText().startsWith("rep1 [SALES_REP] of team north may not"
                + " access customer " + id), browser.text());
        assertEquals("Rep Two Client", RunningConsole.asSystem(() -> crm.customers().get(theirs.id())).name());
        assertEquals(0, RunningConsole.bean(ActivityLog.class).count("updated customer " + id));
    }

    @Test
    void customerList_showsEachUserTheCustomersInTheirScope() {
        RunningConsole.as("rep1", () -> crm.customers().register(NewCustomer.of("Scope One", "one@scope.example")));
        RunningConsole.as("rep2", () -> crm.customers().register(NewCustomer.of("Scope Two", "two@scope.example")));

        browser.login("rep1");
        browser.go("/customers?q=Scope");
        assertEquals(List.of("Scope One"), names(), "a sales rep sees their own customers only");
        long rep1Total = total("/customers");
        browser.screenshot("customers-rep1");

        browser.login("manager");
        browser.go("/customers?q=Scope");
        assertEquals(List.of("Scope One", "Scope Two"), names(), "the manager sees the whole team's");

        browser.login("admin");
        browser.go("/customers?q=Scope");
        assertEquals(List.of("Scope One", "Scope Two"), names());
        long adminTotal = total("/customers");
        long all = RunningConsole.asSystem(() -> crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 1))
                .totalElements());
        assertEquals(all, adminTotal, "the admin sees every customer, the demo company's too");
        assertTrue(rep1Total < adminTotal, "rep1 " + rep1Total + ", admin " + adminTotal);
    }

    @Test
    void demoCustomers_handedOutToTheReps_eachSeesTheirsAndTheShared() {
        Map<String, Customer> kinds = RunningConsole.asSystem(() -> {
            Map<String, Customer> found = new HashMap<>();
            for (Customer c : crm.customers().search(CustomerQuery.all(), PageRequest.of(0, PageRequest.MAX_SIZE))
                    .content()) {
                if (!c.email().value().endsWith("@example.com")) {
                    continue; // not the demo company's
                }
                Optional<Ownership> owner = crm.access().ownership(new RecordRef(RecordType.CUSTOMER, c.id().value()));
                String kind = owner.map(o -> o.owner().value() + (o.shared() ? " shared" : "")).orElse("house");
                found.putIfAbsent(kind, c);
            }
            return found;
        });
        assertEquals(java.util.Set.of("rep1", "rep2", "rep2 shared", "house"), kinds.keySet());

        browser.login("rep1");
        for (String kind : List.of("rep1", "rep2 shared")) {
            browser.go("/customers/" + kinds.get(kind).id().value() + "/timeline");
            assertTrue(browser.text().contains(kinds.get(kind).name()), kind + ": " + browser.text());
        }
        for (String kind : List.of("rep2", "house")) {
            browser.go("/customers/" + kinds.get(kind).id().value() + "/timeline");
            assertTrue(browser.byId("refusal").getText().contains("may not access customer"), kind);
        }
        browser.login("manager");
        browser.go("/customers/" + kinds.get("rep2").id().value() + "/timeline");
        assertTrue(browser.text().contains(kinds.get("rep2").name()), "the team's manager sees rep2's customers");
        browser.go("/customers/" + kinds.get("house").id().value() + "/timeline");
        assertTrue(browser.byId("refusal").getText().contains("may not access customer"), "but not the house's");
    }

    private static List<String> names() {
        return browser.driver.findElements(By.cssSelector("#customers tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
    }

    /** @return the "N in all" of a list page */
    private static long total(String path) {
        browser.go(path);
        Matcher m = Pattern.compile("(\\d+) in all").matcher(browser.text());
        assertTrue(m.find(), browser.text());
        return Long.parseLong(m.group(1));
    }
}
