package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console in a real browser (headless Chromium): what a person logging in sees and does. */
class ConsoleBrowserTest extends BrowserTest {

    @Test
    void login_wrongPassword_isRefused_rightOne_showsTheRoles() {
        browser.go("/login");
        browser.driver.manage().deleteAllCookies();
        browser.go("/login");
        browser.type("username", "manager");
        browser.type("password", "wrong");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("button[type=submit]")));
        assertTrue(browser.driver.getCurrentUrl().contains("/login?error"), browser.driver.getCurrentUrl());
        browser.screenshot("login");

        browser.login("manager");
        assertEquals("manager", browser.byId("current-user").getText());
        assertEquals("SALES_MANAGER", browser.byId("roles").getText());
        browser.screenshot("home");
    }

    @Test
    void createCustomer_badEmail_showsTheMessageNextToTheEmailField_thenSaves() {
        browser.login("admin");
        browser.go("/customers/new");
        browser.type("name", "Grace Hopper");
        browser.type("email", "grace-at-navy");
        browser.clickAndWait(browser.byId("save"));

        WebElement error = browser.byId("email-error");
        assertEquals("email must be a valid e-mail address, was \"grace-at-navy\"", error.getText());
        // next to the field: in the same form row as the e-mail input
        assertEquals(browser.byId("email").findElement(By.xpath("..")),
                error.findElement(By.xpath("..")));
        assertTrue(browser.driver.findElements(By.id("name-error")).isEmpty());
        assertEquals("Grace Hopper", browser.byId("name").getAttribute("value"), "the form keeps what was typed");
        browser.screenshot("customer-form-error");

        browser.type("email", "grace@navy.example");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Registered Grace Hopper", browser.message());
        browser.go("/customers?q=Grace");
        assertFalse(browser.driver.findElements(By.cssSelector("tr[data-email='grace@navy.example']")).isEmpty());
    }

    @Test
    void customers_searchSortPageEditDelete() {
        RunningConsole.as("admin", () -> {
            for (int i = 0; i < 12; i++) {
                crm.customers().register(NewCustomer.of(String.format("Pager %02d", i), "pager" + i
                        + "@list.example"));
            }
            return null;
        });
        browser.login("admin");
        browser.go("/customers");
        browser.type("q", "Pager");
        browser.clickAndWait(browser.byId("search"));
        assertEquals(List.of("Pager 00", "Pager 01"), names().subList(0, 2));
        assertTrue(browser.text().contains("12 in all, page 1 of 2"), browser.text());
        browser.clickAndWait(browser.byId("next"));
        assertEquals(List.of("Pager 10", "Pager 11"), names());

        browser.go("/customers?q=Pager&sort=NAME&dir=desc");
        assertEquals("Pager 11", names().get(0));
        browser.screenshot("customers");

        browser.clickAndWait(browser.driver.findElement(By.cssSelector("tr[data-email='pager11@list.example'] a[href$='/edit']")));
        browser.type("name", "Pager Eleven");
        browser.clickAndWait(browser.byId("save"));
        assertEquals("Saved Pager Eleven", browser.message());

        browser.go("/customers?q=Pager");
        browser.driver.findElement(By.cssSelector("tr[data-email='pager0@list.example'] button.link")).click();
        browser.driver.switchTo().alert().accept();
        assertEquals("Deleted", browser.message());
        assertTrue(RunningConsole.asSystem(() -> crm.customers().findByEmail("pager0@list.example")).isEmpty());
    }

    @Test
    void analyst_cannotOpenCustomers() {
        browser.login("analyst");
        browser.go("/customers");
        assertTrue(browser.driver.findElements(By.id("customers")).isEmpty(), "an analyst sees no customer list");
        assertTrue(browser.text().contains("403") || browser.text().contains("Forbidden"), browser.text());
    }

    private static List<String> names() {
        return browser.driver.findElements(By.cssSelector("#customers tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
    }
}
