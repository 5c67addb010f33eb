package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.source.SourceFixtures;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst, in a real browser, reads the comparison as it stood on a past day, goes back to today, follows a
 * change to the fact that caused it, and subscribes to the company's feed. The ledger holds one fact more than
 * the seed: Doubao's daily users, recorded on 20 November 2026 (the seed was recorded on 1 December, today here).
 */
class TimeJourneyIT extends Journey {

    private static final String CLAIM = "TimeJourneyIT: Doubao's daily users";

    private static final LocalDate NOVEMBER_25 = LocalDate.of(2026, 11, 25);

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    SourceFixtures sources;

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    JdbcTemplate jdbc;

    Fact fact;

    @BeforeEach
    void aFactRecordedInNovember() {
        fact = ledger.record(catalog.product("doubao").orElseThrow(), new FactDraft(Metric.DAU,
                new BigDecimal("120000000"), null, null, null, Qualifier.ABOUT, LocalDate.of(2026, 11, 10),
                Provenance.THIRD_PARTY, sources.cite("QuestMobile November report", "https://example.com/questmobile-11",
                        LocalDate.of(2026, 11, 12)), CLAIM)).orElseThrow();
        jdbc.update("update fact set recorded_at = ? where id = ?", Timestamp.from(Instant.parse("2026-11-20T08:00:00Z")),
                fact.getId());
        jdbc.update("update data_version set version = version + 1"); // a change written by hand: score again
    }

    /** Takes the fact out again, and puts back whichever fact it superseded, for the journeys that follow. */
    @AfterEach
    void removeTheFact() {
        // Another journey may have recorded Doubao's daily users before: the fact this one superseded is current
        // again once this one is gone (one current fact per subject and metric, so in that order).
        List<Long> superseded = jdbc.queryForList("select id from fact where superseded_by = ?", Long.class,
                fact.getId());
        jdbc.update("update fact set superseded_by = null where superseded_by = ?", fact.getId());
        jdbc.update("delete from fact where id = ?", fact.getId());
        superseded.forEach(id -> jdbc.update("update fact set superseded_at = null where id = ?", id));
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void aPastDayThenTheChangeThatMovedTheScoreThenTheFeed() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/compare");
        WebElement day = browser.findElement(By.id("asOf"));
        // A date field's typing order depends on the browser's locale; its value does not.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", day, NOVEMBER_25.toString());
        toNextPage(() -> browser.findElement(By.cssSelector("form.compare-form button[type=submit]")).sendKeys(Keys.ENTER));

        assertThat(browser.getCurrentUrl()).contains("asOf=2026-11-25");
        assertThat(browser.findElement(By.id("as-of")).getText()).contains("Nov 25, 2026");
        double then = scoreboard.all("official", null, NOVEMBER_25).company("bytedance").orElseThrow().overall()
                .getAsDouble();
        assertThat(browser.findElement(By.cssSelector(".side-left .side-overall")).getText())
                .isEqualTo(String.format("%.1f", then));
        assertThat(browser.findElement(By.cssSelector("#permalink a")).getAttribute("href"))
                .contains("version=1", "asOf=2026-11-25");
        Browser.screenshot(browser, "compare-as-of-november-25");

        toNextPage(() -> browser.findElement(By.cssSelector("#as-of a")).sendKeys(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).doesNotContain("asOf");
        assertThat(browser.findElements(By.id("as-of"))).isEmpty();

        toNextPage(() -> browser.findElement(By.cssSelector(".side-left h3 a")).sendKeys(Keys.ENTER));
        toNextPage(() -> browser.findElement(By.id("company-changes")).sendKeys(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).contains("/changes", "company=bytedance");
        WebElement change = browser.findElement(By.cssSelector("tr.fact-change[data-fact='" + fact.getId() + "']"));
        assertThat(change.getAttribute("data-kind")).isEqualTo("RECORDED");
        toNextPage(() -> change.findElement(By.cssSelector("a.change-fact")).sendKeys(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).endsWith("/products/doubao#fact-" + fact.getId());
        assertThat(browser.findElement(By.id("fact-" + fact.getId())).getText()).contains(CLAIM);

        browser.navigate().back();
        String feed = browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                .getAttribute("href");
        assertThat(feed).endsWith("/companies/bytedance/changes.atom");
        HttpResponse<String> atom = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml"));
        assertThat(atom.body()).contains("<feed", "fact-" + fact.getId() + "-recorded");
    }
}
