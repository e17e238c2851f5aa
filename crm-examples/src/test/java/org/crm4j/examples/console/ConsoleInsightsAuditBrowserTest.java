package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crm4j.examples.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The insights dashboard and the audit view in a real browser: who may open them (crm4j decides), the five
 * report charts drawn as inline SVG, audit entries of a change made in the test, the chain verified.
 */
class ConsoleInsightsAuditBrowserTest extends BrowserTest {

    @Test
    void insights_analystSeesTheFiveCharts_aRepIsRefused() {
        browser.login("analyst");
        browser.clickAndWait(browser.byId("nav-insights"));
        for (String chart : HtmlReport.CHARTS) {
            List<WebElement> svg = browser.driver.findElements(By.cssSelector("figure#" + chart + " svg"));
            assertEquals(1, svg.size(), "one inline SVG chart " + chart + ":\n" + browser.text());
            assertFalse(svg.get(0).findElements(By.cssSelector("path")).isEmpty(), chart + " draws something");
            assertTrue(svg.get(0).getSize().getHeight() > 100, chart + " is rendered with a height");
        }
        assertEquals(HtmlReport.CHARTS, browser.driver.findElements(By.cssSelector("figure.chart")).stream()
                .map(f -> f.getAttribute("id")).toList(), "the report's charts, in its order");
        browser.screenshot("insights");

        browser.login("rep1");
        assertTrue(browser.driver.findElements(By.id("nav-insights")).isEmpty(), "no link for a sales rep");
        browser.go("/insights");
        assertEquals("rep1 [SALES_REP] of team north lacks permission INSIGHT_RUN for InsightService.retention",
                browser.byId("refusal").getText());
        assertEquals("INSIGHT_RUN", browser.byId("refused-permission").getText());
        assertTrue(browser.driver.findElements(By.cssSelector("figure.chart")).isEmpty());
        browser.screenshot("insights-refused");
    }

    @Test
    void audit_auditorSeesTheCustomerARepCreated_verifiesTheChain_aRepIsRefused() {
        browser.login("rep1");
        browser.go("/customers/new");
        browser.type("name", "Audit Trail Ltd");
        browser.type("email", "audit@trail.example");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Registered Audit Trail Ltd", browser.message());
        String id = RunningConsole.asSystem(() -> crm.customers().findByEmail("audit@trail.example")).orElseThrow()
                .id().value().toString();

        browser.login("auditor");
        browser.clickAndWait(browser.byId("nav-audit"));
        browser.type("actor", "rep1");
        browser.clickAndWait(browser.byId("search"));
        assertTrue(rows().stream().anyMatch(r -> r.findElement(By.cssSelector("td.record")).getText()
                .equals("customer " + id)), browser.text());

        browser.type("actor", "");
        browser.type("type", "customer");
        browser.type("id", id);
        browser.clickAndWait(browser.byId("search"));
        // the customer's entries: its creation (and, where crm4j audits ownership, its owner set), all by rep1
        List<WebElement> rows = rows();
        assertFalse(rows.isEmpty(), browser.text());
        rows.forEach(r -> assertEquals("rep1", r.findElement(By.cssSelector("td.actor")).getText(), r.getText()));
        List<WebElement> created = rows.stream()
                .filter(r -> r.findElement(By.cssSelector("td.action")).getText().equals("CREATE")).toList();
        assertEquals(1, created.size(), browser.text());
        assertTrue(created.get(0).getText().contains("CustomerService.register"), created.get(0).getText());
        assertTrue(created.get(0).findElement(By.cssSelector("td.changes")).getText().contains("name: – → ***"),
                "personal fields are masked: " + created.get(0).getText());

        browser.type("type", "");
        browser.type("id", "");
        browser.type("actor", "not a user id");
        browser.clickAndWait(browser.byId("search"));
        assertTrue(browser.byId("actor-error").getText().startsWith("actor must be"),
                browser.byId("actor-error").getText());

        browser.go("/audit");
        browser.clickAndWait(browser.byId("verify"));
        assertTrue(browser.byId("verification").getText().startsWith("The audit trail is intact: "),
                browser.byId("verification").getText());
        browser.screenshot("audit");

        browser.login("admin");
        browser.go("/audit?type=customer&id=" + id);
        assertEquals(rows.size(), rows().size(), "the admin, who has every permission, reads the audit trail too");

        browser.login("rep1");
        assertTrue(browser.driver.findElements(By.id("nav-audit")).isEmpty(), "no link for a sales rep");
        browser.go("/audit");
        assertEquals("rep1 [SALES_REP] of team north lacks permission AUDIT_READ for AuditService.search",
                browser.byId("refusal").getText());
    }

    private static List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#audit tbody tr"));
    }
}
