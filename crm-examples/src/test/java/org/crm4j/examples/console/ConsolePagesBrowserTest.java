package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.crm4j.core.Money;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's other pages in a real browser: sales and stock, the pipeline board, campaigns, relationships,
 * tickets with their SLA, surveys, a customer's timeline and the host's activity log; a screenshot of each.
 */
class ConsolePagesBrowserTest extends BrowserTest {

    @Test
    void recordSale_theStockFalls() {
        RunningConsole.asSystem(() -> crm.products().create(new NewProduct("TEA-STOCK", "Stock tea",
                Money.of("4.50", "EUR"), 10)));
        RunningConsole.as("rep1", () -> crm.customers().register(NewCustomer.of("Stock Buyer", "buyer@stock.example")));
        browser.login("rep1");
        browser.go("/products?q=Stock");
        assertEquals("10", stockOf("TEA-STOCK"));

        browser.go("/sales/new");
        browser.type("customer", "buyer@stock.example");
        browser.type("product", "TEA-STOCK");
        browser.type("quantity", "3");
        browser.screenshot("sale-form");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Recorded 3 x TEA-STOCK for Stock Buyer (13.50 EUR); 7 left in stock",
                browser.message());
        browser.screenshot("sales");

        browser.go("/products?q=Stock");
        assertEquals("7", stockOf("TEA-STOCK"));
        browser.screenshot("products");

        browser.go("/sales/new");
        browser.type("customer", "buyer@stock.example");
        browser.type("product", "TEA-STOCK");
        browser.type("quantity", "8");
        browser.clickAndWait(browser.byId("save"));
        assertTrue(browser.byId("quantity-error").getText().startsWith("quantity "),
                browser.byId("quantity-error").getText());
        browser.go("/products?q=Stock");
        assertEquals("7", stockOf("TEA-STOCK"), "a refused sale takes nothing");
    }

    @Test
    void product_badPrice_showsTheMessageNextToThePrice() {
        browser.login("manager");
        browser.go("/products/new");
        browser.type("sku", "BAD-PRICE");
        browser.type("name", "Bad price");
        browser.type("price", "four");
        browser.clickAndWait(browser.byId("save"));
        assertTrue(browser.byId("price-error").getText().startsWith("price "), browser.byId("price-error").getText());
        assertTrue(RunningConsole.asSystem(() -> crm.products().findBySku("BAD-PRICE")).isEmpty());
    }

    @Test
    void pipeline_openThenMoveAnOpportunityAcrossTheBoard() {
        RunningConsole.as("rep2", () -> crm.customers().register(NewCustomer.of("Tea Rooms", "rooms@pipeline.example")));
        browser.login("rep2");
        browser.go("/pipeline");
        browser.type("name", "Tea for the tea rooms");
        browser.type("customer", "rooms@pipeline.example");
        browser.type("amount", "500");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('expectedCloseDate').value=arguments[0];",
                LocalDate.now().plusMonths(2).toString());
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Opened Tea for the tea rooms", browser.message());
        assertEquals(List.of("Tea for the tea rooms"), cardsIn("PROSPECTING"));

        move("Tea for the tea rooms", "PROPOSAL");
        assertTrue(browser.message().startsWith("Moved Tea for the tea rooms to PROPOSAL"));
        assertEquals(List.of(), cardsIn("PROSPECTING"));
        assertEquals(List.of("Tea for the tea rooms"), cardsIn("PROPOSAL"));
        browser.screenshot("pipeline");

        move("Tea for the tea rooms", "CLOSED_WON");
        assertTrue(browser.message().startsWith("Moved Tea for the tea rooms to CLOSED_WON"), browser.message());
        assertEquals(List.of("Tea for the tea rooms"), cardsIn("CLOSED_WON"));
    }

    @Test
    void campaign_endBeforeStart_showsTheMessageNextToTheEndDate_thenPlans() {
        browser.login("marketer");
        browser.go("/campaigns/new");
        browser.type("name", "Spring teas");
        browser.type("audience", "tea lovers");
        browser.type("goal", "sell more tea");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('startDate').value='2027-03-10';"
                        + "document.getElementById('endDate').value='2027-03-01';");
        browser.clickAndWait(browser.byId("save"));
        assertTrue(browser.byId("endDate-error").getText().startsWith("endDate must not be before startDate"),
                browser.byId("endDate-error").getText());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('endDate').value='2027-04-01';");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Planned Spring teas", browser.message());
        browser.screenshot("campaigns");
    }

    @Test
    void relationship_establishThenChangeStatus() {
        RunningConsole.as("manager", () -> crm.customers().register(NewCustomer.of("Rel From", "from@rel.example")));
        RunningConsole.as("manager", () -> crm.customers().register(NewCustomer.of("Rel To", "to@rel.example")));
        browser.login("manager");
        browser.go("/relationships/new");
        browser.type("from", "from@rel.example");
        browser.type("to", "nobody@rel.example");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("to must be the e-mail address of a registered customer, was \"nobody@rel.example\"",
                browser.byId("to-error").getText());
        browser.type("to", "to@rel.example");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Established from@rel.example → to@rel.example", browser.message());
        browser.go("/relationships?q=from@rel.example");
        WebElement row = browser.driver.findElement(By.cssSelector("#relationships tbody tr"));
        new Select(row.findElement(By.name("status"))).selectByValue("FAIR");
        browser.clickAndWait(row.findElement(By.cssSelector("button")));
        assertEquals("Changed to FAIR", browser.message());
        browser.go("/relationships?q=from@rel.example");
        browser.screenshot("relationships");
    }

    @Test
    void ticket_openShowsItsSla_surveyInviteAndAnswer_timelineShowsBoth() {
        // a customer of the north team, whose support agent serves it
        Customer customer = RunningConsole.as("rep1",
                () -> crm.customers().register(NewCustomer.of("Tick Et", "ticket@svc.example")));
        browser.login("support");
        browser.go("/tickets?q=ticket@svc.example");
        browser.type("subject", "Teapot leaks");
        browser.type("description", "The lid drips.");
        new Select(browser.byId("priority")).selectByValue("HIGH");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Opened ticket Teapot leaks", browser.message());
        WebElement row = browser.driver.findElement(By.cssSelector("#tickets tr[data-subject='Teapot leaks']"));
        List<WebElement> sla = row.findElements(By.cssSelector("td.sla"));
        assertEquals(2, sla.size(), "first response and resolution");
        assertTrue(sla.get(0).getText().startsWith("RUNNING ("), sla.get(0).getText());
        String ticketId = row.findElement(By.cssSelector("td.id")).getText();
        browser.screenshot("tickets");
        new Select(row.findElement(By.name("status"))).selectByValue("OPEN");
        browser.clickAndWait(row.findElement(By.cssSelector("form:not(.resolve) button")));
        assertEquals("Moved to OPEN", browser.message());
        row = browser.driver.findElement(By.cssSelector("#tickets tr[data-subject='Teapot leaks']"));
        row.findElement(By.name("code")).sendKeys("fixed");
        row.findElement(By.name("text")).sendKeys("sent a new lid");
        browser.clickAndWait(row.findElement(By.cssSelector("form.resolve button")));
        assertEquals("Resolved", browser.message());
        WebElement resolved = browser.driver.findElement(By.cssSelector("#tickets tr[data-subject='Teapot leaks']"));
        assertTrue(resolved.findElements(By.cssSelector("td.sla")).get(1).getText().startsWith("MET ("),
                resolved.getText());

        browser.go("/surveys");
        browser.type("name", "After service");
        browser.clickAndWait(browser.byId("define"));
        String defined = browser.message();
        assertTrue(defined.startsWith("Defined survey After service: id "), defined);
        browser.type("surveyId", defined.substring(defined.lastIndexOf(' ') + 1));
        browser.type("ticketId", ticketId);
        browser.clickAndWait(browser.byId("invite"));
        String invited = browser.message();
        assertTrue(invited.startsWith("Invitation sent; its token (shown once): "), invited);
        browser.type("token", invited.substring(invited.lastIndexOf(' ') + 1));
        browser.type("csat", "9");
        browser.clickAndWait(browser.byId("answer"));
        assertTrue(browser.byId("csat-error").getText().startsWith("csat "), browser.byId("csat-error").getText());
        browser.type("token", invited.substring(invited.lastIndexOf(' ') + 1));
        browser.type("csat", "5");
        browser.type("nps", "10");
        browser.clickAndWait(browser.byId("answer"));
        assertEquals("Answer recorded", browser.message());
        browser.go("/surveys?q=ticket@svc.example");
        assertFalse(browser.driver.findElements(By.cssSelector("#satisfaction tbody tr td")).isEmpty());
        assertEquals("yes", browser.driver.findElement(By.cssSelector("#invitations tbody tr td:nth-child(3)"))
                .getText());
        browser.screenshot("surveys");

        browser.go("/customers/" + customer.id().value() + "/timeline");
        assertTrue(browser.text().contains("TICKET_OPENED"), browser.text());
        browser.screenshot("timeline");

        browser.login("auditor");
        browser.go("/activity");
        assertTrue(browser.text().contains("opened a ticket for ticket@svc.example"), browser.text());
        browser.screenshot("activity");
    }

    @Test
    void salesRep_seesNoDelete_managerDoes_supportCannotOpenThePipeline() {
        RunningConsole.as("rep1", () -> crm.customers().register(NewCustomer.of("Kept Customer", "kept@roles.example")));
        browser.login("rep1");
        browser.go("/customers?q=Kept");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#customers tbody tr")).size());
        assertTrue(browser.driver.findElements(By.cssSelector("#customers button.link")).isEmpty(),
                "a sales rep is offered no delete");
        browser.login("manager");
        browser.go("/customers?q=Kept");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#customers button.link")).size());

        browser.login("support");
        browser.go("/pipeline");
        assertTrue(browser.driver.findElements(By.id("board")).isEmpty(), "support sees no pipeline");
        assertTrue(browser.text().contains("403") || browser.text().contains("Forbidden"), browser.text());
    }

    private static String stockOf(String sku) {
        return browser.driver.findElement(By.cssSelector("#products tr[data-sku='" + sku + "'] td.stock")).getText();
    }

    private static List<String> cardsIn(String stage) {
        return browser.driver.findElements(By.cssSelector("#stage-" + stage + " .card b")).stream()
                .map(WebElement::getText).toList();
    }

    private static void move(String name, String stage) {
        WebElement card = browser.driver.findElement(By.cssSelector(".card[data-name='" + name + "']"));
        new Select(card.findElement(By.name("stage"))).selectByValue(stage);
        browser.clickAndWait(card.findElement(By.cssSelector("button.move")));
    }
}
