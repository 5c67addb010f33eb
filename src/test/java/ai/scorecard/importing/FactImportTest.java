package ai.scorecard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.fact.FactLedger;
import ai.scorecard.source.SourceFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "erin", roles = "EDITOR")
class FactImportTest {

    static final String HEADER = String.join(",", FactImport.COLUMNS);

    @Autowired
    MockMvc mvc;

    @Autowired
    FactLedger ledger;

    @Autowired
    SourceFixtures sources;

    @Autowired
    FactImport factImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ImportProgress progress;

    long source;

    @BeforeEach
    void cite() {
        source = sources.cite("QuestMobile report", "https://example.com/questmobile", LocalDate.of(2026, 10, 15))
                .getId();
    }

    private String good() {
        return HEADER + "\r\n"
                + "product,doubao,DAU,150000000,,,,ABOUT,2026-09-30,,THIRD_PARTY," + source
                + ",\"Doubao had about 150 million\ndaily active users.\"\r\n"
                + "company,bytedance,DAU,400000000,,,,AT_LEAST,2026-09-30,observed,THIRD_PARTY," + source
                + ",ByteDance's apps had at least 400 million daily active users.\r\n";
    }

    @Test
    void aGoodFileIsPreviewedThenCommittedAndTheSameFileAgainChangesNothing() throws Exception {
        long before = ledger.count();
        Document preview = upload("facts.csv", good().getBytes(StandardCharsets.UTF_8), 200);
        assertThat(preview.select("#plans tr.plan .action")).extracting(Element::text)
                .containsExactly("new fact", "new fact");
        assertThat(ledger.count()).isEqualTo(before);
        String token = preview.selectFirst("#commit input[name=token]").val();

        mvc.perform(post("/import/commit").param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ledger.count()).isEqualTo(before + 2);
        assertThat(ledger.currentWithSubjects()).anyMatch(fact -> fact.getClaim()
                .equals("Doubao had about 150 million\ndaily active users."));
        // A preview commits once.
        mvc.perform(post("/import/commit").param("token", token).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(ledger.count()).isEqualTo(before + 2);

        Document again = upload("facts.csv", good().getBytes(StandardCharsets.UTF_8), 200);
        assertThat(again.select("#plans tr.plan .action")).extracting(Element::text)
                .containsExactly("unchanged", "unchanged");
        assertThat(again.selectFirst("#commit")).isNull();
        assertThat(again.selectFirst("#nothing")).isNotNull();
    }

    @Test
    void aPreviewIsKeptInTheDatabaseSoThatAnotherInstanceCommitsIt() throws Exception {
        long before = ledger.count();
        byte[] file = good().getBytes(StandardCharsets.UTF_8);
        String token = upload("facts.csv", file, 200).selectFirst("#commit input[name=token]").val();
        assertThat(jdbc.sql("select editor, filename, kind, content from import_preview where token = ?").param(token)
                .query((row, number) -> List.of(row.getString(1), row.getString(2), row.getString(3),
                        new String(row.getBytes(4), StandardCharsets.UTF_8))).single())
                .containsExactly("erin", "facts.csv", "FACTS", good());

        // Another instance: nothing shared with this one but the database.
        Imports elsewhere = new Imports(List.of(factImport), new Previews(jdbc, clock), progress, transaction);
        assertThat(elsewhere.commit("erin", token)).isEqualTo(new Imports.Committed.Recorded(ImportKind.FACTS, 2));
        assertThat(ledger.count()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from import_preview where token = ?").param(token).query(Long.class)
                .single()).isZero();
    }

    @Test
    void onlyTheEditorWhoUploadedItCommitsAPreviewAndOnlyWithinTheHour() throws Exception {
        long before = ledger.count();
        String token = upload("facts.csv", good().getBytes(StandardCharsets.UTF_8), 200)
                .selectFirst("#commit input[name=token]").val();
        Imports imports = new Imports(List.of(factImport), new Previews(jdbc, clock), progress, transaction);
        assertThat(imports.commit("mallory", token)).isEqualTo(new Imports.Committed.Gone());
        jdbc.sql("update import_preview set created_at = ? where token = ?")
                .params(java.sql.Timestamp.from(clock.instant().minus(Previews.KEPT).minusSeconds(1)), token).update();
        assertThat(imports.commit("erin", token)).isEqualTo(new Imports.Committed.Gone());
        assertThat(ledger.count()).isEqualTo(before);
    }

    @Test
    void aCommitAfterTheDataChangedStoresNothingAndAsksForAnotherPreview() throws Exception {
        String token = upload("facts.csv", good().getBytes(StandardCharsets.UTF_8), 200)
                .selectFirst("#commit input[name=token]").val();
        // Meanwhile another editor records the first row's fact: the row would now be unchanged, not new.
        String onlyFirst = HEADER + "\r\n" + "product,doubao,DAU,150000000,,,,ABOUT,2026-09-30,,THIRD_PARTY," + source
                + ",\"Doubao had about 150 million\ndaily active users.\"\r\n";
        String other = upload("facts.csv", onlyFirst.getBytes(StandardCharsets.UTF_8), 200)
                .selectFirst("#commit input[name=token]").val();
        mvc.perform(post("/import/commit").param("token", other).with(csrf())).andExpect(status().is3xxRedirection());
        long before = ledger.count();

        Document refused = Jsoup.parse(mvc.perform(post("/import/commit").param("token", token).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(refused.selectFirst("#file-problem").text()).isEqualTo("The data changed since your preview, and "
                + "the file would no longer do what the preview showed. Nothing was stored: preview the file again.");
        assertThat(ledger.count()).isEqualTo(before);
    }

    @Test
    void theProgressOfAPreviewAndACommitIsKeptForTheEditorsPageToAsk() throws Exception {
        String id = "0123456789abcdef0123456789abcdef";
        MvcResult result = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "facts.csv", "text/csv",
                good().getBytes(StandardCharsets.UTF_8))).param("progress", id).with(csrf())).andReturn();
        assertThat(mvc.perform(get("/import/progress/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).isEqualTo("Done: 2 rows.");
        Document preview = Jsoup.parse(result.getResponse().getContentAsString());
        String next = preview.selectFirst("#commit input[name=progress]").val();
        assertThat(next).matches("[0-9a-f]{32}").isNotEqualTo(id);
        assertThat(preview.selectFirst("#progress").attr("data-url")).isEqualTo("/import/progress/" + next);
        mvc.perform(get("/import/progress/" + next)).andExpect(status().isNotFound());
        mvc.perform(post("/import/commit").param("token", preview.selectFirst("#commit input[name=token]").val())
                .param("progress", next).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/import/progress/" + next).param("lang", "zh-CN")).andReturn().getResponse()
                .getContentAsString()).isEqualTo("已完成，共 2 行。");
        mvc.perform(get("/import/progress/" + id).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("mallory").roles("EDITOR"))).andExpect(status().isNotFound());
    }

    @Test
    void theRecordedCountIsShownAfterTheCommit() throws Exception {
        Document preview = upload("facts.csv", good().getBytes(StandardCharsets.UTF_8), 200);
        String token = preview.selectFirst("#commit input[name=token]").val();
        MvcResult result = mvc.perform(post("/import/commit").param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/import");
        assertThat(result.getFlashMap().get("recorded")).isEqualTo(2);
    }

    @Test
    void refusedRowsAreListedWithRowColumnAndReasonAndNothingCanBeCommitted() throws Exception {
        long before = ledger.count();
        String file = good()
                + "product,nosuchproduct,DAU,1,,,,EXACT,2026-09-30,,THIRD_PARTY," + source + ",A claim.\r\n"
                + "product,doubao,DAU,-5,,,,EXACT,2026-08-30,,THIRD_PARTY," + source + ",A claim.\r\n"
                + "product,doubao,DAU,150000000,,,,ABOUT,2026-09-30,,THIRD_PARTY," + source + ",Twice.\r\n"
                + "product,doubao,MAU,12,,,,EXACT,2026-09-30,,THIRD_PARTY,999999,A claim.\r\n"
                + "product,doubao,DAU,12,,,,EXACT,30.9.2026,,THIRD_PARTY," + source + ",A claim.\r\n";
        Document preview = upload("facts.csv", file.getBytes(StandardCharsets.UTF_8), 422);
        assertThat(preview.select("#refusals tr.refusal")).extracting(row -> row.select("td").eachText())
                .containsExactly(
                        List.of("4", "subject", "There is no company or product with this address name."),
                        List.of("5", "value", "A value cannot be negative."),
                        List.of("6", "as_of", "Row 2 states the same subject, metric and as-of date."),
                        List.of("7", "source", "There is no source with this number in the bibliography."),
                        List.of("8", "as_of", "Not a date: write it as 2026-11-29."));
        assertThat(preview.selectFirst("#commit")).isNull();
        assertThat(ledger.count()).isEqualTo(before);
        mvc.perform(post("/import/commit").param("token", "made-up").with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(ledger.count()).isEqualTo(before);
    }

    @Test
    void aChineseCsvInGb18030WithSemicolonsReads() throws Exception {
        String file = HEADER.replace(',', ';') + "\r\n"
                + "product;doubao;DAU;150000000;;;;ABOUT;2026-09-30;;THIRD_PARTY;" + source + ";豆包日活约 1.5 亿。\r\n";
        Document preview = upload("事实.csv", file.getBytes(Charset.forName("GB18030")), 200);
        String token = preview.selectFirst("#commit input[name=token]").val();
        mvc.perform(post("/import/commit").param("token", token).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(ledger.currentWithSubjects()).anyMatch(fact -> fact.getClaim().equals("豆包日活约 1.5 亿。"));
    }

    @Test
    void aCsvWithAByteOrderMarkReads() throws Exception {
        Document preview = upload("facts.csv", ("\uFEFF" + good()).getBytes(StandardCharsets.UTF_8), 200);
        assertThat(preview.select("#plans tr.plan")).hasSize(2);
    }

    @Test
    void anXlsxWithADateCellAndANumberCellReads() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("facts");
            Row header = sheet.createRow(0);
            for (int i = 0; i < FactImport.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(FactImport.COLUMNS.get(i));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("product");
            row.createCell(1).setCellValue("doubao");
            row.createCell(2).setCellValue("DAU");
            row.createCell(3).setCellValue(150000000d);
            row.createCell(7).setCellValue("ABOUT");
            row.createCell(8).setCellValue(LocalDate.of(2026, 9, 30));
            row.getCell(8).setCellStyle(date);
            row.createCell(10).setCellValue("THIRD_PARTY");
            row.createCell(11).setCellValue(String.valueOf(source));
            row.createCell(12).setCellValue("Doubao had about 150 million daily active users.");
            workbook.write(bytes);
        }
        Document preview = upload("facts.xlsx", bytes.toByteArray(), 200);
        assertThat(preview.select("#refusals")).isEmpty();
        String token = preview.selectFirst("#commit input[name=token]").val();
        mvc.perform(post("/import/commit").param("token", token).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(ledger.currentWithSubjects()).anyMatch(fact -> fact.getAsOf().equals(LocalDate.of(2026, 9, 30))
                && fact.getValueNumeric().compareTo(new java.math.BigDecimal(150000000)) == 0);
    }

    @Test
    void badFilesGetTheirMessageAndStoreNothing() throws Exception {
        long before = ledger.count();
        assertThat(upload("facts.csv", new byte[0], 422).selectFirst("#file-problem").text())
                .isEqualTo("The file is empty.");
        assertThat(upload("facts.csv", good().replace("qualifier", "qualifer").getBytes(StandardCharsets.UTF_8), 422)
                .selectFirst("#file-problem").text())
                .isEqualTo("The header has no column “qualifier”. Check its spelling, or start from the template.");
        assertThat(upload("facts.pdf", good().getBytes(StandardCharsets.UTF_8), 422).selectFirst("#file-problem").text())
                .isEqualTo("Only .csv and .xlsx files can be imported.");
        assertThat(upload("facts.xlsx", good().getBytes(StandardCharsets.UTF_8), 422).selectFirst("#file-problem")
                .text()).isEqualTo("The file cannot be read as a CSV or XLSX file.");
        assertThat(upload("facts.csv", (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8), 422)
                .selectFirst("#file-problem").text()).isEqualTo("The file has a header but no rows.");
        assertThat(ledger.count()).isEqualTo(before);
    }

    @Test
    void theExportedFactsImportAsUnchanged() throws Exception {
        long before = ledger.count();
        byte[] export = mvc.perform(get("/export/facts.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Document preview = upload("facts.csv", export, 200);
        assertThat(preview.select("#refusals tr")).isEmpty();
        assertThat(preview.select("#plans tr.plan")).isNotEmpty()
                .allMatch(row -> row.attr("data-action").equals("UNCHANGED"));
        assertThat(preview.selectFirst("#commit")).isNull();
        assertThat(ledger.count()).isEqualTo(before);
    }

    @Test
    void theFormSentBackByTheUploadLimitNamesTheLimit() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/import").param("tooLarge", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#file-problem").text())
                .isEqualTo("The file is larger than 20 MB. Split it into smaller files.");
    }

    @Test
    void aFileOverTheRowLimitIsRefused() throws Exception {
        StringBuilder file = new StringBuilder(HEADER).append("\n");
        String row = "product,doubao,DAU,1,,,,EXACT,2026-09-30,,THIRD_PARTY," + source + ",A claim.\n";
        file.append(row.repeat(Spreadsheet.MAX_ROWS + 1));
        assertThat(upload("facts.csv", file.toString().getBytes(StandardCharsets.UTF_8), 422)
                .selectFirst("#file-problem").text())
                .isEqualTo("The file has more than 50,000 rows. Split it into smaller files.");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook empty = new XSSFWorkbook()) {
            empty.createSheet("facts").createRow(0).createCell(0).setCellValue("subject_type");
            empty.write(workbook);
        }
        // A real workbook with one more part that inflates a thousandfold: 50 MB from some 50 kB.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/padding.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        long before = ledger.count();
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        assertThat(upload("facts.xlsx", bomb.toByteArray(), 422).selectFirst("#file-problem").text())
                .isEqualTo("The workbook would unpack to far more than its size (a zip bomb); it was not read.");
        assertThat(ledger.count()).isEqualTo(before);
    }

    @Test
    void theFormDocumentsTheColumnsInChineseAndOffersATemplate() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/import").param("lang", "zh-CN")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#columns-facts dt")).extracting(Element::text).containsExactlyElementsOf(FactImport.COLUMNS);
        assertThat(page.select("#columns-facts dd").first().text()).isEqualTo("这一行是关于公司还是产品： company product");
        assertThat(mvc.perform(get("/import/template/facts.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).startsWith(HEADER);
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void anAnalystIsRefused() throws Exception {
        mvc.perform(get("/import")).andExpect(status().isForbidden());
        mvc.perform(get("/import/progress/0123456789abcdef")).andExpect(status().isForbidden());
        mvc.perform(multipart("/import").file(new MockMultipartFile("file", "facts.csv", "text/csv",
                good().getBytes(StandardCharsets.UTF_8))).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithAnonymousUser
    void anAnonymousReaderIsSentToSignIn() throws Exception {
        mvc.perform(get("/import")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUploadWithoutCsrfIsRefused() throws Exception {
        mvc.perform(multipart("/import").file(new MockMultipartFile("file", "facts.csv", "text/csv",
                good().getBytes(StandardCharsets.UTF_8)))).andExpect(status().isForbidden());
    }

    private Document upload(String name, byte[] bytes, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(multipart("/import").file(new MockMultipartFile("file", name,
                "application/octet-stream", bytes)).with(csrf())).andExpect(status().is(expectedStatus)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
