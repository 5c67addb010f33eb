package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor who uses no mouse: from the skip link, signs in, creates a company (getting its address name wrong
 * first, and landing on that field), a product and a fact, then deletes the product, ticking the box the refused
 * delete points at. Only key presses drive the pages: Tab and Shift+Tab to move, typing, arrow keys in selects,
 * Space for the checkbox, Enter to follow links and send forms. The browser is only told an address once, at
 * the start; reading the page (to check where the focus is and what it shows) is not input.
 */
class KeyboardJourneyIT extends Journey {

    static final String EDITOR = "keyboard-editor";
    static final String PASSWORD = "correct horse battery keyboard";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anEditorCreatesACompanyAProductAndAFactWithTheKeyboardAlone() throws Exception {
        jdbc.update("delete from account where username = ?", EDITOR);
        jdbc.update("insert into account (username, password_hash, role) values (?, ?, 'EDITOR')", EDITOR,
                encoder.encode(PASSWORD));
        browser.get("http://127.0.0.1:" + port + "/?lang=en");

        // The first Tab reaches the skip link, which shows itself and jumps past the navigation.
        press(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to content");
        assertThat(active().isDisplayed()).isTrue();
        press(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
        press(Keys.TAB);
        assertThat(activeIsInside("#main")).as("the Tab after the skip link lands in the content").isTrue();

        // Back up into the navigation to sign in.
        shiftTabTo(".site-header a[href$='/login']");
        enter();
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(active().getAttribute("id")).as("the username field has the focus").isEqualTo("username");
        type(EDITOR);
        press(Keys.TAB);
        type(PASSWORD);
        enter();
        // Who is signed in is behind the account's name in the header: Enter opens it and closes it again.
        tabTo(".site-header .account-menu summary");
        press(Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".signed-in-as")).getText()).isEqualTo("Signed in as " + EDITOR);
        press(Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".signed-in-as")).isDisplayed()).isFalse();

        // Companies, then "New company".
        shiftTabTo(".site-header a[href$='/companies']");
        enter();
        tabTo("#main a[href$='/companies/new']");
        enter();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("New company");

        // A wrong address name: the refused form comes back with the focus on that field.
        tabTo("#slug");
        type("Keyboard Labs");
        tabTo("#nameEn");
        type("Keyboard Labs");
        tabTo("#headquarters");
        type("Hangzhou");
        tabTo("#summary");
        type("Made with the keyboard alone.");
        tabTo("form.edit-form button[type=submit]");
        enter();
        assertThat(active().getAttribute("id")).isEqualTo("slug");
        assertThat(active().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(active().getAttribute("aria-describedby"))).getText())
                .isEqualTo("Use lower-case letters, digits and single hyphens, such as volcano-engine.");
        selectAllAndType("keyboard-labs");
        enter();
        assertThat(browser.getCurrentUrl()).endsWith("/companies/keyboard-labs");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Keyboard Labs");
        assertThat(browser.findElement(By.cssSelector(".saved")).isDisplayed()).isTrue();

        // A product of that company: the selects are worked with the arrow keys.
        tabTo("#main a[href*='/products/new']");
        enter();
        assertThat(new Select(browser.findElement(By.id("company"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("keyboard-labs");
        tabTo("#slug");
        type("keyboard-pad");
        tabTo("#nameEn");
        type("Keyboard Pad");
        tabTo("#category");
        arrowTo("CODING_TOOL");
        tabTo("#stage");
        arrowTo("LAUNCHED");
        tabTo("form.edit-form button[type=submit]");
        enter();
        assertThat(browser.getCurrentUrl()).endsWith("/products/keyboard-pad");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Keyboard Pad");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Coding tool");

        // A fact about the product.
        tabTo("#main a[href$='/products/keyboard-pad/facts/new']");
        enter();
        tabTo("#metric");
        arrowTo("DAU");
        tabTo("#value");
        type("1200000");
        tabTo("#asOf");
        type("09/30/2026");
        tabTo("#provenance");
        arrowTo("COMPANY_REPORTED");
        tabTo("#sourceTitle");
        type("Keyboard Labs annual report");
        tabTo("#sourceUrl");
        type("https://example.com/keyboard-labs");
        tabTo("#sourceDate");
        type("10/01/2026");
        tabTo("#sourceLanguage");
        arrowTo("EN");
        tabTo("#sourceKind");
        arrowTo("COMPANY_STATEMENT");
        tabTo("#claim");
        type("Keyboard Pad had 1.2 million daily active users.");
        tabTo("form.edit-form button[type=submit]");
        enter();
        assertThat(browser.getCurrentUrl()).contains("/products/keyboard-pad#fact-");
        assertThat(browser.findElement(By.cssSelector(".saved")).getText())
                .isEqualTo("The fact was recorded; the scores already use it.");
        WebElement fact = browser.findElement(By.cssSelector("tr.fact"));
        assertThat(fact.findElement(By.cssSelector(".fact-metric")).getText()).isEqualTo("Daily active users");
        assertThat(fact.findElement(By.cssSelector(".fact-claim")).getText())
                .isEqualTo("Keyboard Pad had 1.2 million daily active users.");
        Browser.screenshot(browser, "keyboard-fact-recorded");

        // Deleting it: refused while its fact would be orphaned; the focus lands on the box that allows it.
        tabTo("#main a[href$='/products/keyboard-pad/delete']");
        enter();
        tabTo("form.delete-form button[type=submit]");
        enter();
        assertThat(browser.findElement(By.id("delete-refused")).isDisplayed()).isTrue();
        assertThat(active().getAttribute("id")).isEqualTo("withFacts");
        press(Keys.SPACE);
        assertThat(active().isSelected()).isTrue();
        tabTo("form.delete-form button[type=submit]");
        enter();
        assertThat(browser.getCurrentUrl()).endsWith("/companies/keyboard-labs");
        assertThat(browser.findElements(By.cssSelector("#main a[href$='/products/keyboard-pad']"))).isEmpty();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private boolean activeIsInside(String css) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.activeElement.closest(arguments[0]) !== null", css);
    }

    private boolean activeMatches(String css) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("return document.activeElement.matches(arguments[0])", css);
    }

    /**
     * Presses Enter on a link or in a form, and waits until the page it leads to has loaded: key presses, unlike
     * get(), do not wait for the navigation they start.
     */
    private void enter() {
        toNextPage(() -> press(Keys.ENTER));
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private void selectAllAndType(String text) {
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
    }

    /** Presses Tab until the focus is on an element matching css; fails after 60 presses. */
    private void tabTo(String css) {
        move(css, false);
    }

    /** Presses Shift+Tab until the focus is on an element matching css. */
    private void shiftTabTo(String css) {
        move(css, true);
    }

    private void move(String css, boolean backwards) {
        for (int i = 0; i < 60; i++) {
            if (activeMatches(css)) {
                return;
            }
            if (backwards) {
                new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press(Keys.TAB);
            }
        }
        throw new AssertionError("the keyboard never reached " + css + " on " + browser.getCurrentUrl());
    }

    /** In a focused select, presses the down arrow until the option with this value is chosen. */
    private void arrowTo(String value) {
        Select select = new Select(active());
        for (int i = 0; i < 40; i++) {
            if (value.equals(select.getFirstSelectedOption().getAttribute("value"))) {
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("the arrow keys never chose " + value);
    }
}
