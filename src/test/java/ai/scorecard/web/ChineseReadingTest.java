package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every reading page of the seed, in Chinese, reads as Chinese: its visible text (the page's main part) holds
 * no run of two or more Latin words other than a name (the seed's companies and products, in both
 * languages), a unit or abbreviation Chinese writes in Latin letters (DAU, Token, CNY…) or a fallback
 * marked with a {@code lang} attribute of another language. In the spirit of {@link TemplateTextTest}, which
 * checks the templates; this checks what they become with the seed's records and the bundles' sentences.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChineseReadingTest {

    /** Abbreviations and units Chinese writing keeps in Latin letters. */
    static final Set<String> LATIN_IN_CHINESE = Set.of("DAU", "MAU", "AI", "Token", "CNY", "USD", "HKD", "EUR",
            "PDF", "CSV", "JSON", "IMDb", "Top", "URL", "IP", "UTC",
            // Names Chinese writing keeps in Latin letters: Alibaba Cloud's plan for coders, the product names
            // the seed's Chinese claims cite.
            "Coding Plan", "TikTok", "CapCut");


    static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z][A-Za-z0-9'’.-]*(?:[ /&-]+[A-Za-z][A-Za-z0-9'’.-]*)+");

    @Autowired
    MockMvc mvc;

    @Test
    void noReadingPageOfTheSeedShowsEnglishInChinese() throws Exception {
        Set<String> pages = new LinkedHashSet<>(List.of("/", "/styles", "/rankings", "/companies", "/products",
                "/methodology", "/sources", "/search?q=豆包", "/compare",
                "/compare?left=tencent&right=minimax", "/compare?left=zhipu&right=alibaba&lens=growth-first"));
        Document compare = page("/compare");
        for (String lens : compare.select("select[name=lens] option").eachAttr("value")) {
            pages.add("/compare?left=bytedance&right=alibaba&lens=" + lens);
        }
        // The seed's own records: other tests sharing the database may have added some of their own.
        Set<String> seedSlugs = new TreeSet<>(seed("companies", "slug"));
        seedSlugs.addAll(seed("products", "slug"));
        for (String listing : List.of("/companies", "/products")) {
            for (String link : page(listing).select("main a[href]").eachAttr("href")) {
                String path = link.replaceAll("[?#].*", "");
                if (path.matches("/(companies|products)/[\\w-]+") && seedSlugs.contains(path.replaceAll(".*/", ""))) {
                    pages.add(path);
                    pages.add(path + "/history");
                }
            }
        }
        List<String> seedTitles = new ArrayList<>(seed("sources", "title"));
        seedTitles.addAll(seed("sources", "title_zh"));
        for (Element link : page("/sources").select("main a[href~=^/sources/\\d+$]")) {
            if (seedTitles.contains(link.text())) {
                pages.add(link.attr("href"));
                pages.add(link.attr("href") + "/history");
            }
        }
        assertThat(pages).as("every company and product page of the seed, with their history")
                .contains("/companies/bytedance", "/companies/zhipu/history", "/products/doubao", "/products/yuanbao/history")
                .hasSizeGreaterThan(2 * (5 + 19));
        assertThat(pages).as("a company, a product and a source page at least")
                .anyMatch(p -> p.startsWith("/companies/")).anyMatch(p -> p.startsWith("/products/"))
                .anyMatch(p -> p.startsWith("/sources/"));

        Set<String> names = seedNames();
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            latinRuns(page(path), names).forEach(run -> problems.add(path + ": " + run));
        }
        assertThat(problems).as("Latin-letter runs on Chinese pages (not a name, a unit or a marked fallback)")
                .isEmpty();
    }

    /** Chinese puts no space between words, names included: the heading is one sentence, not three words. */
    @Test
    void theComparisonsHeadingIsOneChineseSentence() throws Exception {
        assertThat(page("/compare").selectFirst("h1").text()).isEqualTo("字节跳动与阿里巴巴对比");
        assertThat(page("/compare?left=tencent&right=zhipu").selectFirst("h1").text()).isEqualTo("腾讯与智谱对比");
    }

    @Test
    void theCheckFindsWhatItShould() {
        Document page = Jsoup.parse("""
                <main><h1>字节跳动 对比 阿里巴巴</h1><p>Revenue path of Doubao</p><p lang="en">Only in English here</p>
                <p>豆包 Seed models 领先 Volcano Engine；日均 Token 调用量</p><p>AI Token</p>
                <dl><dd>Hangzhou</dd></dl><p class="summary">Owner of Taobao</p><code>growth-first</code>
                <p class="summary" lang="en">Owner of Taobao</p>
                <div data-field="claim"><del class="change-old">An old claim</del></div>
                <div data-field="stage"><ins class="change-new">Launched product</ins></div></main>""");
        // A record's English text on a Chinese page is a run too, unless marked as the English fallback.
        assertThat(latinRuns(page, Set.of("Seed models", "Volcano Engine", "Doubao")))
                .containsExactly("Revenue path of", "Owner of Taobao", "An old claim", "Launched product");
    }

    /**
     * The runs of two or more Latin words in the page's main part, once names, units and text marked as
     * another language are taken out.
     */
    static List<String> latinRuns(Document page, Set<String> names) {
        Element main = page.selectFirst("main");
        assertThat(main).as("the page's main part").isNotNull();
        Element reading = main.clone();
        // Another language, marked so for screen readers; an identifier as it is typed (a lens's code).
        reading.select("[lang]:not([lang^=zh]), code").remove();
        List<String> known = new ArrayList<>(names);
        known.addAll(LATIN_IN_CHINESE);
        known.sort(Comparator.comparingInt(String::length).reversed());
        List<String> runs = new ArrayList<>();
        // Each text apart: words of two elements side by side (a headquarters and the summary below it) are
        // not one run.
        for (TextNode node : allTextNodes(reading)) {
            String text = node.text();
            for (String name : known) {
                text = text.replaceAll("(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])", "§");
            }
            Matcher run = LATIN_RUN.matcher(text);
            while (run.find()) {
                runs.add(run.group());
            }
        }
        return runs;
    }

    private static List<TextNode> allTextNodes(Element element) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        }, element);
        return nodes;
    }

    /** The seed's company and product names, in both languages, and their address names (slugs). */
    static Set<String> seedNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String file : List.of("companies", "products")) {
            for (String column : List.of("slug", "name_en", "name_zh")) {
                names.addAll(seed(file, column));
            }
        }
        names.remove("");
        return names;
    }

    /** A column of one of the seed's files. */
    static List<String> seed(String file, String column) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource("seed/" + file + ".csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                    .parse(reader).stream().map(row -> row.get(column)).toList();
        }
    }

    private Document page(String path) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        return Jsoup.parse(mvc.perform(get(path + separator + "lang=zh-CN")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
