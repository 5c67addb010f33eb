package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The fact form in a real browser: choosing the metric leaves in sight only what it takes, and "save and
 * add another", pressed with the keyboard, leads to a fresh form that keeps the source and the as-of date.
 * The facts go to a product of the test's own, so that no other journey's scores move.
 */
class FactFormIT extends Journey {

    static final String EDITOR = "fact-form-editor";
    static final String PASSWORD = "correct horse battery form";
    static final String NEW_FACT = "/products/fact-form-pad/facts/new";
    static final List<String> FITTED = List.of("value", "level", "unit", "currency");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void anEditorAndAProductOfTheirOwn() {
        if (catalog.product("fact-form-pad").isPresent()) {
            return;
        }
        catalog.create(new CompanyDraft("fact-form-labs", "Fact Form Labs", null, null, null));
        catalog.create(new ProductDraft("fact-form-pad", "fact-form-labs", "Fact Form Pad", null, Category.CODING_TOOL,
                Stage.LAUNCHED, null, null, MonetizationAtLaunch.UNKNOWN, GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN,
                Weight.MINOR));
        jdbc.update("delete from account where username = ?", EDITOR);
        jdbc.update("insert into account (username, password_hash, role) values (?, ?, 'EDITOR')", EDITOR,
                encoder.encode(PASSWORD));
        open("/login");
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        toNextPage(() -> browser.findElement(By.cssSelector("form.sign-in")).submit());
    }

    @Test
    void choosingTheMetricShowsOnlyWhatItTakes() throws Exception {
        open(NEW_FACT);
        // No metric yet: every field, as without the script.
        assertThat(shown()).isEqualTo(FITTED);
        Select metric = new Select(browser.findElement(By.id("metric")));

        metric.selectByValue("USABILITY");
        assertThat(shown()).containsExactly("level");
        assertThat(new Select(browser.findElement(By.id("level"))).getOptions().stream()
                .filter(WebElement::isEnabled).map(option -> option.getAttribute("value")).toList())
                .containsExactly("", "GOOD", "POOR");

        metric.selectByValue("DAU");
        assertThat(shown()).containsExactly("value");
        assertThat(browser.findElement(By.cssSelector("label[for=value]")).getText()).isEqualTo("Number of users");
        assertThat(browser.findElement(By.id("unit")).isEnabled()).as("a hidden field is not sent").isFalse();

        metric.selectByValue("ANNUAL_REVENUE");
        assertThat(shown()).containsExactly("value", "currency");
        assertThat(browser.findElement(By.cssSelector("label[for=value]")).getText()).isEqualTo("Amount");

        metric.selectByValue("TOKEN_VOLUME_RANK");
        assertThat(shown()).containsExactly("value", "unit");
        // A rank's scope is chosen from a list, not typed.
        assertThat(new Select(browser.findElement(By.id("unit"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("Not stated", "In China", "Worldwide", "In its niche", "On benchmarks");
        Browser.screenshot(browser, "fact-form-rank");
    }

    @Test
    void saveAndAddAnotherByKeyboardKeepsTheSourceAndTheDate() throws Exception {
        open(NEW_FACT);
        // A rank's scope chosen before the metric was chosen is not sent once the metric turns out to be a count.
        new Select(browser.findElement(By.id("unit"))).selectByValue("CHINA");
        new Select(browser.findElement(By.id("metric"))).selectByValue("DAU");
        browser.findElement(By.id("value")).sendKeys("1200000");
        browser.findElement(By.id("asOf")).sendKeys("09/30/2026");
        new Select(browser.findElement(By.id("provenance"))).selectByValue("COMPANY_REPORTED");
        browser.findElement(By.id("sourceTitle")).sendKeys("Fact Form Labs annual report");
        browser.findElement(By.id("sourceDate")).sendKeys("10/15/2026");
        new Select(browser.findElement(By.id("sourceLanguage"))).selectByValue("EN");
        new Select(browser.findElement(By.id("sourceKind"))).selectByValue("FILING");
        browser.findElement(By.id("claim")).sendKeys("Fact Form Pad had 1.2 million daily active users.");

        // From the claim, Tab reaches Save, then "Save and add another"; Enter presses it.
        browser.findElement(By.id("claim")).sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Save");
        active().sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Save and add another");
        toNextPage(() -> active().sendKeys(Keys.ENTER));

        assertThat(browser.getCurrentUrl()).endsWith(NEW_FACT);
        assertThat(browser.findElement(By.cssSelector(".saved")).getText())
                .isEqualTo("The fact was recorded; the scores already use it.");
        assertThat(jdbc.queryForList("select unit from fact where claim = ?", String.class,
                "Fact Form Pad had 1.2 million daily active users.")).containsExactly((String) null);
        assertThat(browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("2026-09-30");
        // The source just recorded is now the one picked, not typed again.
        assertThat(new Select(browser.findElement(By.id("sourceId"))).getFirstSelectedOption().getText())
                .isEqualTo("Fact Form Labs annual report (Oct 15, 2026)");
        assertThat(browser.findElement(By.id("sourceTitle")).getAttribute("value")).isEmpty();
        assertThat(new Select(browser.findElement(By.id("provenance"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("COMPANY_REPORTED");
        assertThat(browser.findElement(By.id("claim")).getAttribute("value")).isEmpty();
        assertThat(active().getAttribute("id")).as("the next fact starts at its metric").isEqualTo("metric");
        assertThat(shown()).isEqualTo(FITTED);
        Browser.screenshot(browser, "fact-form-another");

        // The next fact from the same report: Enter in a field saves it with the first button, Save.
        new Select(browser.findElement(By.id("metric"))).selectByValue("MAU");
        browser.findElement(By.id("claim")).sendKeys("Fact Form Pad had 5 million monthly active users.");
        browser.findElement(By.id("value")).sendKeys("5000000");
        toNextPage(() -> browser.findElement(By.id("value")).sendKeys(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).contains("/products/fact-form-pad#fact-");
        assertThat(browser.findElements(By.cssSelector("#current-facts .fact-claim")).stream().map(WebElement::getText))
                .contains("Fact Form Pad had 1.2 million daily active users.",
                        "Fact Form Pad had 5 million monthly active users.");
    }

    /** Which of the fields the metric decides on are in sight, in the form's order. */
    private static List<String> shown() {
        return FITTED.stream().filter(id -> browser.findElement(By.id(id)).isDisplayed()).toList();
    }

    private static WebElement active() {
        return browser.switchTo().activeElement();
    }
}
