package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoring.CompanyScore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** An analyst, in a real browser, goes from the home page to a comparison and changes it through the form. */
class CompareJourneyIT extends Journey {

    @Autowired
    Scoreboard scoreboard;

    @Test
    void fromHomeToAComparisonThenAnotherCompanyAndLens() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Who turns AI into business?");

        toNextPage(() -> browser.findElement(By.linkText("Compare")).click());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ByteDance vs Alibaba");
        CompanyScore bytedance = scoreboard.all("official").company("bytedance").orElseThrow();
        assertThat(browser.findElement(By.cssSelector(".side-left .side-overall")).getText())
                .isEqualTo(String.format("%.1f", bytedance.overall().getAsDouble()));
        Browser.screenshot(browser, "compare-bytedance-alibaba");

        new Select(browser.findElement(By.id("right"))).selectByVisibleText("Tencent");
        new Select(browser.findElement(By.id("lens"))).selectByVisibleText("Growth first");
        toNextPage(() -> browser.findElement(By.cssSelector("form.compare-form button[type=submit]")).click());

        assertThat(browser.getCurrentUrl()).contains("right=tencent", "lens=growth-first");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ByteDance vs Tencent");
        assertThat(browser.findElement(By.cssSelector(".lens-switcher .active")).getText()).isEqualTo("Growth first");
        CompanyScore tencent = scoreboard.all("growth-first").company("tencent").orElseThrow();
        String expected = tencent.overall().isPresent() ? String.format("%.1f", tencent.overall().getAsDouble()) : "unknown";
        assertThat(browser.findElement(By.cssSelector(".side-right .side-overall")).getText()).isEqualTo(expected);
        Browser.screenshot(browser, "compare-bytedance-tencent-growth-first");

        // The lens switcher is plain links: another lens, the same pair.
        toNextPage(() -> browser.findElement(By.cssSelector(".lens-switcher a[data-lens=monetization-first]")).click());
        assertThat(browser.getCurrentUrl()).contains("left=bytedance", "right=tencent", "lens=monetization-first");
        assertThat(browser.findElement(By.cssSelector(".lens-switcher .active")).getText()).isEqualTo("Monetization first");

        // On a phone the page still reads.
        Browser.resize(browser, 360, 800);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "compare-phone-360");
    }
}
