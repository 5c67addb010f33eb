package ai.scorecard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client or a shared cache that kept an answer asks again with its ETag and gets 304 until the data changes: a fact
 * recorded (and committed, as an editor's is, so the data version moves) gives every answer a new ETag. On a company
 * of the test's own, removed afterwards with the revisions it made.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ApiEtagTest {

    static final List<String> ANSWERS = List.of("/api/v1/scores", "/api/v1/companies/etag-co/facts",
            "/api/v1/methodology", "/export/facts.csv", "/export/scores.xlsx?lens=growth-first");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Catalog catalog;

    @Autowired
    FactLedger ledger;

    @Autowired
    SourceFixtures sources;

    long companyId;
    Long sourceId;

    @BeforeEach
    void aCompanyOfItsOwn() {
        jdbc.update("insert into company (slug, name_en) values ('etag-co', 'ETag Co')");
        companyId = jdbc.queryForObject("select id from company where slug = 'etag-co'", Long.class);
        jdbc.update("update data_version set version = version + 1");
    }

    @AfterEach
    void removeIt() {
        List<Long> revisions = jdbc.queryForList("select rev from fact_aud where company_id = ? union "
                + "select rev from source_aud where id = ?", Long.class, companyId, sourceId);
        for (Long revision : revisions) {
            for (String table : List.of("fact_aud", "source_aud", "company_aud")) {
                jdbc.update("delete from " + table + " where rev = ?", revision);
            }
            jdbc.update("delete from revinfo where id = ?", revision);
        }
        jdbc.update("delete from fact where company_id = ?", companyId);
        jdbc.update("delete from source where id = ?", sourceId);
        jdbc.update("delete from company where id = ?", companyId);
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void aRecordedFactGivesEveryAnswerANewEtag() throws Exception {
        List<String> before = ANSWERS.stream().map(this::etag).toList();
        for (int i = 0; i < ANSWERS.size(); i++) {
            MockHttpServletResponse again = mvc.perform(get(ANSWERS.get(i))
                    .header(HttpHeaders.IF_NONE_MATCH, before.get(i))).andReturn().getResponse();
            assertThat(again.getStatus()).as(ANSWERS.get(i)).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).as(ANSWERS.get(i)).isEmpty();
        }

        Source source = sources.cite("ETag test source", "https://example.com/etag", LocalDate.of(2026, 11, 20));
        sourceId = source.getId();
        ledger.record(catalog.company("etag-co").orElseThrow(), new FactDraft(Metric.AI_REACH, null, "PATCHWORK",
                null, null, Qualifier.EXACT, LocalDate.of(2026, 11, 20), Provenance.COMMENTARY, source,
                "AI arrives product by product.")).orElseThrow();

        for (int i = 0; i < ANSWERS.size(); i++) {
            MockHttpServletResponse after = mvc.perform(get(ANSWERS.get(i))
                    .header(HttpHeaders.IF_NONE_MATCH, before.get(i))).andReturn().getResponse();
            assertThat(after.getStatus()).as(ANSWERS.get(i)).isEqualTo(200);
            assertThat(after.getHeader(HttpHeaders.ETAG)).as(ANSWERS.get(i)).isNotEqualTo(before.get(i));
        }
        assertThat(mvc.perform(get("/api/v1/companies/etag-co/facts")).andReturn().getResponse().getContentAsString())
                .contains("AI arrives product by product.", "ETag test source");
    }

    private String etag(String path) {
        try {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(path)
                    .isEqualTo("public, max-age=0, must-revalidate");
            return response.getHeader(HttpHeaders.ETAG);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
