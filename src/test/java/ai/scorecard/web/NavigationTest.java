package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.FactLedger;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The navigation marks the section a page belongs to, as the current page, on that section's link and on no
 * other; and every page's header carries the search box, a labelled GET form that needs no script.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NavigationTest {

    static final RequestPostProcessor EDITOR = user("erin").roles("EDITOR");
    static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    FactLedger ledger;

    @Test
    void theLinkOfTheSectionAPageBelongsToIsTheCurrentOne() throws Exception {
        long fact = ledger.ledgerOf(catalog.product("doubao").orElseThrow()).get(0).getId();
        Map<String, String> sections = Map.ofEntries(
                Map.entry("/compare", "/compare"),
                Map.entry("/compare?left=tencent&right=alibaba&lens=growth-first", "/compare"),
                Map.entry("/styles", "/styles"),
                Map.entry("/rankings?category=coding-tool", "/rankings"),
                Map.entry("/companies", "/companies"),
                Map.entry("/companies/bytedance", "/companies"),
                Map.entry("/companies/alibaba/history", "/companies"),
                Map.entry("/products?category=coding-tool", "/products"),
                Map.entry("/products/doubao", "/products"),
                Map.entry("/products/doubao/history?lang=zh-CN", "/products"),
                Map.entry("/sources", "/sources"),
                Map.entry("/sources/1?lang=zh-CN", "/sources"),
                Map.entry("/methodology", "/methodology"),
                Map.entry("/login", "/login"));
        for (Map.Entry<String, String> page : sections.entrySet()) {
            assertCurrent(page(page.getKey(), null), page.getValue(), page.getKey());
        }
        // Forms belong to the section of what they edit, and so do the administrator's pages.
        assertCurrent(page("/products/doubao/facts/new", EDITOR), "/products", "a product's fact form");
        assertCurrent(page("/products/doubao/facts/" + fact + "/supersede", EDITOR), "/products", "supersede");
        assertCurrent(page("/companies/bytedance/edit", EDITOR), "/companies", "a company's form");
        assertCurrent(page("/sources/1/edit", EDITOR), "/sources", "a source's form");
        assertCurrent(page("/methodology/drafts/new", ADMIN), "/methodology", "a methodology draft");
        assertCurrent(page("/admin/accounts", ADMIN), "/admin/accounts", "the accounts");
    }

    @Test
    void pagesOutsideEverySectionMarkNoLink() throws Exception {
        for (String path : new String[] {"/", "/search?q=doubao", "/?lang=zh-CN"}) {
            assertThat(page(path, null).select(".site-header [aria-current=page]")).as(path).isEmpty();
        }
        assertThat(page("/", EDITOR).select(".site-header [aria-current=page], .site-header .current-section"))
                .isEmpty();
    }

    @Test
    void theAccountMenuIsMarkedWhileAnAdministratorIsOnTheAccounts() throws Exception {
        Document accounts = page("/admin/accounts", ADMIN);
        assertThat(accounts.select(".account-menu summary.current-section")).hasSize(1);
        assertThat(page("/companies", ADMIN).select(".account-menu summary.current-section")).isEmpty();
    }

    @Test
    void sectionsAreTheFirstSegmentOfTheAddress() {
        assertThat(LayoutAttributes.sectionOf("/companies/bytedance/facts/new")).isEqualTo("companies");
        assertThat(LayoutAttributes.sectionOf("/products;jsessionid=1")).isEqualTo("products");
        assertThat(LayoutAttributes.sectionOf("/admin/accounts/admin/password")).isEqualTo("admin");
        assertThat(LayoutAttributes.sectionOf("/")).isNull();
        assertThat(LayoutAttributes.sectionOf("/search")).isNull();
        assertThat(LayoutAttributes.sectionOf("/compared")).isNull();
        assertThat(LayoutAttributes.sectionOf("/error")).isNull();
    }

    @Test
    void everyHeaderHasALabelledSearchBoxThatSendsAGet() throws Exception {
        for (String path : new String[] {"/", "/products/doubao", "/compare?lang=zh-CN"}) {
            Document page = page(path, null);
            Element form = page.selectFirst(".site-header form[role=search]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("action")).isEqualTo("/search");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.attr("aria-label")).isNotBlank();
            Element input = form.selectFirst("input[name=q]");
            assertThat(input.attr("maxlength")).isEqualTo("200");
            assertThat(page.select("label[for=" + input.id() + "]").text()).isNotBlank();
            assertThat(form.select("button[type=submit]").text()).isNotBlank();
        }
        assertThat(page("/?lang=zh-CN", null).selectFirst(".site-header label[for=site-search]").text())
                .isEqualTo("搜索公司、产品、事实和来源");
    }

    @Test
    void anAnonymousReadersHeaderIsKeptButItsLanguageLinksNameEachPage() throws Exception {
        // A signed-in reader's header is never kept for others: it names them.
        assertThat(page("/sources", EDITOR).select(".site-header .account-name").eachText()).containsExactly("erin");
        Document list = page("/sources", null);
        Document one = page("/sources/1", null);
        assertThat(list.select(".site-header .account-menu")).isEmpty();
        assertThat(list.select(".site-header a[href=/login]")).hasSize(1);

        assertThat(withoutLanguages(list)).isEqualTo(withoutLanguages(one));
        assertThat(list.select(".site-header .container > ul.language-nav a").eachAttr("href"))
                .containsExactly("/sources?lang=en", "/sources?lang=zh-CN");
        assertThat(one.select(".site-header .container > ul.language-nav a").eachAttr("href"))
                .containsExactly("/sources/1?lang=en", "/sources/1?lang=zh-CN");
        assertThat(one.select(".language-nav a[aria-current]").eachText()).containsExactly("English");
        Document chinese = page("/sources/1?lang=zh-CN", null);
        assertThat(chinese.select(".language-nav a[aria-current]").eachText()).containsExactly("中文");
        assertThat(chinese.selectFirst(".site-header a[href=/sources]").text()).isEqualTo("来源");
    }

    private static String withoutLanguages(Document page) {
        Element header = page.selectFirst(".site-header").clone();
        header.select(".language-nav").remove();
        return header.outerHtml();
    }

    private static void assertCurrent(Document page, String href, String where) {
        assertThat(page.select(".site-header [aria-current=page]")).as("the current link on %s", where)
                .extracting(link -> link.attr("href")).containsExactly(href);
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(who);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
