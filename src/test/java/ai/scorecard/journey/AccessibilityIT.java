package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs axe-core in headless Chromium on every kind of page, in English and in Chinese: the reading pages, the
 * comparison (two pairs, each lens), the sign-in page, every form both empty and showing its refusals, and the
 * 400, 403 and 404 pages. No violation of impact "serious" or "critical" is allowed; the failure lists each
 * one with its rule, impact, element and page. Then checks, in the same browser, that a refused form puts the
 * focus on its first refused field and that focus is visible on links, buttons, fields and chart links.
 */
class AccessibilityIT extends Journey {

    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final String EDITOR = "a11y-editor";
    static final String EDITOR_PASSWORD = "correct horse battery a11y";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final List<String> LENSES = List.of("official", "monetization-first", "growth-first", "capability-first");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final List<String> violations = new ArrayList<>();
    private final Map<String, Set<String>> lesser = new TreeMap<>();
    private int checked;

    @Test
    void everyPageHasNoSeriousOrCriticalViolation() {
        createEditor();
        // English: every page. Chinese (the same templates, other words and fonts): each reading page once,
        // one comparison, and every form as it shows its refusals (which holds all the empty form has).
        for (String lang : List.of("en", "zh-CN")) {
            boolean everything = lang.equals("en");
            signOut();
            open("/?lang=" + lang);
            readerPages(everything);
            signIn(EDITOR, EDITOR_PASSWORD);
            editorPages(everything);
            signOut();
            signIn(ADMIN, ADMIN_PASSWORD);
            adminPages(everything);
        }
        // Moderate and minor findings do not fail the build; they are listed for a person to weigh.
        lesser.forEach((rule, pages) -> System.out.println("axe (not failing) " + rule + " on " + pages));
        assertThat(violations)
                .as("axe found %d serious or critical violations on %d pages:%n%s", violations.size(), checked,
                        String.join(System.lineSeparator(), violations))
                .isEmpty();
    }

    private void readerPages(boolean everything) {
        for (String path : List.of("/", "/companies", "/companies/bytedance", "/products",
                "/products?category=coding-tool&sort=stage&dir=desc&size=5", "/products/doubao", "/products/doubao/history",
                "/companies/alibaba/history", "/styles", "/rankings", "/rankings?category=coding-tool", "/methodology",
                "/login", "/login?error", "/products/no-such", "/products?page=abc", "/compare?left=alibaba&right=alibaba",
                "/search?q=doubao", "/search?q=zzqx", "/search?q=" + "a".repeat(201), "/sources", "/sources/1",
                "/sources/1/history", "/search?q=article", "/products/doubao?disputed=exclude",
                "/rankings?disputed=exclude", "/changes", "/changes?company=bytedance", "/methodology/diff?from=1&to=2",
                "/companies/bytedance/score-history", "/compare/score-history?left=bytedance&right=alibaba&lens=official",
                "/compare?asOf=2026-11-25", "/companies/bytedance?asOf=2026-11-25", "/styles?asOf=2026-11-25")) {
            check(path);
        }
        if (!everything) {
            check("/compare?left=bytedance&right=alibaba");
            return;
        }
        for (String lens : LENSES) {
            check("/compare?left=bytedance&right=alibaba&lens=" + lens);
            check("/compare?left=tencent&right=alibaba&lens=" + lens);
        }
    }

    private void editorPages(boolean everything) {
        form("/companies/new", "form.edit-form", everything);
        form("/products/new", "form.edit-form", everything);
        form("/products/doubao/facts/new", "form.edit-form", everything);
        if (everything) {
            check("/companies/bytedance/edit");
            check("/products/doubao/edit");
            check("/companies/bytedance/facts/new");
        }

        open("/products/doubao");
        String supersede = browser.findElement(By.cssSelector(".fact-actions a[href$='/supersede']")).getAttribute("href");
        String retract = browser.findElement(By.cssSelector(".fact-actions a[href$='/retract']")).getAttribute("href");
        form(supersede, "form.edit-form", everything);
        form(retract, "form.edit-form", everything);
        open("/products/doubao");
        String dispute = browser.findElement(By.cssSelector(".fact-actions a[href$='/dispute']")).getAttribute("href");
        // Sent as it stands, without who disputes it or why, the dispute is refused and nothing is recorded.
        form(dispute, "form.edit-form", everything);

        form("/products/doubao/delete", "form.delete-form", everything);
        assertThat(browser.findElements(By.id("delete-refused"))).as("the delete was refused").hasSize(1);
        // Sent as it stands, without a reason, the retraction of a source's facts is refused and retracts nothing.
        form("/sources/1/retract", "form.edit-form", everything);
        if (everything) {
            check("/sources/1/edit");
        }

        check("/admin/accounts");
        assertThat(browser.findElements(By.cssSelector("form.edit-form"))).as("an editor is refused /admin").isEmpty();

        openAccountMenu("/search?q=doubao");
        check("/search?q=doubao (the editor's account menu open)");
    }

    private void adminPages(boolean everything) {
        openAccountMenu("/companies/bytedance");
        check("/companies/bytedance (the administrator's account menu open)");
        form("/admin/accounts", "form.edit-form", everything);

        open("/methodology/drafts/new");
        if (everything) {
            check("/methodology/drafts/new");
        }
        WebElement freshness = browser.findElement(By.id("freshnessDays"));
        freshness.clear();
        freshness.sendKeys("soon");
        WebElement weight = browser.findElement(By.id("lenses0.weights0"));
        weight.clear();
        weight.sendKeys("2");
        submitForm("form.edit-form");
        // A refused weight deep in the lens table is marked and linked from the summary like any field.
        WebElement refused = browser.findElement(By.id("lenses0.weights0"));
        assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(refused.getAttribute("aria-describedby"))).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#error-summary a[href='#lenses0.weights0']"))).hasSize(1);
        check("/methodology/drafts/new (refused)");

        if (everything) {
            open("/methodology/drafts/new");
            browser.findElement(By.id("note")).sendKeys("Only a preview.");
            submitForm("form.edit-form");
            check("/methodology/drafts (preview)");
        }
    }

    /** Opens the page and, in its header, the menu behind the account's name. */
    private void openAccountMenu(String path) {
        open(path);
        browser.findElement(By.cssSelector(".site-header .account-menu summary")).click();
        assertThat(browser.findElement(By.cssSelector(".site-header .signed-in-as")).isDisplayed()).isTrue();
    }

    /** A form as first shown (when asked), then sent as it stands, so that it shows its refusals. */
    private void form(String address, String form, boolean empty) {
        String path = address.replaceFirst("^https?://[^/]+", "");
        open(path);
        if (empty) {
            check(path + " (empty)");
        }
        submitForm(form);
        check(path + " (refused)");
    }

    /** Opens a path (or, for a label with a space, stays on the page the browser shows) and runs axe on it. */
    private void check(String page) {
        if (!page.contains(" ")) {
            open(page);
        }
        long start = System.nanoTime();
        // Legacy mode runs axe.run in the page itself; the default opens a second tab for every page.
        Results results = new AxeBuilder().setLegacyMode(true).disableIframeTesting().analyze(browser);
        checked++;
        System.out.printf("axe %5d ms %s%n", (System.nanoTime() - start) / 1_000_000, page);
        if (results.isErrored()) {
            violations.add(page + ": axe failed: " + results.getErrorMessage());
            return;
        }
        String where = page + " [" + browser.findElement(By.tagName("html")).getAttribute("lang") + "] "
                + browser.getCurrentUrl();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (BLOCKING.contains(impact)) {
                    violations.add("- " + rule.getId() + " (" + impact + ") at " + node.getTarget() + " on " + where
                            + ": " + rule.getHelp());
                } else {
                    lesser.computeIfAbsent(rule.getId() + " (" + impact + ")", id -> new TreeSet<>()).add(page);
                }
            }
        }
    }

    @Test
    void aRefusedFormPutsTheFocusOnItsFirstRefusedField() {
        createEditor();
        signOut();
        signIn(EDITOR, EDITOR_PASSWORD);

        open("/products/doubao/facts/new");
        browser.findElement(By.id("value")).sendKeys("-5");
        submitForm("form.edit-form");
        WebElement first = browser.findElement(By.cssSelector("#main [aria-invalid=true]"));
        assertThat(first.getAttribute("id")).isEqualTo("metric");
        assertThat(activeId()).isEqualTo("metric");
        // Each refused field points at its own message.
        for (WebElement field : browser.findElements(By.cssSelector("#main [aria-invalid=true]"))) {
            String message = field.getAttribute("aria-describedby");
            assertThat(message).as(field.getAttribute("id")).isEqualTo(field.getAttribute("id") + "-error");
            assertThat(browser.findElement(By.id(message)).getText()).as(message).isNotBlank();
        }
        assertThat(browser.findElement(By.id("value")).getAttribute("aria-invalid")).isEqualTo("true");

        // With only a later field refused, the focus goes to that one.
        open("/companies/new");
        browser.findElement(By.id("slug")).sendKeys("a11y-focus-test");
        browser.findElement(By.id("nameZh")).sendKeys("焦点");
        browser.findElement(By.id("summary")).sendKeys("Only the English name is missing.");
        submitForm("form.edit-form");
        assertThat(activeId()).isEqualTo("nameEn");

        // A form shown for the first time takes no focus away from the page.
        open("/companies/new");
        assertThat(activeTag()).isEqualTo("body");

        // A refused delete: the focus goes to the box that allows it, which points at the reason.
        open("/products/doubao/delete");
        submitForm("form.delete-form");
        assertThat(activeId()).isEqualTo("withFacts");
        assertThat(browser.findElement(By.id("withFacts")).getAttribute("aria-describedby")).isEqualTo("delete-refused");
    }

    @Test
    void focusIsVisibleOnLinksButtonsFieldsAndChartLinks() {
        signOut();
        open("/products?lang=en");
        assertVisibleFocusAfterTabs("a.visually-hidden-focusable", 1);
        assertVisibleFocusOn(By.cssSelector(".site-header .navbar-brand"));
        assertVisibleFocusOn(By.cssSelector(".site-header .nav-link"));
        assertVisibleFocusOn(By.cssSelector("#main input:not([type=hidden])"));
        assertVisibleFocusOn(By.cssSelector("#main select"));
        assertVisibleFocusOn(By.cssSelector("#main button[type=submit]"));

        open("/styles");
        assertVisibleFocusOn(By.cssSelector("svg a.point"));
        open("/compare");
        assertVisibleFocusOn(By.cssSelector(".lens-switcher a.active"));
        assertVisibleFocusOn(By.cssSelector("details.chart-data summary"));
    }

    /** Tabs from the top of the page n times and checks that the focused element matches and shows its focus. */
    private void assertVisibleFocusAfterTabs(String css, int tabs) {
        ((JavascriptExecutor) browser).executeScript("document.activeElement && document.activeElement.blur()");
        Actions keys = new Actions(browser);
        for (int i = 0; i < tabs; i++) {
            keys.sendKeys(Keys.TAB);
        }
        keys.perform();
        WebElement active = browser.switchTo().activeElement();
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("return arguments[0].matches(arguments[1])",
                active, css)).as("focus after %d tabs is on %s", tabs, css).isTrue();
        assertFocusVisible(css);
    }

    /**
     * Puts the keyboard focus just before the element (focusing its predecessor in the tab order), presses Tab,
     * and checks that the element drew an outline or a box shadow: keyboard focus, so :focus-visible applies.
     */
    private void assertVisibleFocusOn(By by) {
        WebElement target = browser.findElement(by);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // Focus the target from script, then Shift+Tab and Tab: the last move is a keyboard one.
        js.executeScript("arguments[0].focus()", target);
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).sendKeys(Keys.TAB).perform();
        assertThat((Boolean) js.executeScript("return document.activeElement === arguments[0]", target))
                .as("keyboard focus is back on %s", by).isTrue();
        assertFocusVisible(by.toString());
    }

    private void assertFocusVisible(String what) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String style = (String) js.executeScript("""
                const e = document.activeElement, s = getComputedStyle(e);
                return s.outlineStyle + '|' + s.outlineWidth + '|' + s.boxShadow;""");
        String[] parts = style.split("\\|", 3);
        // Our stylesheet draws an outline on every focused control; Bootstrap's faint box shadow alone is not enough.
        boolean outline = !parts[0].equals("none") && !parts[1].startsWith("0");
        assertThat(outline).as("focus is visible on %s (outline style|width|box-shadow: %s)", what, style).isTrue();
        assertThat((Boolean) js.executeScript("return document.activeElement.matches(':focus-visible')"))
                .as("%s matches :focus-visible", what).isTrue();
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
    }

    private String activeTag() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.tagName.toLowerCase()");
    }

    /** Sends the form and waits until the page that answers has loaded. */
    private void submitForm(String css) {
        toNextPage(() -> browser.findElement(By.cssSelector(css)).submit());
    }

    private void createEditor() {
        jdbc.update("delete from account where username = ?", EDITOR);
        jdbc.update("insert into account (username, password_hash, role) values (?, ?, 'EDITOR')", EDITOR,
                encoder.encode(EDITOR_PASSWORD));
    }

    private void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submitForm("form.sign-in");
        assertThat(browser.findElements(By.cssSelector(".signed-in-as"))).as("signed in as %s", username).hasSize(1);
    }

    /** Forgets the session; the language cookie stays. */
    private void signOut() {
        open("/");
        browser.manage().deleteCookieNamed("JSESSIONID");
    }

}
