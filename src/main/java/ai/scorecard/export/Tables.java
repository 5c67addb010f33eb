package ai.scorecard.export;

import ai.scorecard.api.Basis;
import ai.scorecard.api.CompanyRecord;
import ai.scorecard.api.CompanyScoreRecord;
import ai.scorecard.api.Dimensions;
import ai.scorecard.api.FactRecord;
import ai.scorecard.api.ProductRecord;
import ai.scorecard.api.ProductScoreRecord;
import ai.scorecard.api.ScoreSheet;
import ai.scorecard.api.SourceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The exported tables. The first columns of companies, products, sources and facts are those of the seed's CSV
 * files, in their order, so that a file exported here loads as the seed loads; what the seed does not carry (ids,
 * the source described in full, when a fact was recorded) follows.
 */
final class Tables {

    private Tables() {
    }

    static Table<CompanyRecord> companies(List<CompanyRecord> rows) {
        return new Table<>("companies", List.of(
                Column.text("slug", CompanyRecord::slug),
                Column.text("name_en", CompanyRecord::nameEn),
                Column.text("name_zh", CompanyRecord::nameZh),
                Column.text("headquarters", CompanyRecord::headquarters),
                Column.text("summary", CompanyRecord::summary),
                Column.text("headquarters_zh", CompanyRecord::headquartersZh),
                Column.text("summary_zh", CompanyRecord::summaryZh),
                Column.number("product_count", CompanyRecord::productCount)), rows);
    }

    static Table<ProductRecord> products(List<ProductRecord> rows) {
        return new Table<>("products", List.of(
                Column.text("slug", ProductRecord::slug),
                Column.text("company", ProductRecord::company),
                Column.text("name_en", ProductRecord::nameEn),
                Column.text("name_zh", ProductRecord::nameZh),
                Column.text("category", ProductRecord::category),
                Column.text("stage", ProductRecord::stage),
                Column.date("launch_date", ProductRecord::launchDate),
                Column.text("weight", ProductRecord::weight),
                Column.text("monetization_at_launch", ProductRecord::monetizationAtLaunch),
                Column.text("growth_driver", ProductRecord::growthDriver),
                Column.text("integration_depth", ProductRecord::integrationDepth),
                Column.text("summary", ProductRecord::summary),
                Column.text("summary_zh", ProductRecord::summaryZh)), rows);
    }

    /** The seed's {@code sources.csv}, keyed by the source's id (the key the facts' {@code source} column names). */
    static Table<SourceRecord> sources(List<SourceRecord> rows) {
        return new Table<>("sources", List.of(
                Column.text("key", source -> String.valueOf(source.id())),
                Column.text("title", SourceRecord::title),
                Column.text("publisher", SourceRecord::publisher),
                Column.text("url", SourceRecord::url),
                Column.date("date", SourceRecord::date),
                Column.text("language", SourceRecord::language),
                Column.text("kind", SourceRecord::kind),
                Column.text("archive_url", SourceRecord::archiveUrl),
                Column.text("title_zh", SourceRecord::titleZh),
                Column.text("publisher_zh", SourceRecord::publisherZh)), rows);
    }

    static Table<FactRecord> facts(List<FactRecord> rows) {
        return new Table<>("facts", List.of(
                Column.text("subject_type", FactRecord::subjectType),
                Column.text("subject", FactRecord::subject),
                Column.text("metric", FactRecord::metric),
                Column.number("value", FactRecord::value),
                Column.text("level", FactRecord::level),
                Column.text("unit", FactRecord::unit),
                Column.text("currency", FactRecord::currency),
                Column.text("qualifier", FactRecord::qualifier),
                Column.date("as_of", FactRecord::asOf),
                Column.text("as_of_basis", FactRecord::asOfBasis),
                Column.text("provenance", FactRecord::provenance),
                Column.text("source", fact -> String.valueOf(fact.source().id())),
                Column.text("claim", FactRecord::claim),
                Column.text("claim_zh", FactRecord::claimZh),
                Column.number("fact_id", FactRecord::id),
                Column.text("recorded_at", FactRecord::recordedAt),
                Column.number("source_id", fact -> fact.source().id()),
                Column.text("source_title", fact -> fact.source().title()),
                Column.text("source_publisher", fact -> fact.source().publisher()),
                Column.text("source_title_zh", fact -> fact.source().titleZh()),
                Column.text("source_publisher_zh", fact -> fact.source().publisherZh()),
                Column.text("source_url", fact -> fact.source().url()),
                Column.date("source_date", fact -> fact.source().date()),
                Column.text("source_language", fact -> fact.source().language()),
                Column.text("source_kind", fact -> fact.source().kind()),
                Column.text("source_archive_url", fact -> fact.source().archiveUrl())), rows);
    }

    /** Every company, then every product in ranking order, one row each, with what the scores were computed under. */
    static Table<ScoreRow> scores(ScoreSheet sheet) {
        List<ScoreRow> rows = new ArrayList<>();
        sheet.companies().forEach(company -> rows.add(ScoreRow.of(company, sheet.basis())));
        sheet.products().forEach(product -> rows.add(ScoreRow.of(product, sheet.basis())));
        return new Table<>("scores", List.of(
                Column.text("subject_type", ScoreRow::subjectType),
                Column.text("slug", ScoreRow::slug),
                Column.text("company", ScoreRow::company),
                Column.text("name_en", ScoreRow::nameEn),
                Column.text("name_zh", ScoreRow::nameZh),
                Column.text("category", ScoreRow::category),
                Column.text("weight", ScoreRow::weight),
                Column.number("rank", ScoreRow::rank),
                Column.score("score", ScoreRow::score),
                Column.score("evidence_only", ScoreRow::evidenceOnly),
                Column.score("range_low", ScoreRow::rangeLow),
                Column.score("range_high", ScoreRow::rangeHigh),
                Column.share("coverage", ScoreRow::coverage),
                Column.share("confidence", ScoreRow::confidence),
                Column.number("sourced_facts", ScoreRow::sourcedFacts),
                Column.number("evidence_dimensions", ScoreRow::evidenceDimensions),
                Column.number("products", ScoreRow::products),
                Column.number("scored_products", ScoreRow::scoredProducts),
                Column.score("model_capability", ScoreRow::modelCapability),
                Column.score("style_index", ScoreRow::styleIndex),
                Column.score("commercialization_gap", ScoreRow::commercializationGap),
                Column.score("monetization", row -> row.dimensions().monetization()),
                Column.score("adoption", row -> row.dimensions().adoption()),
                Column.score("growth_quality", row -> row.dimensions().growthQuality()),
                Column.score("workflow_integration", row -> row.dimensions().workflowIntegration()),
                Column.score("execution", row -> row.dimensions().execution()),
                Column.number("methodology_version", row -> row.basis().methodologyVersion()),
                Column.text("lens", row -> row.basis().lens()),
                Column.date("as_of", row -> row.basis().asOf())), rows);
    }

    /** A company's or a product's scores as one row; what only the other has stays empty. */
    record ScoreRow(String subjectType, String slug, String company, String nameEn, String nameZh, Object category,
            Object weight, Integer rank, Double score, Double evidenceOnly, Double rangeLow, Double rangeHigh,
            double coverage, double confidence, int sourcedFacts, Integer evidenceDimensions, Integer products,
            Integer scoredProducts, Double modelCapability, Double styleIndex, Double commercializationGap,
            Dimensions dimensions, Basis basis) {

        static ScoreRow of(CompanyScoreRecord c, Basis basis) {
            return new ScoreRow("company", c.slug(), c.slug(), c.nameEn(), c.nameZh(), null, null, null, c.score(),
                    c.evidenceOnly(), c.rangeLow(), c.rangeHigh(), c.coverage(), c.confidence(), c.sourcedFacts(), null,
                    c.products(), c.scoredProducts(), c.modelCapability(), c.styleIndex(), c.commercializationGap(),
                    c.dimensions(), basis);
        }

        static ScoreRow of(ProductScoreRecord p, Basis basis) {
            return new ScoreRow("product", p.slug(), p.company(), p.nameEn(), p.nameZh(), p.category(), p.weight(),
                    p.rank(), p.score(), p.evidenceOnly(), p.rangeLow(), p.rangeHigh(), p.coverage(), p.confidence(),
                    p.sourcedFacts(), p.evidenceDimensions(), null, null, p.modelCapability(), p.styleIndex(), null,
                    p.dimensions(), basis);
        }
    }
}
