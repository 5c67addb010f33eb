package ai.scorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every editing form, sent with hostile values in its fields, fields left out and fields sent twice:
 * the answer is never a server error or a trace, echoes nothing unescaped, and a refused submission
 * stores nothing. Each try runs in a transaction rolled back afterwards.
 */
class HostileFormsPropertyTest {

    static final RequestPostProcessor EDITOR = user("erin").roles("EDITOR");
    static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");

    static final Map<String, String> COMPANY = Map.of("slug", "hostile-co", "nameEn", "Hostile Co", "nameZh", "敌意公司",
            "headquarters", "Nowhere", "summary", "A company made by a test");

    static final Map<String, String> PRODUCT = ordered("slug", "hostile-app", "company", "bytedance", "nameEn",
            "Hostile App", "nameZh", "", "category", "ASSISTANT_APP", "stage", "PILOT", "launchDate", "2025-03-15",
            "summary", "Made by a test", "monetizationAtLaunch", "UNKNOWN", "growthDriver", "UNKNOWN",
            "integrationDepth", "UNKNOWN", "weight", "MINOR");

    static final Map<String, String> FACT = ordered("metric", "DAU", "value", "150000000", "level", "", "unit", "",
            "currency", "", "qualifier", "ABOUT", "asOf", "2026-09-30", "provenance", "THIRD_PARTY", "sourceTitle",
            "QuestMobile report", "sourceLanguage", "EN", "sourceKind", "PRESS", "sourceUrl", "https://example.com/questmobile", "sourceDate", "2026-10-15",
            "claim", "Doubao had about 150 million daily active users.");

    static final Map<String, String> STANDING = ordered("level", "TOP_TIER", "qualifier", "EXACT", "asOf",
            "2026-11-30", "provenance", "COMMENTARY", "sourceTitle", "A column", "sourceLanguage", "EN", "sourceKind", "PRESS", "sourceDateUnknown", "true", "claim", "Still at the top.");

    static final Map<String, String> ACCOUNT = ordered("username", "hostile-user", "role", "EDITOR", "password",
            "a long enough secret");

    @Property(tries = 150)
    void newCompany(@ForAll("companyEdits") List<Edit> edits) throws Exception {
        submit("/companies", COMPANY, edits, EDITOR);
    }

    @Property(tries = 60)
    void changedCompany(@ForAll("companyEditsWithVersion") List<Edit> edits) throws Exception {
        Map<String, String> valid = new LinkedHashMap<>(COMPANY);
        valid.put("slug", "bytedance");
        valid.put("version", version("company", "bytedance"));
        submit("/companies/bytedance", valid, edits, EDITOR);
    }

    @Property(tries = 150)
    void newProduct(@ForAll("productEdits") List<Edit> edits) throws Exception {
        submit("/products", PRODUCT, edits, EDITOR);
    }

    @Property(tries = 60)
    void changedProduct(@ForAll("productEditsWithVersion") List<Edit> edits) throws Exception {
        Map<String, String> valid = new LinkedHashMap<>(PRODUCT);
        valid.put("slug", "doubao");
        valid.put("version", version("product", "doubao"));
        submit("/products/doubao", valid, edits, EDITOR);
    }

    @Property(tries = 150)
    void newFactAboutAProduct(@ForAll("factEdits") List<Edit> edits) throws Exception {
        submit("/products/doubao/facts", FACT, edits, EDITOR);
    }

    @Property(tries = 40)
    void newFactAboutACompany(@ForAll("factEdits") List<Edit> edits) throws Exception {
        submit("/companies/tencent/facts", FACT, edits, EDITOR);
    }

    @Property(tries = 60)
    void newerValue(@ForAll("factEdits") List<Edit> edits) throws Exception {
        submit("/products/doubao/facts/" + currentStanding() + "/supersede", STANDING, edits, EDITOR);
    }

    @Property(tries = 40)
    void retraction(@ForAll("retractionEdits") List<Edit> edits) throws Exception {
        submit("/products/doubao/facts/" + currentStanding() + "/retract", Map.of("reason", "Misread"), edits, EDITOR);
    }

    @Property(tries = 30)
    void productDeletion(@ForAll("deletionEdits") List<Edit> edits) throws Exception {
        submit("/products/doubao/delete", Map.of("withFacts", "false"), edits, EDITOR);
    }

    @Property(tries = 150)
    void methodologyDraft(@ForAll("draftEdits") List<Edit> edits, @ForAll boolean publish) throws Exception {
        Map<String, String> valid = new LinkedHashMap<>(draft());
        valid.put("action", publish ? "publish" : "preview");
        submit("/methodology/drafts", valid, edits, ADMIN);
    }

    @Property(tries = 60)
    void newAccount(@ForAll("accountEdits") List<Edit> edits) throws Exception {
        submit("/admin/accounts", ACCOUNT, edits, ADMIN);
    }

    @Property(tries = 60)
    void accountChanges(@ForAll("accountPaths") String path, @ForAll("accountChangeEdits") List<Edit> edits)
            throws Exception {
        submit(path, Map.of("role", "EDITOR", "enabled", "true", "password", "another long secret"), edits, ADMIN);
    }

    /**
     * A date the app accepts is stored as typed: Java, H2 and PostgreSQL each read extreme dates
     * differently (PostgreSQL's calendar is Julian before 1582-10-15).
     */
    @Property(tries = 100)
    void acceptedDatesReadBackAsTyped(@ForAll("dates") String date, @ForAll boolean product) throws Exception {
        String url = product ? "/products" : "/products/doubao/facts";
        Map<String, String> fields = new LinkedHashMap<>(product ? PRODUCT : FACT);
        fields.put(product ? "launchDate" : "asOf", date);
        if (!product) {
            fields.put("sourceDate", "");
        }
        SharedContext.rolledBack(() -> {
            MockHttpServletRequestBuilder request = post(url).with(csrf()).with(EDITOR);
            fields.forEach(request::param);
            MvcResult result = SharedContext.mvc().perform(request).andReturn();
            Answers.safe(result, "POST " + url + " with date " + date);
            if (result.getResponse().getStatus() == 302 && !date.isEmpty()) {
                JdbcTemplate jdbc = SharedContext.context().getBean(JdbcTemplate.class);
                String stored = product
                        ? jdbc.queryForObject("select launch_date from product where slug = 'hostile-app'",
                                java.time.LocalDate.class).toString()
                        : jdbc.queryForObject("select as_of from fact where id = (select max(id) from fact)",
                                java.time.LocalDate.class).toString();
                assertThat(stored).as("the date stored for %s", date).isEqualTo(java.time.LocalDate.parse(date).toString());
            }
            return null;
        });
    }

    @Provide
    Arbitrary<String> dates() {
        return Hostile.date();
    }

    @Property(tries = 40)
    void signIn(@ForAll("signInEdits") List<Edit> edits) throws Exception {
        submit("/login", Map.of("username", "nobody-at-all", "password", "wrong password"), edits, null);
    }

    @Provide
    Arbitrary<List<Edit>> companyEdits() {
        return Edit.of(List.copyOf(COMPANY.keySet()));
    }

    @Provide
    Arbitrary<List<Edit>> companyEditsWithVersion() {
        return Edit.of(List.of("nameEn", "nameZh", "headquarters", "summary", "version"));
    }

    @Provide
    Arbitrary<List<Edit>> productEdits() {
        return Edit.of(List.copyOf(PRODUCT.keySet()));
    }

    @Provide
    Arbitrary<List<Edit>> productEditsWithVersion() {
        List<String> fields = new ArrayList<>(PRODUCT.keySet());
        fields.add("version");
        return Edit.of(fields);
    }

    @Provide
    Arbitrary<List<Edit>> factEdits() {
        // asOf and sourceDate twice: the dates are where the database disagreed with Java.
        List<String> fields = new ArrayList<>(FACT.keySet());
        fields.addAll(List.of("asOf", "sourceDate"));
        return Edit.of(fields);
    }

    @Provide
    Arbitrary<List<Edit>> retractionEdits() {
        return Edit.of(List.of("reason"));
    }

    @Provide
    Arbitrary<List<Edit>> deletionEdits() {
        return Edit.of(List.of("withFacts"));
    }

    @Provide
    Arbitrary<List<Edit>> draftEdits() {
        Arbitrary<String> indexed = Arbitraries.of("lenses[%s].code", "lenses[%s].weights[0]", "lenses[0].weights[%s]",
                "indicators[%s].weight", "indicators[%s].low", "indicators[%s].high", "indicators[%s].code",
                "indicators[%s].pointsPerPlace", "indicators[%s].dimension", "lenses[%s]", "indicators[%s]")
                .flatMap(name -> Arbitraries.of("5", "12", "300", "100000", "2147483647", "2147483648", "-1", "a", "")
                        .map(index -> name.formatted(index)));
        return Edit.of(Arbitraries.oneOf(Arbitraries.of(List.copyOf(draft().keySet())), indexed));
    }

    @Provide
    Arbitrary<List<Edit>> accountEdits() {
        return Edit.of(List.copyOf(ACCOUNT.keySet()));
    }

    @Provide
    Arbitrary<String> accountPaths() {
        return Arbitraries.oneOf(Arbitraries.of("admin", "nobody-here"), Hostile.text())
                .flatMap(name -> Arbitraries.of("role", "enabled", "password")
                        .map(change -> "/admin/accounts/" + encode(name) + "/" + change));
    }

    @Provide
    Arbitrary<List<Edit>> accountChangeEdits() {
        return Edit.of(List.of("role", "enabled", "password"));
    }

    @Provide
    Arbitrary<List<Edit>> signInEdits() {
        return Edit.of(List.of("username", "password"));
    }

    /** Posts the valid fields with the edits; checks the answer and, when refused, that nothing was stored. */
    static void submit(String url, Map<String, String> valid, List<Edit> edits, RequestPostProcessor user)
            throws Exception {
        Map<String, List<String>> fields = Edit.apply(valid, edits);
        SharedContext.rolledBack(() -> {
            Map<String, Integer> before = SharedContext.rowCounts();
            MockHttpServletRequestBuilder request = post(url).with(csrf());
            if (user != null) {
                request.with(user);
            }
            fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
            MvcResult result = SharedContext.mvc().perform(request).andReturn();
            Answers.safe(result, "POST " + url + " " + edits);
            // A methodology preview answers 200 and stores nothing, like a refusal.
            if (result.getResponse().getStatus() != 302) {
                assertThat(SharedContext.rowCounts()).as("rows after a refused POST %s %s", url, edits)
                        .isEqualTo(before);
            }
            return null;
        });
    }

    private static String version(String table, String slug) {
        return String.valueOf(SharedContext.context().getBean(JdbcTemplate.class)
                .queryForObject("select version from " + table + " where slug = ?", Long.class, slug));
    }

    private static long currentStanding() {
        return SharedContext.context().getBean(JdbcTemplate.class).queryForObject("""
                select f.id from fact f join product p on p.id = f.product_id
                where p.slug = 'doubao' and f.metric = 'NICHE_STANDING'
                and f.superseded_at is null and f.retracted_at is null""", Long.class);
    }

    private static Map<String, String> draft;

    /** The methodology draft form as the page fills it in. */
    static synchronized Map<String, String> draft() {
        if (draft == null) {
            try {
                String html = SharedContext.mvc().perform(get("/methodology/drafts/new").with(ADMIN)).andReturn()
                        .getResponse().getContentAsString();
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element input : Jsoup.parse(html).select("form.edit-form input[name], form.edit-form textarea[name]")) {
                    if (!input.attr("name").equals("_csrf")) {
                        fields.put(input.attr("name"), input.val());
                    }
                }
                fields.put("note", "A draft from a test");
                draft = fields;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return draft;
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
