package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.source.Bibliography;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor, in a real browser, uploads a file of facts: the preview names the refused row and offers no commit;
 * the row fixed in an Excel workbook, the commit records its fact; anyone downloads the rankings as a workbook from
 * the page's link; a file over the upload limit brings the form back with the limit (not an error page), storing
 * nothing.
 */
class ImportJourneyIT extends Journey {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Bibliography bibliography;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @TempDir
    Path files;

    @Test
    void anEditorPreviewsFixesAndCommitsAFileAndAFileOverTheLimitIsRefusedWithTheForm() throws Exception {
        jdbc.update("delete from account where username = 'journey-importer'");
        jdbc.update("insert into account (username, password_hash, role) values ('journey-importer', ?, 'EDITOR')",
                encoder.encode("correct horse battery"));
        long source = bibliography.all().get(0).getId();
        long before = ledger.count();

        open("/import");
        browser.findElement(By.id("username")).sendKeys("journey-importer");
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        toNextPage(() -> browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import data");

        Path csv = files.resolve("facts.csv");
        Files.writeString(csv, "subject_type,subject,metric,value,level,unit,currency,qualifier,as_of,as_of_basis,"
                + "provenance,source,claim\n"
                + "product,nosuchproduct,DAU,1,,,,EXACT,2026-09-30,,THIRD_PARTY," + source + ",A claim.\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        toNextPage(() -> browser.findElement(By.cssSelector("#upload button[type=submit]")).click());
        assertThat(browser.findElement(By.cssSelector("#refusals tr.refusal")).getText())
                .isEqualTo("2 subject There is no company or product with this address name.");
        assertThat(browser.findElements(By.id("commit"))).isEmpty();

        // The row fixed, in a workbook as Excel saves it (the date a date cell), the preview offers to record it,
        // and the commit records it.
        Path xlsx = files.resolve("facts.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("facts");
            String[] header = {"subject_type", "subject", "metric", "value", "level", "unit", "currency", "qualifier",
                    "as_of", "as_of_basis", "provenance", "source", "claim"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("product");
            row.createCell(1).setCellValue("glm");
            row.createCell(2).setCellValue("DAU");
            row.createCell(3).setCellValue(1);
            row.createCell(7).setCellValue("EXACT");
            Cell asOf = row.createCell(8);
            asOf.setCellValue(LocalDate.of(2026, 9, 30));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            asOf.setCellStyle(date);
            row.createCell(10).setCellValue("THIRD_PARTY");
            row.createCell(11).setCellValue(source);
            row.createCell(12).setCellValue("A claim.");
            workbook.write(out);
        }
        browser.findElement(By.id("file")).sendKeys(xlsx.toString());
        toNextPage(() -> browser.findElement(By.cssSelector("#upload button[type=submit]")).click());
        assertThat(browser.findElement(By.cssSelector("#plans tr.plan .action")).getText()).isEqualTo("new fact");
        toNextPage(() -> browser.findElement(By.cssSelector("#commit button[type=submit]")).click());
        assertThat(browser.findElement(By.id("recorded")).getText()).isEqualTo("1 fact recorded.");
        assertThat(ledger.count()).isEqualTo(before + 1);
        // Retracted again, so that the other journeys sharing this application see the seed's scores.
        Fact imported = ledger.ledgerOf(catalog.product("glm").orElseThrow()).stream()
                .filter(fact -> fact.getClaim().equals("A claim.")).findFirst().orElseThrow();
        ledger.retract(imported, "Recorded by the import journey only.");
        before = ledger.count();

        // Anyone downloads the rankings as a workbook from the link on the page, and it holds the page's ranking.
        open("/rankings");
        String firstRanked = browser.findElement(By.cssSelector("tr.ranked")).getAttribute("data-product");
        String download = browser.findElement(By.cssSelector("a.download-xlsx")).getAttribute("href");
        HttpResponse<byte[]> downloaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(download)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded.body()))) {
            Sheet scores = workbook.getSheetAt(0);
            assertThat(scores.getRow(0).getCell(1).getStringCellValue()).isEqualTo("slug");
            List<String> productRows = new ArrayList<>();
            for (Row row : scores) {
                if ("product".equals(row.getCell(0).getStringCellValue())) {
                    productRows.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(productRows).first().isEqualTo(firstRanked);
        }

        open("/import");
        Path large = files.resolve("large.csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        browser.findElement(By.id("file")).sendKeys(large.toString());
        toNextPage(() -> browser.findElement(By.cssSelector("#upload button[type=submit]")).click());
        assertThat(browser.findElement(By.id("file-problem")).getText())
                .isEqualTo("The file is larger than 20 MB. Split it into smaller files.");
        assertThat(ledger.count()).isEqualTo(before);
    }
}
