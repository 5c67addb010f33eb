package ai.scorecard.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Product;
import ai.scorecard.checks.Problem;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The rules of a dispute: who and why are required, the fact must exist and still count, and it is kept. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RightOfReplyTest {

    @Autowired
    RightOfReply disputes;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    SourceFixtures sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDisputeIsRecordedBesideTheFactWhichStillCounts() {
        Fact fact = dau();

        DisputeOutcome outcome = disputes.dispute(fact.getId(), new DisputeDraft(" Alibaba Cloud press office ",
                "阿里云新闻办公室", counterSource(), "The report counts monthly users.", null));

        assertThat(outcome).isInstanceOfSatisfying(DisputeOutcome.Done.class, done -> {
            assertThat(done.dispute().getDisputedBy()).isEqualTo("Alibaba Cloud press office");
            assertThat(done.dispute().getRecordedAt()).isEqualTo(clock.instant());
            assertThat(done.dispute().isOpen()).isTrue();
        });
        assertThat(ledger.current(fact.getId())).isPresent();
        assertThat(disputes.disputedFactIds()).contains(fact.getId());
        assertThat(disputes.open().on(fact.getId())).extracting(d -> d.disputedByText().zh())
                .containsExactly("阿里云新闻办公室");
    }

    @Test
    void whoDisputesAndWhyAreRequiredInOneLanguage() {
        Fact fact = dau();

        DisputeOutcome outcome = disputes.dispute(fact.getId(), new DisputeDraft(" ", null, counterSource(), "", " "));

        assertThat(outcome).isInstanceOfSatisfying(DisputeOutcome.Refused.class,
                refused -> assertThat(refused.problems()).extracting(Problem::field, Problem::code)
                        .containsExactly(tuple("disputedBy", "form.bilingual.required"),
                                tuple("note", "form.bilingual.required")));
        assertThat(disputes.disputedFactIds()).doesNotContain(fact.getId());
    }

    @Test
    void aDisputeCitesACounterSource() {
        DisputeOutcome outcome = disputes.dispute(dau().getId(), new DisputeDraft("Alibaba", null, null, "Wrong", null));

        assertThat(outcome).isInstanceOfSatisfying(DisputeOutcome.Refused.class,
                refused -> assertThat(refused.problems()).extracting(Problem::field).containsExactly("source"));
    }

    @Test
    void anUnknownFactCannotBeDisputed() {
        assertThat(disputes.dispute(Long.MAX_VALUE, draft())).isEqualTo(new DisputeOutcome.Unknown(Long.MAX_VALUE));
    }

    @Test
    void aRetractedFactCannotBeDisputed() {
        Fact fact = dau();
        ledger.retract(fact, "Misread").orElseThrow();

        assertThat(disputes.dispute(fact.getId(), draft())).isEqualTo(new DisputeOutcome.NoLongerOpen(fact.getId()));
        assertThat(jdbc.queryForObject("select count(*) from dispute where fact_id = ?", Long.class, fact.getId()))
                .isZero();
    }

    @Test
    void aResolvedDisputeIsKeptWithItsReasonAndNoLongerStands() {
        Fact fact = dau();
        Dispute dispute = ((DisputeOutcome.Done) disputes.dispute(fact.getId(), draft())).dispute();

        assertThat(disputes.resolve(dispute.getId(), " ")).isInstanceOf(DisputeOutcome.Refused.class);
        assertThat(disputes.resolve(dispute.getId(), " Withdrawn by Alibaba ")).isInstanceOf(DisputeOutcome.Done.class);

        assertThat(disputes.disputedFactIds()).doesNotContain(fact.getId());
        assertThat(disputes.open().on(fact.getId())).isEmpty();
        assertThat(jdbc.queryForObject("select resolution from dispute where id = ?", String.class, dispute.getId()))
                .isEqualTo("Withdrawn by Alibaba");
        assertThat(disputes.resolve(dispute.getId(), "Again")).isEqualTo(new DisputeOutcome.NoLongerOpen(dispute.getId()));
        assertThat(disputes.resolve(Long.MAX_VALUE, "Why")).isEqualTo(new DisputeOutcome.Unknown(Long.MAX_VALUE));
    }

    @Test
    void aProductDeletedWithItsFactsTakesTheirDisputesAlong() {
        Product product = catalog.product("doubao").orElseThrow();
        Fact fact = dau();
        disputes.dispute(fact.getId(), draft());

        assertThat(ledger.deleteWithFacts(product, true)).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from dispute where fact_id = ?", Long.class, fact.getId()))
                .isZero();
    }

    private DisputeDraft draft() {
        return new DisputeDraft("ByteDance press office", null, counterSource(), "The figure is monthly.", null);
    }

    private Source counterSource() {
        return sources.cite("Press office statement", "https://example.com/statement", LocalDate.of(2026, 7, 2));
    }

    private Fact dau() {
        return ledger.record(catalog.product("doubao").orElseThrow(), new FactDraft(Metric.DAU,
                new BigDecimal("150000000"), null, null, null, Qualifier.ABOUT, LocalDate.of(2026, 6, 30),
                Provenance.THIRD_PARTY, sources.cite("Quarterly report", "https://example.com/report",
                        LocalDate.of(2026, 7, 1)), "Daily active users")).orElseThrow();
    }
}
