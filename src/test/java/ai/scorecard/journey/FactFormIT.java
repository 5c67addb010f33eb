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
        if (catalog.product("fact-form-pad").isEmpty()) {
            catalog.create(new CompanyDraft("fact-form-labs", "Fact Form Labs", null, null, null));
            for (String slug : List.of("fact-form-pad", "fact-form-board")) {
                catalog.create(new ProductDraft(slug, "fact-form-labs", slug.equals("fact-form-pad") ? "Fact Form Pad"
                        : "Fact Form Board", null, Category.CODING_TOOL, Stage.LAUNCHED, null, null,
                        MonetizationAtLaunch.UNKNOWN, GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN, Weight.MINOR));
            }
            jdbc.update("delete from account where username = ?", EDITOR);
            jdbc.update("insert into account (username, password_hash, role) values (?, ?, 'EDITOR')", EDITOR,
                    encoder.encode(PASSWORD));
        }
        if (browser.manage().getCookieNamed("SESSION") != null) {
            return;
        }
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
        browser.findElement(By.id("claimZh")).sendKeys("Fact Form Pad 日活跃用户数为 120 万。");

        // From the claim in Chinese, the last field, Tab reaches Save, then "Save and add another"; Enter presses it.
        browser.findElement(By.id("claimZh")).sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Save");
        active().sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Save and add another");
        toNextPage(() -> active().sendKeys(Keys.ENTER));

        assertThat(browser.getCurrentUrl()).endsWith(NEW_FACT);
        assertThat(browser.findElement(By.cssSelector(".saved")).getText())
                .isEqualTo("The fact was recorded; the scores already use it.");
        assertThat(jdbc.queryForList("select unit from fact where claim = ?", String.class,
                "Fact Form Pad had 1.2 million daily active users.")).containsExactly((String) null);
        assertThat(jdbc.queryForList("select claim_zh from fact where claim = ?", String.class,
                "Fact Form Pad had 1.2 million daily active users.")).containsExactly("Fact Form Pad 日活跃用户数为 120 万。");
        assertThat(browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("2026-09-30");
        // The source just recorded is now the one picked, not typed again.
        assertThat(new Select(browser.findElement(By.id("sourceId"))).getFirstSelectedOption().getText())
                .isEqualTo("Fact Form Labs annual report (Oct 15, 2026)");
        assertThat(browser.findElement(By.id("sourceTitle")).getAttribute("value")).isEmpty();
        assertThat(new Select(browser.findElement(By.id("provenance"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("COMPANY_REPORTED");
        assertThat(browser.findElement(By.id("claim")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("claimZh")).getAttribute("value")).isEmpty();
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

    /**
     * Ten facts from one report are ten short entries: the editor describes the new source once, then each
     * "save and add another" starts the next fact citing it. An analyst then opens the source's page and
     * finds the five facts, and how the company's score would move without them.
     */
    @Test
    void fiveFactsFromOneNewSourceThenTheAnalystReadsItsPage() throws Exception {
        String board = "/products/fact-form-board/facts/new";
        String report = "Fact Form Labs interim report 2026";
        open(board);
        new Select(browser.findElement(By.id("provenance"))).selectByValue("COMPANY_REPORTED");
        browser.findElement(By.id("asOf")).sendKeys("06/30/2026");
        browser.findElement(By.id("sourceTitle")).sendKeys(report);
        browser.findElement(By.id("sourcePublisher")).sendKeys("Fact Form Labs");
        browser.findElement(By.id("sourceUrl")).sendKeys("https://example.com/fact-form-labs/interim-2026.pdf");
        browser.findElement(By.id("sourceDate")).sendKeys("08/20/2026");
        new Select(browser.findElement(By.id("sourceLanguage"))).selectByValue("EN");
        new Select(browser.findElement(By.id("sourceKind"))).selectByValue("FILING");

        List<List<String>> facts = List.of(
                List.of("DAU", "value", "2000000", "Fact Form Board had 2 million daily active users."),
                List.of("PAID_USERS", "value", "150000", "Fact Form Board had 150,000 paying users."),
                List.of("ANNUAL_REVENUE", "value", "30000000", "Fact Form Board earned 30 million yuan a year."),
                List.of("MONETIZATION_PATH", "level", "PAID_FROM_LAUNCH", "Fact Form Board charged from launch."),
                List.of("NICHE_RANK", "value", "3", "Fact Form Board ranks third among coding tools."));
        for (int i = 0; i < facts.size(); i++) {
            List<String> fact = facts.get(i);
            new Select(browser.findElement(By.id("metric"))).selectByValue(fact.get(0));
            if (fact.get(1).equals("level")) {
                new Select(browser.findElement(By.id("level"))).selectByValue(fact.get(2));
            } else {
                browser.findElement(By.id("value")).sendKeys(fact.get(2));
            }
            if (fact.get(0).equals("ANNUAL_REVENUE")) {
                new Select(browser.findElement(By.id("currency"))).selectByValue("CNY");
            }
            browser.findElement(By.id("claim")).sendKeys(fact.get(3));
            boolean last = i == facts.size() - 1;
            // Keyboard only: from the claim, Tab reaches its Chinese field (left empty: English is enough), then
            // Save, and once more "Save and add another".
            browser.findElement(By.id("claim")).sendKeys(Keys.TAB);
            assertThat(active().getAttribute("id")).isEqualTo("claimZh");
            active().sendKeys(Keys.TAB);
            if (!last) {
                active().sendKeys(Keys.TAB);
            }
            assertThat(active().getText()).isEqualTo(last ? "Save" : "Save and add another");
            toNextPage(() -> active().sendKeys(Keys.ENTER));
            if (!last) {
                assertThat(browser.getCurrentUrl()).as("fact %d", i + 1).endsWith(board);
                assertThat(new Select(browser.findElement(By.id("sourceId"))).getFirstSelectedOption().getText())
                        .isEqualTo(report + " (Aug 20, 2026)");
                assertThat(browser.findElement(By.cssSelector(".new-source")).isDisplayed())
                        .as("a picked source needs no new one").isFalse();
                assertThat(browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("2026-06-30");
            }
        }
        assertThat(browser.getCurrentUrl()).contains("/products/fact-form-board#fact-");
        Long source = jdbc.queryForObject("select id from source where title = ?", Long.class, report);
        assertThat(jdbc.queryForObject("select count(*) from fact where source_id = ?", Integer.class, source))
                .as("five facts, one source").isEqualTo(5);

        // The analyst, not signed in, follows the source from the product page.
        browser.manage().deleteCookieNamed("SESSION");
        open("/products/fact-form-board");
        toNextPage(() -> browser.findElements(By.cssSelector("#current-facts .fact-source-title")).stream()
                .filter(link -> link.getText().equals(report)).findFirst().orElseThrow().sendKeys(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).endsWith("/sources/" + source);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(report);
        assertThat(browser.findElements(By.cssSelector("#citing tr.fact.current .fact-claim")).stream()
                .map(WebElement::getText)).containsExactlyInAnyOrderElementsOf(facts.stream().map(f -> f.get(3)).toList());
        WebElement move = browser.findElement(By.cssSelector("#scores .company-move[data-company=fact-form-labs]"));
        assertThat(move.findElement(By.cssSelector(".move-now")).getText()).isNotBlank();
        assertThat(move.findElement(By.cssSelector(".move-without")).getText()).isNotBlank();
        assertThat(move.findElement(By.cssSelector(".move-points")).getText()).isNotBlank();
        Browser.screenshot(browser, "source-page-five-facts");
    }

    /** Which of the fields the metric decides on are in sight, in the form's order. */
    private static List<String> shown() {
        return FITTED.stream().filter(id -> browser.findElement(By.id(id)).isDisplayed()).toList();
    }

    private static WebElement active() {
        return browser.switchTo().activeElement();
    }
}
