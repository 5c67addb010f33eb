package ai.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.source.Bibliography;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor, in a real browser, uploads a file of facts: the preview names the refused row and offers no commit;
 * the file fixed, the commit records its fact; a file over the upload limit brings the form back with the limit
 * (not an error page), storing nothing.
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

        // The row fixed, the preview offers to record it, and the commit records it.
        Files.writeString(csv, Files.readString(csv).replace("nosuchproduct", "glm"), StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(csv.toString());
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
