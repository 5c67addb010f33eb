package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /api} shows the OpenAPI document in Swagger UI, served by the application itself, under the site's strict
 * Content Security Policy (scripts and styles from the site only): every endpoint is listed, and one can be tried
 * from the page, its answer shown.
 */
class ApiPageIT extends Journey {

    static final List<String> ENDPOINTS = List.of("/api/v1/companies", "/api/v1/companies/{slug}",
            "/api/v1/companies/{slug}/facts", "/api/v1/products", "/api/v1/products/{slug}",
            "/api/v1/products/{slug}/facts", "/api/v1/scores", "/api/v1/compare", "/api/v1/methodology",
            "/api/v1/methodology/{version}", "/export/scores.{format}");

    @Test
    void theApiPageListsEveryEndpointAndTriesOne() throws Exception {
        open("/api");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(driver -> driver.findElements(By.cssSelector(".opblock-summary-path")).size() >= ENDPOINTS.size());
        List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(path -> path.getAttribute("data-path")).toList();
        assertThat(paths).containsAll(ENDPOINTS);
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText())
                .startsWith("AI Commercialization Scorecard API");

        WebElement companies = browser.findElements(By.cssSelector(".opblock")).stream()
                .filter(operation -> "/api/v1/companies".equals(operation
                        .findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path")))
                .findFirst().orElseThrow();
        companies.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(driver -> !companies.findElements(By.cssSelector(".try-out__btn")).isEmpty());
        companies.findElement(By.cssSelector(".try-out__btn")).click();
        wait.until(driver -> !companies.findElements(By.cssSelector("button.execute")).isEmpty());
        companies.findElement(By.cssSelector("button.execute")).click();
        wait.until(driver -> !companies.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status"))
                .isEmpty());
        assertThat(companies.findElement(By.cssSelector(".live-responses-table tr.response .response-col_status")).getText())
                .startsWith("200");
        assertThat(companies.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description")).getText())
                .contains("bytedance", "字节跳动");
        Browser.screenshot(browser, "api-page");
    }
}
