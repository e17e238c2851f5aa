package org.crm4j.examples.console;

import org.crm4j.core.Crm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test of the console shares: one headless Chromium per test class, opened before its first
 * test and closed after its last, and the running console's {@link Crm} (to set up data the way the host would).
 */
abstract class BrowserTest {

    static Browser browser;
    static Crm crm;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
        crm = RunningConsole.bean(Crm.class);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
