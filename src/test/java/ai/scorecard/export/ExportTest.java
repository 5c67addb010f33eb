package ai.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports read back (CSV with commons-csv, XLSX with POI) hold exactly the API's records: every row, every
 * column, text as text, numbers as numbers, an unknown figure as an empty cell. The CSV starts with a byte order
 * mark, Chinese survives both formats, and a hostile text that a spreadsheet would run as a formula is neutralised in
 * the CSV and a plain text cell in the workbook. The first columns are the seed's, so the files load as the seed does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ExportTest {

    static final String HOSTILE_NAME = "=HYPERLINK(\"https://evil.example\",\"click\")";
    static final String HOSTILE_CLAIM = "+1+2 is what the source says";
    static final String HOSTILE_TITLE = "@SUM(A1:A9) report";
    static final String HOSTILE_SUMMARY = "-2+3";
    static final Set<String> DATES = Set.of("launch_date", "as_of", "date", "source_date");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aHostileCompanyWithAFact() {
        jdbc.update("insert into company (slug, name_en, name_zh, headquarters, summary) values "
                + "('formula-co', ?, '公式公司', '\t北京', ?)", HOSTILE_NAME, HOSTILE_SUMMARY);
        jdbc.update("insert into source (title, kind, created_at) values (?, 'PRESS', current_timestamp)",
                HOSTILE_TITLE);
        jdbc.update("insert into fact (company_id, metric, value_level, qualifier, as_of, provenance, source_id, claim, "
                + "recorded_at) values ((select id from company where slug = 'formula-co'), 'AI_REACH', 'PATCHWORK', "
                + "'EXACT', date '2026-11-02', 'COMMENTARY', (select max(id) from source), ?, current_timestamp)",
                HOSTILE_CLAIM);
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void companiesAreTheApisCompaniesInBothFormats() throws Exception {
        List<JsonNode> api = items(json("/api/v1/companies").get("items"));
        assertSame("/export/companies", api, row -> row);
        Map<String, String> hostile = csv("/export/companies.csv").stream()
                .filter(row -> row.get("slug").equals("formula-co")).findFirst().orElseThrow();
        assertThat(hostile.get("name_en")).isEqualTo("'" + HOSTILE_NAME);
        assertThat(hostile.get("name_zh")).isEqualTo("公式公司");
        assertThat(hostile.get("headquarters")).isEqualTo("'\t北京");
        assertThat(hostile.get("summary")).isEqualTo("'" + HOSTILE_SUMMARY);
        Cell name = xlsxCells("/export/companies.xlsx", "formula-co", "name_en");
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo(HOSTILE_NAME);
    }

    @Test
    void productsAreTheApisProductsWithTheSameFilters() throws Exception {
        String filters = "?company=bytedance&sort=launched&dir=desc";
        List<JsonNode> api = items(json("/api/v1/products" + filters + "&size=100").get("items"));
        assertThat(api).hasSizeGreaterThan(3);
        assertSame("/export/products", filters, api, row -> row);
        assertThat(csv("/export/products.csv?q=豆包").stream().map(row -> row.get("name_zh")).toList())
                .containsExactlyInAnyOrder("豆包", "豆包大模型");
    }

    @Test
    void factsAreEveryCurrentFactOfTheApiWithItsSource() throws Exception {
        List<JsonNode> api = new ArrayList<>();
        for (JsonNode company : json("/api/v1/companies").get("items")) {
            api.addAll(items(json("/api/v1/companies/" + company.get("slug").asString() + "/facts").get("items")));
        }
        for (JsonNode product : json("/api/v1/products?size=100").get("items")) {
            api.addAll(items(json("/api/v1/products/" + product.get("slug").asString() + "/facts").get("items")));
        }
        api.sort(java.util.Comparator.comparingLong(fact -> fact.get("id").asLong()));
        assertThat(api).hasSizeGreaterThan(30);
        assertSame("/export/facts", api, row -> row);
        Map<String, String> hostile = csv("/export/facts.csv").stream()
                .filter(row -> row.get("subject").equals("formula-co")).findFirst().orElseThrow();
        assertThat(hostile.get("claim")).isEqualTo("'" + HOSTILE_CLAIM);
        assertThat(hostile.get("source_title")).isEqualTo("'" + HOSTILE_TITLE);
        assertThat(hostile.get("value")).isEmpty();
    }

    @Test
    void sourcesAreKeyedByTheIdTheFactsCite() throws Exception {
        List<Map<String, String>> sources = csv("/export/sources.csv");
        List<Map<String, String>> facts = csv("/export/facts.csv");
        assertThat(facts).allSatisfy(fact -> assertThat(sources).anySatisfy(source -> {
            assertThat(source.get("key")).isEqualTo(fact.get("source"));
            assertThat(source.get("title")).isEqualTo(fact.get("source_title"));
        }));
    }

    @Test
    void scoresAreTheApisScoresUnderEveryLens() throws Exception {
        for (String lens : List.of("official", "monetization-first", "growth-first", "capability-first")) {
            JsonNode sheet = json("/api/v1/scores?lens=" + lens);
            List<JsonNode> rows = new ArrayList<>(items(sheet.get("companies")));
            rows.addAll(items(sheet.get("products")));
            assertSame("/export/scores", "?lens=" + lens, rows, row -> scoreRow(row, sheet));
        }
        Map<String, String> unscored = csv("/export/scores.csv?lens=official").stream()
                .filter(row -> row.get("subject_type").equals("product") && row.get("rank").isEmpty())
                .findFirst().orElseThrow();
        assertThat(unscored.get("score")).as("unknown is empty, never 0").isEmpty();
        assertThat(unscored.get("coverage")).isNotEmpty();
    }

    @Test
    void theFirstColumnsAreTheSeeds() throws Exception {
        for (String table : List.of("companies", "products", "facts", "sources")) {
            List<String> seed;
            try (Reader reader = new InputStreamReader(new ClassPathResource("seed/" + table + ".csv").getInputStream(),
                    StandardCharsets.UTF_8); CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                    .parse(reader)) {
                seed = parser.getHeaderNames();
            }
            assertThat(header("/export/" + table + ".csv")).as(table).startsWith(seed.toArray(String[]::new));
        }
    }

    @Test
    void aDownloadIsNamedAndTyped() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/export/scores.csv?lens=growth-first&category=coding-tool"))
                .andReturn().getResponse();
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"scores-growth-first-v2-coding-tool-2026-12-01.csv\"");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF});
        MockHttpServletResponse xlsx = mvc.perform(get("/export/facts.xlsx")).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo(Format.XLSX.mediaType());
        assertThat(xlsx.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"facts-2026-12-01.xlsx\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/export/scores.pdf | 404 | There is no export as “pdf”. Choose csv or xlsx.",
            "/export/scores.csv?lens=nonsense | 400 | There is no lens “nonsense”. Choose one from the list.",
            "/export/scores.xlsx?version=99 | 404 | There is no methodology version 99.",
            "/export/products.csv?stage=someday | 400 | The value “someday” is not allowed for “stage”."})
    void aBadExportIsRefusedAsTheApiRefuses(String path, int status, String detail) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        // No file is offered (Spring marks a problem at an address ending .pdf or .xlsx inline, against reflected
        // file downloads).
        assertThat(String.valueOf(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))).doesNotContain("attachment");
        assertThat(JsonMapper.shared().readTree(response.getContentAsString()).get("detail").asString())
                .isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/companies | Download | /export/companies",
            "/companies?lang=zh-CN | 下载 | /export/companies",
            "/products?company=bytedance&category=coding-tool&sort=stage&page=1 | Download | /export/products.{}?company=bytedance&category=coding-tool&sort=stage",
            "/products?lang=zh-CN | 下载 | /export/products.{}",
            "/rankings?category=coding-tool&lens=growth-first | Download | /export/scores.{}?category=coding-tool&lens=growth-first",
            "/rankings?lang=zh-CN | 下载 | /export/scores.{}?lens=official",
            "/compare?left=bytedance&right=alibaba&lens=capability-first | Download | /export/scores.{}?lens=capability-first&version=2&asOf=2026-12-01",
            "/compare?lang=zh-CN | 下载 | /export/scores.{}?lens=official&version=2&asOf=2026-12-01"})
    void theListRankingAndComparisonPagesLinkTheirDownloads(String page, String label, String link) throws Exception {
        Document document = Jsoup.parse(mvc.perform(get(page)).andReturn().getResponse().getContentAsString());
        Element downloads = document.selectFirst(".downloads");
        assertThat(downloads).as(page).isNotNull();
        assertThat(downloads.text()).startsWith(label);
        String pattern = link.contains("{}") ? link : link + ".{}";
        for (Format format : Format.values()) {
            String href = downloads.selectFirst(".download-" + format.extension()).attr("href");
            assertThat(href).isEqualTo(pattern.replace("{}", format.extension()));
            MockHttpServletResponse file = mvc.perform(get(href)).andReturn().getResponse();
            assertThat(file.getStatus()).as(href).isEqualTo(200);
            assertThat(file.getContentType()).as(href).isEqualTo(format.mediaType());
        }
    }

    /** A row of the scores table as the API has it: the record, its dimensions and the sheet's basis flattened. */
    private static Map<String, JsonNode> scoreRow(JsonNode row, JsonNode sheet) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        row.properties().forEach(entry -> flat.put(entry.getKey(), entry.getValue()));
        row.get("dimensions").properties().forEach(entry -> flat.put(entry.getKey(), entry.getValue()));
        sheet.get("basis").properties().forEach(entry -> flat.put(entry.getKey(), entry.getValue()));
        flat.remove("dimensions");
        flat.remove("data_version");
        flat.remove("prior_points");
        flat.put("subject_type", JsonMapper.shared().readTree(row.has("category") ? "\"product\"" : "\"company\""));
        if (!row.has("category")) {
            flat.put("company", row.get("slug"));
        }
        return flat;
    }

    private void assertSame(String table, List<JsonNode> api, Function<JsonNode, Object> columns) throws Exception {
        assertSame(table, "", api, columns);
    }

    /** Every cell of the CSV and the XLSX file is what the API says, column by column. */
    @SuppressWarnings("unchecked")
    private void assertSame(String table, String query, List<JsonNode> api, Function<JsonNode, Object> columns)
            throws Exception {
        List<Map<String, String>> csv = csv(table + ".csv" + query);
        List<Map<String, Cell>> xlsx = xlsx(table + ".xlsx" + query);
        assertThat(csv).as(table).hasSameSizeAs(api);
        assertThat(xlsx).as(table).hasSameSizeAs(api);
        List<String> header = header(table + ".csv" + query);
        for (int i = 0; i < api.size(); i++) {
            Object record = columns.apply(api.get(i));
            for (String column : header) {
                JsonNode node = record instanceof Map<?, ?> flat ? ((Map<String, JsonNode>) flat).get(column)
                        : field(api.get(i), column);
                Object expected = expected(node, column);
                String where = table + " row " + i + " " + column;
                assertThat(csv.get(i).get(column)).as(where).isEqualTo(csvText(expected, csv.get(i).get(column)));
                assertCell(xlsx.get(i).get(column), expected, where);
            }
        }
    }

    /** The API's value for an export column: the same name, or the fact's source's field. */
    private static JsonNode field(JsonNode record, String column) {
        return switch (column) {
            case "fact_id" -> record.get("id");
            case "source", "source_id" -> record.get("source").get("id");
            case "key" -> record.get("id");
            default -> column.startsWith("source_") ? record.get("source").get(column.substring("source_".length()))
                    : record.get(column);
        };
    }

    private static Object expected(JsonNode node, String column) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (column.equals("source") || column.equals("key")) {
            return node.asString();
        }
        if (DATES.contains(column)) {
            return LocalDate.parse(node.asString());
        }
        if (node.isNumber()) {
            return new BigDecimal(node.numberValue().toString());
        }
        return node.asString();
    }

    /** What the CSV must hold for the expected value; a number is compared by value, not by how it is written. */
    private static String csvText(Object expected, String actual) {
        if (expected == null) {
            return "";
        }
        if (expected instanceof BigDecimal number) {
            return !actual.isEmpty() && new BigDecimal(actual).compareTo(number) == 0 ? actual : number.toPlainString();
        }
        if (expected instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return expected.toString();
    }

    private static void assertCell(Cell cell, Object expected, String where) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
        } else if (expected instanceof BigDecimal number) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(number.doubleValue());
        } else if (expected instanceof LocalDate date) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where).isEqualTo(date);
        } else {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
        }
    }

    private List<String> header(String path) throws Exception {
        try (CSVParser parser = parser(path)) {
            return parser.getHeaderNames();
        }
    }

    private List<Map<String, String>> csv(String path) throws Exception {
        try (CSVParser parser = parser(path)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        }
    }

    private CSVParser parser(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).as(path + " starts with a byte order mark").isEqualTo('\uFEFF');
        return CSVFormat.RFC4180.builder().setHeader().get().parse(new java.io.StringReader(text.substring(1)));
    }

    private List<Map<String, Cell>> xlsx(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<Map<String, Cell>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Map<String, Cell> row = new LinkedHashMap<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    row.put(header.getCell(c).getStringCellValue(), sheet.getRow(r).getCell(c));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private Cell xlsxCells(String path, String slug, String column) throws Exception {
        return xlsx(path).stream().filter(row -> row.get("slug").getStringCellValue().equals(slug)).findFirst()
                .orElseThrow().get(column);
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return JsonMapper.shared().readTree(response.getContentAsString());
    }

    private static List<JsonNode> items(JsonNode array) {
        return array.valueStream().toList();
    }
}
