package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs when missing). A missing browser fails the test that
 * asked for it; nothing is skipped. Screenshots go to {@code target/console-screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /**
     * Starts a browser with a fresh profile, on the running console.
     *
     * @return the browser
     */
    static Browser open() {
        assertTrue(Files.isExecutable(CHROMIUM), "the browser tests need Debian's chromium at " + CHROMIUM
                + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "the browser tests need Debian's chromedriver at " + CHROMEDRIVER
                + " (apt-get install chromium-driver; .ci/run installs it)");
        String base = RunningConsole.url();
        try {
            Path profile = Files.createTempDirectory("crm4j-chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            // a click that submits a form returns before the next page is there: look for elements a while
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param path a console path such as {@code /customers} */
    void go(String path) {
        driver.get(base + path);
    }

    /**
     * Logs in through the login form, with a new session.
     *
     * @param username a demo user
     */
    void login(String username) {
        go("/login");
        driver.manage().deleteAllCookies();
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        clickAndWait(driver.findElement(By.cssSelector("button[type=submit]")));
        byId("current-user"); // the home page after a successful login
    }

    /**
     * @param id an element id
     * @return the element
     */
    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * Types into an input, replacing what it held.
     *
     * @param id   the input's id
     * @param text what to type
     */
    void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Clicks an element that leads to another page and waits until the old page is gone, so that what is
     * looked for next is looked for on the new page.
     *
     * @param element a link or a submit button
     */
    void clickAndWait(WebElement element) {
        WebElement old = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    /**
     * @return the text of the page's confirmation ({@code #message})
     * @throws AssertionError with the page's text if there is none
     */
    String message() {
        var found = driver.findElements(By.id("message"));
        if (found.isEmpty()) {
            throw new AssertionError("no confirmation on " + driver.getCurrentUrl() + ":\n" + text());
        }
        return found.get(0).getText();
    }

    /** @return the page's visible text */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Saves a screenshot of the window as {@code target/console-screenshots/NAME.png}.
     *
     * @param name the file name without extension
     * @return the file
     */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
