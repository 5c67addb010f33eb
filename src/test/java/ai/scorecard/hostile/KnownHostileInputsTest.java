package ai.scorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inputs that answered 500 or stored nonsense before (issue 11), each refused with a message next to
 * its field or a 400, and nothing stored. The properties find such inputs at random; these pin them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class KnownHostileInputsTest {

    @Test
    void datesOutsideNineteenNinetyToFiveYearsAheadAreRefusedNextToTheField() throws Exception {
        for (String date : new String[] {"-999999999-01-01", "-4714-12-31", "1582-10-10", "1989-12-31"}) {
            Document fact = refused(post("/products/doubao/facts").params(form(HostileFormsPropertyTest.FACT, "asOf",
                    date)), 422);
            assertThat(fact.selectFirst("#asOf-error").text()).as(date)
                    .isEqualTo("Enter a date from Jan 1, 1990 up to five years from today.");
            assertThat(fact.selectFirst("#asOf").val()).isEqualTo(date);
            Document product = refused(post("/products").params(form(HostileFormsPropertyTest.PRODUCT, "launchDate",
                    date)), 422);
            assertThat(product.selectFirst("#launchDate-error").text()).as(date)
                    .isEqualTo("Enter a date from Jan 1, 1990 up to five years from today.");
            assertThat(product.selectFirst("#slug-error")).as("not reported as a taken slug").isNull();
        }
        Document inChinese = refused(post("/products/doubao/facts?lang=zh-CN").params(form(HostileFormsPropertyTest.FACT,
                "sourceDate", "1582-10-10")), 422);
        assertThat(inChinese.selectFirst("#sourceDate-error").text()).isEqualTo("请输入1990年1月1日至今后五年之内的日期。");
    }

    @Test
    void aDraftWithAWeightOrAnAnchorLeftOutIsRefusedNextToTheField() throws Exception {
        Map<String, String> draft = new LinkedHashMap<>(HostileFormsPropertyTest.draft());
        draft.remove("lenses[1].weights[4]");
        String low = draft.keySet().stream().filter(name -> name.endsWith(".low")).findFirst().orElseThrow();
        String perPlace = draft.keySet().stream().filter(name -> name.endsWith(".pointsPerPlace")
                && !draft.get(name).isEmpty()).findFirst().orElseThrow();
        draft.remove(low);
        draft.remove(perPlace);
        Document page = refused(post("/methodology/drafts").params(form(draft, "action", "publish")), 422);
        assertThat(page.selectFirst("#error-summary").text()).contains("Give this lens a weight for every dimension.",
                "This scale needs a number here.");
        assertThat(page.select(".invalid-feedback").eachText()).contains("Give this lens a weight for every dimension.");
    }

    @Test
    void aDraftWithRowsItDoesNotHaveOrAHugeLensCodeIsRefused() throws Exception {
        for (String[] hostile : new String[][] {{"lenses[300].code", "x"}, {"lenses[0].weights[100000]", "1"},
                {"lenses[-1].code", "x"}, {"indicators[2147483648].weight", "1"}, {"lenses[0].weights[5]", "1"}}) {
            refused(post("/methodology/drafts").params(form(HostileFormsPropertyTest.draft(), hostile[0], hostile[1]))
                    .param("action", "publish"), 400);
        }
        Document page = refused(post("/methodology/drafts").params(form(HostileFormsPropertyTest.draft(),
                "lenses[0].code", "x".repeat(100_000))).param("action", "publish"), 422);
        assertThat(page.selectFirst("#error-summary").text()).contains("size must be between 0 and 30");
    }

    @Test
    void aNulCharacterInAnyParameterIsRefusedBeforeItReachesTheDatabase() throws Exception {
        // PostgreSQL refused the NUL in a product's company with a 500 (found by the property suite).
        refused(post("/products").params(form(HostileFormsPropertyTest.PRODUCT, "company", "byte\u0000dance")), 400);
        refused(post("/products/doubao/facts").params(form(HostileFormsPropertyTest.FACT, "claim", "a\u0000b")), 400);
        MvcResult search = SharedContext.mvc().perform(get("/products").param("q", "\u0000")).andReturn();
        assertThat(search.getResponse().getStatus()).isEqualTo(400);
    }

    private Document refused(MockHttpServletRequestBuilder request, int status) throws Exception {
        Map<String, Integer> before = SharedContext.rowCounts();
        MvcResult result = SharedContext.mvc().perform(request.with(user("ada").roles("ADMIN")).with(csrf()))
                .andReturn();
        Answers.safe(result, request.toString());
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(SharedContext.rowCounts()).isEqualTo(before);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> valid, String field,
            String value) {
        org.springframework.util.LinkedMultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>();
        valid.forEach(fields::add);
        fields.set(field, value);
        return fields;
    }
}
