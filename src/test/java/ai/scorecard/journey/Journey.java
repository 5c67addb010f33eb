package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;


import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey: the application on a random port of 127.0.0.1 (one Spring context for all
 * journeys) and one headless Chromium for the whole test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class Journey {

    static WebDriver browser;

    private static final Pattern STATIC_FILE = Pattern.compile("/(css|js|img|webjars)/");

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * No page of the journey reported an error in the console: a script that failed, a style or script the
     * Content-Security-Policy refused, a file that would not load. A page answered with the 4xx the journey
     * meant to see (a refused form, a page that does not exist) is the one message let through.
     */
    @AfterEach
    void theConsoleStayedClean() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !(message.contains("Failed to load resource: the server responded with a status of 4")
                        && !STATIC_FILE.matcher(message).find()))
                .filter(message -> allowedConsoleErrors().stream().noneMatch(message::contains))
                .toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /** Messages a journey's pages may write to the console, each with a reason where it is said. */
    List<String> allowedConsoleErrors() {
        return List.of();
    }

    void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** Who the header says is signed in: the account menu is opened to read it, then closed again. */
    static String signedInAs() {
        WebElement menu = browser.findElement(By.cssSelector(".site-header .account-menu"));
        WebElement name = menu.findElement(By.tagName("summary"));
        name.click();
        String signedIn = menu.findElement(By.cssSelector(".signed-in-as")).getText();
        name.click();
        return signedIn;
    }

    /** Signs out through the account menu and waits for the page that follows. */
    static void signOutThroughTheMenu() {
        browser.findElement(By.cssSelector(".site-header .account-menu summary")).click();
        toNextPage(() -> browser.findElement(By.cssSelector(".site-header form[action$='/logout'] button")).click());
    }

    /**
     * Does what leads to another page (a click, a key press, a submit) and waits until that page has
     * loaded: unlike get(), these return before the navigation they start has finished.
     */
    static void toNextPage(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // Chromium answers a question about the old page's root either "stale" or, mid-navigation, "does not
        // belong to the document": either way the old page is gone.
        wait.until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
