package ai.scorecard.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.VersionNote;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "ada", roles = "ADMIN")
class MethodologyDraftTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Methodologies methodologies;

    @Test
    void aPreviewShowsTheEffectAndPublishesNothing() throws Exception {
        Map<String, String> draft = formOf(page("/methodology/drafts/new"));
        assertThat(draft.get("lenses[0].weights[0]")).isEqualTo("0.3");
        // Official lens: everything on execution.
        for (int i = 0; i < 5; i++) {
            draft.put("lenses[0].weights[" + i + "]", i == 4 ? "1" : "0");
        }
        draft.put("note", "Execution only");
        Document preview = Jsoup.parse(mvc.perform(submit(draft, "preview")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Element alibaba = preview.selectFirst("#preview tr[data-company=alibaba]");
        assertThat(alibaba.selectFirst(".now").text()).isNotEqualTo(alibaba.selectFirst(".draft").text());
        assertThat(methodologies.versions()).hasSize(2);
    }

    @Test
    void publishingMakesTheNextVersionWithItsNoteAndKeepsTheOldOne() throws Exception {
        Map<String, String> draft = formOf(page("/methodology/drafts/new"));
        draft.put("freshnessDays", "180");
        draft.put("note", "Facts age faster: a half-year window.");
        mvc.perform(submit(draft, "publish")).andExpect(redirectedUrl("/methodology?version=3"));

        assertThat(methodologies.versions()).extracting(VersionNote::version).containsExactly(3, 2, 1);
        assertThat(methodologies.current().rules().freshnessDays()).isEqualTo(180);
        assertThat(methodologies.current().rules().evidence()).as("a draft keeps the evidence rule it started from")
                .isEqualTo(methodologies.version(2).orElseThrow().rules().evidence());
        Document three = page("/methodology?version=3");
        assertThat(three.selectFirst("#freshness").text()).contains("180 days");
        assertThat(three.selectFirst(".version-note").text()).isEqualTo("Facts age faster: a half-year window.");
        assertThat(three.selectFirst(".versions li").text()).contains("Version 3", "ada", "Facts age faster");
        assertThat(page("/methodology?version=2").selectFirst("#freshness").text()).contains("365 days");
        // A permalink made under version 1 still shows version 1.
        assertThat(page("/compare?version=1").selectFirst("#permalink").text()).contains("version 1");
    }

    @Test
    void aDraftFromAnOlderVersionIsNotPublished() throws Exception {
        Map<String, String> draft = formOf(page("/methodology/drafts/new"));
        draft.put("note", "First");
        mvc.perform(submit(draft, "publish")).andExpect(redirectedUrl("/methodology?version=3"));
        draft.put("note", "Second, from the same starting point");
        MvcResult second = mvc.perform(submit(draft, "publish")).andExpect(status().isConflict()).andReturn();
        assertThat(Jsoup.parse(second.getResponse().getContentAsString()).selectFirst("#published-meanwhile").text())
                .startsWith("Version 3 was published while you were drafting.");
        assertThat(methodologies.versions()).hasSize(3);
    }

    @Test
    void anInconsistentDraftIsRefusedWithItsReason() throws Exception {
        Map<String, String> draft = formOf(page("/methodology/drafts/new"));
        draft.put("note", "");
        draft.put("lenses[1].weights[0]", "2");
        Document page = Jsoup.parse(mvc.perform(submit(draft, "publish")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#note-error")).isNotNull();
        assertThat(page.selectFirst("#error-summary").text()).contains("must be less than or equal to 1");
        assertThat(methodologies.versions()).hasSize(2);
    }

    /** Issue 14: what the scoring rules refuse is said in the reader's language; their English reason is marked so. */
    @Test
    void aDraftTheScoringRulesRefuseSaysSoInChineseWithTheReasonMarkedAsEnglish() throws Exception {
        Map<String, String> draft = formOf(page("/methodology/drafts/new"));
        String scaled = draft.keySet().stream().filter(key -> key.matches("indicators\\[\\d+]\\.low")).findFirst()
                .orElseThrow();
        draft.put(scaled.replace(".low", ".high"), draft.get(scaled));
        draft.put("note", "A scale from a value to itself");
        Document page = Jsoup.parse(mvc.perform(submit(draft, "preview").param("lang", "zh-CN"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#error-summary li").text()).isEqualTo("草稿不一致，计分规则给出的原因见下方（仅有英文）。");
        Element reason = page.selectFirst(".draft-refused-because");
        assertThat(reason.attr("lang")).isEqualTo("en");
        assertThat(reason.text()).contains("scale");
        assertThat(methodologies.versions()).hasSize(2);
    }

    @Test
    @WithMockUser(username = "erin", roles = "EDITOR")
    void editorsCannotChangeTheMethodology() throws Exception {
        mvc.perform(get("/methodology/drafts/new")).andExpect(status().isForbidden());
        mvc.perform(post("/methodology/drafts").with(csrf())).andExpect(status().isForbidden());
    }

    private static Map<String, String> formOf(Document page) {
        Map<String, String> fields = new HashMap<>();
        for (Element input : page.select("form.edit-form input[name], form.edit-form textarea[name]")) {
            if (!input.attr("name").equals("_csrf")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder submit(Map<String, String> fields, String action) {
        MockHttpServletRequestBuilder request = post("/methodology/drafts").with(csrf()).param("action", action);
        fields.forEach(request::param);
        return request;
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
