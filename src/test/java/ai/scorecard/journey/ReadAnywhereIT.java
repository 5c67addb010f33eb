package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The comparison reads anywhere: printed on A4 (the print stylesheet drops navigation, header, footer and
 * forms and keeps the charts) and on a phone 360 pixels wide (nothing wider than the screen). The PDFs are
 * kept under target/print and the phone screenshots under target/screenshots.
 */
class ReadAnywhereIT extends Journey {

    static final Path PRINTS = Path.of("target", "print");
    static final List<String> CHARTS = List.of("compare-bars", "compare-radar", "compare-style", "compare-gap");

    @AfterEach
    void screenAgain() {
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theComparisonPrintsOnA4WithoutNavigationAndWithItsCharts() throws Exception {
        open("/compare?lang=en");
        assertThat(display(".site-header")).isNotEqualTo("none");

        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(js("return matchMedia('print').matches")).isEqualTo(true);
        for (String hidden : List.of(".site-header", ".site-footer", "form.compare-form", ".lens-switcher")) {
            assertThat(display(hidden)).as(hidden).isEqualTo("none");
        }
        for (String hidden : List.of(".site-header nav", "a.navbar-brand", "#left", "#lens", ".lens-switcher a")) {
            assertThat(browser.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
        }
        for (String chart : CHARTS) {
            WebElement svg = browser.findElement(By.cssSelector("#" + chart + " svg"));
            assertThat(svg.isDisplayed()).as(chart).isTrue();
            assertThat(svg.getRect().getWidth()).as(chart + " width").isGreaterThan(200);
            assertThat(svg.getRect().getHeight()).as(chart + " height").isGreaterThan(50);
            assertThat(js("return getComputedStyle(document.querySelector('#" + chart + "')).breakInside"))
                    .as(chart).isEqualTo("avoid");
        }
        assertThat(browser.findElement(By.id("verdict")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("dimensions")).isDisplayed()).isTrue();

        int pages = printA4("compare.pdf");
        assertThat(pages).isBetween(1, 8);

        // In Chinese too: the same stylesheet, the same charts, CJK text on paper.
        open("/compare?lang=zh-CN");
        assertThat(display(".site-header")).isEqualTo("none");
        assertThat(printA4("compare-zh.pdf")).isBetween(1, 8);
    }

    @Test
    void theComparisonReadsOnAPhone360PixelsWide() throws Exception {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        for (String language : List.of("en", "zh-CN")) {
            open("/compare?lang=" + language);
            assertThat(js("return window.innerWidth")).isEqualTo(360L);
            assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector("#compare-bars svg")).getRect().getWidth())
                    .isBetween(200, 360);
            Object wider = js("return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > 361 && !e.closest('.table-responsive'))"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
            assertThat(js("return document.documentElement.scrollWidth"))
                    .as("page wider than the phone (%s): %s", language, wider).isEqualTo(360L);
            Browser.screenshot(browser, "compare-phone-360-" + language);
        }
    }

    /** Prints the page to PDF on A4, keeps it under target/print and answers how many pages it has. */
    private static int printA4(String name) throws Exception {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setPageMargin(new PageMargin(0, 0, 0, 0)); // the stylesheet's @page margins apply
        options.setBackground(true);
        Pdf pdf = ((PrintsPage) browser).print(options);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.createDirectories(PRINTS);
        Files.write(PRINTS.resolve(name), bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        Matcher page = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        // A4 is 595 × 842 points.
        assertThat(text).containsPattern("/MediaBox\\s*\\[\\s*0\\s+0\\s+595(\\.\\d+)?\\s+841(\\.\\d+)?|/MediaBox\\s*\\[\\s*0\\s+0\\s+595(\\.\\d+)?\\s+842");
        return pages;
    }

    private static String display(String selector) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).display", selector);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void cdp(String command, Map<String, Object> parameters) {
        ((ChromeDriver) browser).executeCdpCommand(command, parameters);
    }
}
