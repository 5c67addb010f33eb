package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A reader, in a real browser, chooses Chinese once; it stays through the navigation, signing in (the
 * redirect and the new session) and signing out, with no ?lang in any address after the first click.
 */
class LanguageJourneyIT extends Journey {

    @Test
    void chineseStaysThroughNavigationSignInAndSignOut() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Who turns AI into business?");

        toNextPage(() -> browser.findElement(By.cssSelector(".site-header a[hreflang=zh-CN]")).click());
        assertChinese();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("谁把 AI 变成了生意？");
        Cookie lang = browser.manage().getCookieNamed("lang");
        assertThat(lang).isNotNull();
        assertThat(lang.getValue()).isEqualTo("zh-CN");

        toNextPage(() -> browser.findElement(By.linkText("比较")).click());
        assertThat(browser.getCurrentUrl()).doesNotContain("lang=");
        assertChinese();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("字节跳动与阿里巴巴对比");
        // Issue 14: the comparison, a company page and a product page in Chinese, kept for a person to read.
        Dimension window = browser.manage().window().getSize();
        Browser.resize(browser, 1280, 2400);
        Browser.screenshot(browser, "compare-chinese");
        browser.get("http://127.0.0.1:" + port + "/companies/bytedance");
        assertChinese();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("字节跳动");
        Browser.screenshot(browser, "company-chinese");
        browser.get("http://127.0.0.1:" + port + "/products/alibaba-cloud");
        assertChinese();
        assertThat(browser.findElements(By.cssSelector("#current-facts .fact-value"))).extracting(WebElement::getText)
                .contains("第 2 名或更靠后（国内）");
        Browser.screenshot(browser, "product-chinese");
        browser.manage().window().setSize(window);

        // An editing page sends the reader to sign in, then back: Chinese all the way.
        browser.get("http://127.0.0.1:" + port + "/products/doubao/facts/new");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertChinese();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password");
        toNextPage(() -> browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click());
        assertThat(browser.getCurrentUrl()).contains("/products/doubao/facts/new");
        assertChinese();
        assertThat(signedInAs()).isEqualTo("当前用户：admin");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("豆包");
        Browser.screenshot(browser, "signed-in-chinese");

        toNextPage(() -> browser.findElement(By.linkText("排名")).click());
        assertChinese();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("产品排名");

        signOutThroughTheMenu();
        assertThat(browser.getCurrentUrl()).endsWith("/?signedOut");
        assertChinese();
        assertThat(browser.findElements(By.cssSelector(".signed-in-as"))).isEmpty();
        assertThat(browser.findElement(By.linkText("登录")).isDisplayed()).isTrue();
        assertThat(browser.manage().getCookieNamed("lang").getValue()).isEqualTo("zh-CN");
    }

    private static void assertChinese() {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    }
}
