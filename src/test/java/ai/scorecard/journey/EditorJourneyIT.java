package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.scoreboard.Scoreboard;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor, in a real browser, signs in, adds a fact to a ByteDance product (getting one value wrong on
 * the way and fixing it), and sees the product's score and the comparison change.
 */
class EditorJourneyIT extends Journey {

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anEditorAddsAFactAndTheScoresMove() throws Exception {
        jdbc.update("delete from account where username = 'journey-editor'");
        jdbc.update("insert into account (username, password_hash, role) values ('journey-editor', ?, 'EDITOR')",
                encoder.encode("correct horse battery"));
        double before = scoreboard.all("official").product("doubao").orElseThrow().overall().getAsDouble();
        double companyBefore = scoreboard.all("official").company("bytedance").orElseThrow().overall().getAsDouble();

        // The editing page asks for a sign-in first, then comes back.
        open("/products/doubao/facts/new");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("journey-editor");
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        toNextPage(() -> browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("New fact about Doubao");
        assertThat(signedInAs()).isEqualTo("Signed in as journey-editor");
        // The session is kept in the database (any instance knows the editor); its cookie is out of scripts' reach.
        assertThat(browser.manage().getCookieNamed("SESSION").isHttpOnly()).isTrue();
        assertThat(browser.manage().getCookieNamed("SESSION").getSameSite()).isEqualTo("Lax");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'journey-editor'",
                Integer.class)).isEqualTo(1);

        new Select(browser.findElement(By.id("metric"))).selectByVisibleText("Daily active users");
        browser.findElement(By.id("value")).sendKeys("-150000000");
        new Select(browser.findElement(By.id("qualifier"))).selectByVisibleText("About");
        browser.findElement(By.id("asOf")).sendKeys("09/30/2026");
        new Select(browser.findElement(By.id("provenance"))).selectByVisibleText("Third party");
        browser.findElement(By.id("sourceTitle")).sendKeys("QuestMobile report");
        browser.findElement(By.id("sourceUrl")).sendKeys("https://example.com/questmobile");
        browser.findElement(By.id("sourceDateUnknown")).sendKeys(" ");
        new Select(browser.findElement(By.id("sourceLanguage"))).selectByVisibleText("English");
        new Select(browser.findElement(By.id("sourceKind"))).selectByVisibleText("Third-party data");
        browser.findElement(By.id("claim")).sendKeys("Doubao had about 150 million daily active users.");
        browser.findElement(By.cssSelector("form.edit-form")).submit();

        // The mistake is named next to its field; everything else typed is still there.
        assertThat(browser.findElement(By.id("value-error")).getText()).isEqualTo("A value cannot be negative.");
        assertThat(browser.findElement(By.id("sourceTitle")).getAttribute("value")).isEqualTo("QuestMobile report");
        Browser.screenshot(browser, "editor-fact-refused");
        WebElement value = browser.findElement(By.id("value"));
        value.clear();
        value.sendKeys("150000000");
        browser.findElement(By.cssSelector("form.edit-form")).submit();

        assertThat(browser.getCurrentUrl()).contains("/products/doubao#fact-");
        assertThat(browser.findElement(By.cssSelector(".saved")).getText())
                .isEqualTo("The fact was recorded; the scores already use it.");
        double after = scoreboard.all("official").product("doubao").orElseThrow().overall().getAsDouble();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.findElement(By.cssSelector("#scores .score-overall")).getText())
                .isEqualTo(String.format("%.1f", after));
        assertThat(browser.findElement(By.cssSelector("tr.indicator[data-indicator=dau] .points")).getText())
                .isNotEqualTo("unknown");
        Browser.screenshot(browser, "editor-fact-recorded");

        // The revision history names the editor who signed in.
        open("/products/doubao/history");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("journey-editor");

        open("/compare");
        double companyAfter = scoreboard.all("official").company("bytedance").orElseThrow().overall().getAsDouble();
        assertThat(companyAfter).isNotEqualTo(companyBefore);
        assertThat(browser.findElement(By.cssSelector(".side-left .side-overall")).getText())
                .isEqualTo(String.format("%.1f", companyAfter));

        // An editor is not an administrator: a clear page says so.
        open("/admin/accounts");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not do that");
    }

}
