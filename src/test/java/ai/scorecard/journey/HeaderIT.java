package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The header in a real browser: one row from 992 pixels up, signed out, signed in as an editor and as the
 * administrator, in English and in Chinese (measured, with a screenshot of each under target/screenshots); on a
 * phone 360 pixels wide it wraps without widening the page; and its search box leads to what it finds.
 */
class HeaderIT extends Journey {

    static final String EDITOR = "header-editor";
    static final String EDITOR_PASSWORD = "correct horse battery header";
    static final List<Integer> WIDE = List.of(992, 1200, 1280, 1400);

    /** The header's visible controls, not those in the closed account menu, each as top, bottom, right, height. */
    static final String MEASURE = """
            const nav = document.querySelector('.site-header nav');
            const items = [...nav.querySelectorAll('.navbar-brand, .nav-link, input, button')]
                .filter(e => !e.closest('.account-panel') && e.getClientRects().length > 0);
            return {
              height: nav.getBoundingClientRect().height,
              items: items.map(e => {
                const r = e.getBoundingClientRect();
                return {name: (e.textContent.trim() || e.getAttribute('name') || e.tagName).slice(0, 30),
                        middle: (r.top + r.bottom) / 2, right: r.right, height: r.height};
              }),
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth
            };""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void windowAgain() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theHeaderKeepsToOneRowFrom992PixelsUpWhoeverIsSignedInInEitherLanguage() throws Exception {
        createEditor();
        for (String who : List.of("signed-out", EDITOR, "admin")) {
            if (!who.equals("signed-out")) {
                signIn(who, who.equals("admin") ? "test-admin-password" : EDITOR_PASSWORD);
            }
            for (String language : List.of("en", "zh-CN")) {
                for (int width : WIDE) {
                    viewport(width, 800);
                    open("/companies/bytedance?lang=" + language);
                    assertOneRow(width + " px, " + language + ", " + who);
                    Browser.screenshot(browser, "header-" + width + "-" + language + "-" + who);
                }
            }
            if (!who.equals("signed-out")) {
                // Open, the account menu lies over the page, inside the window, and the row stays one row.
                viewport(992, 800);
                open("/companies/bytedance?lang=zh-CN");
                browser.findElement(By.cssSelector(".account-menu summary")).click();
                WebElement panel = browser.findElement(By.cssSelector(".account-panel"));
                assertThat(panel.isDisplayed()).isTrue();
                assertThat(panel.getRect().getX()).isGreaterThanOrEqualTo(0);
                assertThat(panel.getRect().getX() + panel.getRect().getWidth()).isLessThanOrEqualTo(992);
                assertOneRow("992 px with the account menu open, " + who);
                Browser.screenshot(browser, "header-992-account-menu-" + who);
                viewport(1280, 800);
                open("/companies/bytedance?lang=en");
                assertThat(signedInAs()).isEqualTo("Signed in as " + who);
                signOutThroughTheMenu();
                assertThat(browser.findElements(By.cssSelector(".signed-in-as"))).isEmpty();
            }
        }
    }

    @Test
    void theCurrentSectionIsUnderlinedNotOnlyColoured() {
        viewport(1280, 800);
        open("/products/doubao?lang=en");
        WebElement products = browser.findElement(By.cssSelector(".site-header a[aria-current=page]"));
        assertThat(products.getText()).isEqualTo("Products");
        assertThat(products.getCssValue("text-decoration-line")).isEqualTo("underline");
        WebElement compare = browser.findElement(By.cssSelector(".site-header a[href='/compare']"));
        assertThat(compare.getCssValue("text-decoration-line")).isEqualTo("none");
    }

    @Test
    void onAPhoneTheHeaderWrapsWithoutWideningThePage() throws Exception {
        createEditor();
        for (String who : List.of("signed-out", EDITOR)) {
            if (!who.equals("signed-out")) {
                signIn(who, EDITOR_PASSWORD);
            }
            for (String language : List.of("en", "zh-CN")) {
                ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
                open("/companies/bytedance?lang=" + language);
                assertThat(js("return window.innerWidth")).isEqualTo(360L);
                assertThat(js("return document.documentElement.scrollWidth")).as("%s, %s", language, who)
                        .isEqualTo(360L);
                WebElement search = browser.findElement(By.id("site-search"));
                assertThat(search.isDisplayed()).isTrue();
                assertThat(search.getRect().getX() + search.getRect().getWidth()).isLessThanOrEqualTo(360);
                if (!who.equals("signed-out")) {
                    browser.findElement(By.cssSelector(".account-menu summary")).click();
                    WebElement signOut = browser.findElement(By.cssSelector("form[action$='/logout'] button"));
                    assertThat(signOut.isDisplayed()).isTrue();
                    assertThat(signOut.getRect().getX() + signOut.getRect().getWidth()).isLessThanOrEqualTo(360);
                    assertThat(js("return document.documentElement.scrollWidth")).isEqualTo(360L);
                }
                Browser.screenshot(browser, "header-phone-360-" + language + "-" + who);
            }
        }
        open("/");
        browser.manage().deleteCookieNamed("SESSION");
    }

    @Test
    void theSearchBoxLeadsToWhatItFinds() throws Exception {
        viewport(1280, 900);
        open("/?lang=zh-CN");
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("字节跳动");
        toNextPage(() -> box.sendKeys(Keys.ENTER));
        assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8)).endsWith("/search?q=字节跳动");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("搜索结果");
        assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("字节跳动");
        Browser.screenshot(browser, "search-results-zh-CN");
        toNextPage(() -> browser.findElement(By.cssSelector("#search-companies a[href='/companies/bytedance']")).click());
        assertThat(browser.findElement(By.cssSelector(".site-header a[aria-current=page]")).getText()).isEqualTo("公司");

        // A fact found by a word of its claim opens on its subject's page, at its row.
        open("/?lang=en");
        WebElement again = browser.findElement(By.id("site-search"));
        again.sendKeys("dialect");
        toNextPage(() -> browser.findElement(By.cssSelector(".site-header form[role=search] button")).click());
        Browser.screenshot(browser, "search-results-en");
        WebElement fact = browser.findElement(By.cssSelector("#search-facts a"));
        String href = fact.getAttribute("href");
        assertThat(href).contains("/products/doubao#fact-");
        toNextPage(fact::click);
        String row = href.substring(href.indexOf('#') + 1);
        assertThat(browser.findElement(By.id(row)).getText()).contains("dialect");
    }

    /**
     * One row: every control's middle at the same height, none taller than a line, none past the window's content
     * (which a desktop browser's scroll bar narrows: the width media queries see is the window's).
     */
    @SuppressWarnings("unchecked")
    private void assertOneRow(String where) {
        Map<String, Object> measured = (Map<String, Object>) js(MEASURE);
        List<Map<String, Object>> items = (List<Map<String, Object>>) measured.get("items");
        double height = number(measured.get("height"));
        double width = number(measured.get("clientWidth"));
        assertThat(items).as("controls in the header at %s", where).hasSizeGreaterThan(8);
        double highest = items.stream().mapToDouble(i -> number(i.get("middle"))).max().orElseThrow();
        double lowest = items.stream().mapToDouble(i -> number(i.get("middle"))).min().orElseThrow();
        assertThat(height).as("the header's height at %s: %s", where, items).isLessThan(70);
        assertThat(highest - lowest).as("the controls' middles differ at %s: %s", where, items).isLessThan(8);
        for (Map<String, Object> item : items) {
            assertThat(number(item.get("height"))).as("%s at %s wraps", item.get("name"), where).isLessThan(45);
            assertThat(number(item.get("right"))).as("%s at %s is past the window", item.get("name"), where)
                    .isLessThanOrEqualTo(width);
        }
        assertThat(number(measured.get("scrollWidth"))).as("the page's width at %s", where).isEqualTo(width);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static void viewport(int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        toNextPage(() -> browser.findElement(By.cssSelector("form.sign-in")).submit());
        assertThat(browser.findElements(By.cssSelector(".site-header .account-menu"))).as("signed in as %s", username)
                .hasSize(1);
    }

    private void createEditor() {
        jdbc.update("delete from account where username = ?", EDITOR);
        jdbc.update("insert into account (username, password_hash, role) values (?, ?, 'EDITOR')", EDITOR,
                encoder.encode(EDITOR_PASSWORD));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
