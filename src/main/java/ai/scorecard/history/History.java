package ai.scorecard.history;

import ai.scorecard.catalog.Company;
import ai.scorecard.fact.Dispute;
import ai.scorecard.fact.Fact;
import ai.scorecard.history.HistoryEntry.Change;
import ai.scorecard.history.HistoryEntry.Kind;
import ai.scorecard.history.HistoryEntry.Shown;
import ai.scorecard.history.HistoryEntry.Subject;
import ai.scorecard.catalog.Product;
import ai.scorecard.source.Source;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what Hibernate Envers recorded about a company, a product or a source and about its facts, and tells
 * it as a list of revisions, newest first: when, who, what happened, and which fields went from what
 * to what. Each revision is compared with the previous revision of the same record.
 *
 * <p>Rows written before auditing began (the seed, loaded with JDBC) have no revision: their first
 * recorded change shows the values after it, with the earlier values "not recorded".
 */
@Service
public class History {

    private static final List<Field<Company>> COMPANY_FIELDS = List.of(
            new Field<>("slug", Company::getSlug),
            new Field<>("nameEn", Company::getNameEn),
            new Field<>("nameZh", Company::getNameZh),
            new Field<>("headquarters", Company::getHeadquarters),
            new Field<>("headquartersZh", Company::getHeadquartersZh),
            new Field<>("summary", Company::getSummary),
            new Field<>("summaryZh", Company::getSummaryZh));

    private static final List<Field<Product>> PRODUCT_FIELDS = List.of(
            new Field<>("slug", Product::getSlug),
            new Field<>("company", product -> CompanyRef.of(product.getCompany())),
            new Field<>("nameEn", Product::getNameEn),
            new Field<>("nameZh", Product::getNameZh),
            new Field<>("category", Product::getCategory, "category."),
            new Field<>("stage", Product::getStage, "stage."),
            new Field<>("launchDate", Product::getLaunchDate),
            new Field<>("summary", Product::getSummary),
            new Field<>("summaryZh", Product::getSummaryZh),
            new Field<>("monetizationAtLaunch", Product::getMonetizationAtLaunch, "monetization."),
            new Field<>("growthDriver", Product::getGrowthDriver, "growth."),
            new Field<>("integrationDepth", Product::getIntegrationDepth, "integration."),
            new Field<>("weight", Product::getWeight, "weight."));

    private static final List<Field<Source>> SOURCE_FIELDS = List.of(
            new Field<>("title", Source::getTitle),
            new Field<>("titleZh", Source::getTitleZh),
            new Field<>("publisher", Source::getPublisher),
            new Field<>("publisherZh", Source::getPublisherZh),
            new Field<>("url", Source::getUrl),
            new Field<>("publishedOn", Source::getPublishedOn),
            new Field<>("language", Source::getLanguage, "language."),
            new Field<>("kind", Source::getKind, "sourceKind."),
            new Field<>("archiveUrl", Source::getArchiveUrl));

    /** A fact's subject never changes, so its product or company is left out. */
    private static final List<Field<Fact>> FACT_FIELDS = List.of(
            new Field<>("metric", Fact::getMetric, "metric."),
            new Field<>("valueNumeric", Fact::getValueNumeric),
            new Field<>("valueLevel", Fact::getValueLevel, "level."),
            // A rank's scope is a code (rankScope.CHINA); a unit typed before scopes were a list shows as typed.
            new Field<>("unit", Fact::getUnit, "rankScope."),
            new Field<>("currency", Fact::getCurrency),
            new Field<>("qualifier", Fact::getQualifier, "qualifier."),
            new Field<>("asOf", Fact::getAsOf),
            // Shown only when set: "no" on every other fact would say nothing.
            new Field<>("asOfIsReadDate", fact -> fact.isAsOfIsReadDate() ? Boolean.TRUE : null, "history.flag."),
            new Field<>("provenance", Fact::getProvenance, "provenance."),
            new Field<>("source", fact -> fact.getSource() == null ? null : fact.getSource().titleText().either()),
            new Field<>("claim", Fact::getClaim),
            new Field<>("claimZh", Fact::getClaimZh),
            new Field<>("recordedAt", Fact::getRecordedAt),
            new Field<>("supersededAt", Fact::getSupersededAt),
            new Field<>("supersededBy", Fact::getSupersededBy),
            new Field<>("retractedAt", Fact::getRetractedAt),
            new Field<>("retractionReason", Fact::getRetractionReason));

    /** A dispute's fact is the line's own (see {@link HistoryEntry#fact()}), so it is left out here. */
    private static final List<Field<Dispute>> DISPUTE_FIELDS = List.of(
            new Field<>("disputedBy", Dispute::getDisputedBy),
            new Field<>("disputedByZh", Dispute::getDisputedByZh),
            new Field<>("note", Dispute::getNote),
            new Field<>("noteZh", Dispute::getNoteZh),
            new Field<>("counterSource", dispute -> dispute.getSource() == null ? null
                    : dispute.getSource().titleText().either()),
            new Field<>("recordedAt", Dispute::getRecordedAt),
            new Field<>("resolvedAt", Dispute::getResolvedAt),
            new Field<>("resolution", Dispute::getResolution));

    private static final List<String> RETRACTION_FIELDS = List.of("retractedAt", "retractionReason");
    private static final List<String> SUPERSESSION_FIELDS = List.of("supersededAt", "supersededBy");

    private static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator
            .comparingLong(HistoryEntry::revision).reversed()
            .thenComparing(HistoryEntry::subject)
            .thenComparing(Comparator.comparingLong(HistoryEntry::subjectId).reversed());

    private final EntityManager entityManager;

    History(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The company's own revisions and those of the facts about it, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofCompany(long companyId) {
        return withFacts(Company.class, companyId, Subject.COMPANY, Company::getId, COMPANY_FIELDS, "company");
    }

    /** The product's own revisions and those of the facts about it, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofProduct(long productId) {
        return withFacts(Product.class, productId, Subject.PRODUCT, Product::getId, PRODUCT_FIELDS, "product");
    }

    /** The source's own revisions and those of the facts citing it, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofSource(long sourceId) {
        return withFacts(Source.class, sourceId, Subject.SOURCE, Source::getId, SOURCE_FIELDS, "source");
    }

    /**
     * A record's revisions and those of the facts that point at it through {@code factsRelation} (the fact's
     * field that names it), newest first.
     */
    private <T> List<HistoryEntry> withFacts(Class<T> type, long id, Subject subject, Function<T, Long> idOf,
            List<Field<T>> fields, String factsRelation) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<HistoryEntry> entries = new ArrayList<>();
        CompanyNames names = new CompanyNames(reader);
        entries.addAll(entries(revisions(reader, type, AuditEntity.id().eq(id)), subject, idOf, fields, names));
        entries.addAll(entries(revisions(reader, Fact.class, AuditEntity.relatedId(factsRelation).eq(id)),
                Subject.FACT, Fact::getId, FACT_FIELDS, names));
        entries.addAll(disputes(reader, factsRelation, id, names));
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    /**
     * The revisions of the disputes of the facts that point at the record, each line naming the fact disputed as
     * it stands now (a fact loaded by the seed has no audit row to name it by). The facts are found in the live
     * table: a dispute is only ever recorded against a fact that is there.
     */
    private List<HistoryEntry> disputes(AuditReader reader, String factsRelation, long id, CompanyNames names) {
        Map<Long, Fact> facts = new HashMap<>();
        entityManager.createQuery("select f from Fact f where f." + factsRelation + ".id = :id", Fact.class)
                .setParameter("id", id).getResultList().forEach(fact -> facts.put(fact.getId(), fact));
        if (facts.isEmpty()) {
            return List.of();
        }
        return entries(revisions(reader, Dispute.class, AuditEntity.relatedId("fact").in(facts.keySet().toArray())),
                Subject.DISPUTE, Dispute::getId, DISPUTE_FIELDS, names, dispute -> facts.get(idOf(dispute.getFact())));
    }

    private static Long idOf(Fact fact) {
        if (fact == null) {
            return null;
        }
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(fact);
        return proxy == null ? fact.getId() : (Long) proxy.getInternalIdentifier();
    }

    /** Rows of [entity as of the revision, revision, revision type], oldest first, deletions included. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> revisions(AuditReader reader, Class<?> type, AuditCriterion criterion) {
        return reader.createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }

    private static <T> List<HistoryEntry> entries(List<Object[]> rows, Subject subject, Function<T, Long> id,
            List<Field<T>> fields, CompanyNames names) {
        return entries(rows, subject, id, fields, names, state -> state instanceof Fact fact ? fact : null);
    }

    /** @param factOf the fact a line shows beside the record: the fact itself, or the one a dispute disputes */
    @SuppressWarnings("unchecked")
    private static <T> List<HistoryEntry> entries(List<Object[]> rows, Subject subject, Function<T, Long> id,
            List<Field<T>> fields, CompanyNames names, Function<T, Fact> factOf) {
        Map<Long, T> previousById = new LinkedHashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            T state = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            long subjectId = id.apply(state);
            T previous = previousById.get(subjectId);
            Kind kind = kind(type, state, previous);
            // Without an earlier state, every field with a value counts: set by a creation, or first
            // seen on a record that existed before auditing began.
            Shown unknownBefore = kind == Kind.CREATED ? Shown.EMPTY : Shown.NOT_RECORDED;
            Function<Object, Object> named = value -> names.named(value, revision.getId());
            List<Change> changes = switch (kind) {
                case DELETED -> List.of();
                case RETRACTED -> without(changes(fields, previous, state, unknownBefore, named), RETRACTION_FIELDS);
                case SUPERSEDED -> without(changes(fields, previous, state, unknownBefore, named), SUPERSESSION_FIELDS);
                default -> changes(fields, previous, state, unknownBefore, named);
            };
            entries.add(new HistoryEntry(revision.getId(), revision.getRevisedAt().atOffset(ZoneOffset.UTC),
                    revision.getUsername(), subject, subjectId, kind, factOf.apply(state), changes,
                    revision.getImportedFile() == null ? null
                            : new Authorship.Imported(revision.getImportedFile(), revision.getImportedRows())));
            previousById.put(subjectId, type == RevisionType.DEL ? null : state);
        }
        return entries;
    }

    private static Kind kind(RevisionType type, Object state, Object previous) {
        return switch (type) {
            case ADD -> Kind.CREATED;
            case DEL -> Kind.DELETED;
            case MOD -> {
                if (state instanceof Dispute dispute && !dispute.isOpen()
                        && (previous == null || ((Dispute) previous).isOpen())) {
                    yield Kind.RESOLVED;
                }
                if (state instanceof Fact fact) {
                    Fact before = (Fact) previous;
                    if (fact.isRetracted() && (before == null || !before.isRetracted())) {
                        yield Kind.RETRACTED;
                    }
                    if (fact.isSuperseded() && (before == null || !before.isSuperseded())) {
                        yield Kind.SUPERSEDED;
                    }
                }
                yield Kind.CHANGED;
            }
        };
    }

    /** The fields whose value differs between two states of one record, or, without a before, those set. */
    private static <T> List<Change> changes(List<Field<T>> fields, T before, T after, Shown unknownBefore,
            Function<Object, Object> named) {
        List<Change> changes = new ArrayList<>();
        for (Field<T> field : fields) {
            Object newValue = named.apply(field.value().apply(after));
            if (before == null) {
                if (newValue != null) {
                    changes.add(new Change(field.name(), unknownBefore, field.show(newValue)));
                }
                continue;
            }
            Object oldValue = named.apply(field.value().apply(before));
            if (!same(oldValue, newValue)) {
                changes.add(new Change(field.name(), field.show(oldValue), field.show(newValue)));
            }
        }
        return changes;
    }

    private static List<Change> without(List<Change> changes, List<String> fields) {
        return changes.stream().filter(change -> !fields.contains(change.field())).toList();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** A field of a record, read from an audited state, with the message prefix that labels its values. */
    private record Field<T>(String name, Function<T, Object> value, String codePrefix) {

        Field(String name, Function<T, Object> value) {
            this(name, value, null);
        }

        Shown show(Object raw) {
            if (raw == null) {
                return Shown.EMPTY;
            }
            if (raw instanceof LocalDate || raw instanceof Instant) {
                // The page writes it as every other date of the reader's language, not as ISO.
                return new Shown(raw.toString(), null, (Temporal) raw);
            }
            if (raw instanceof CompanyRef company) {
                return new Shown(company.nameEn(), null, null, company.nameZh());
            }
            String text;
            if (raw instanceof Enum<?> constant) {
                text = constant.name();
            } else if (raw instanceof BigDecimal number) {
                text = number.stripTrailingZeros().toPlainString();
            } else {
                text = raw.toString();
            }
            return new Shown(text, codePrefix == null ? null : codePrefix + text, null);
        }
    }

    /**
     * A product's company, compared by id and shown by name. Read from an audited product, the company
     * is a proxy that Envers resolves at that revision, and a company loaded by the seed has no audit
     * row there: touching anything but its id failed the whole page. So only the id is taken from it,
     * and {@link CompanyNames} finds the name.
     */
    private record CompanyRef(Long id, String nameEn, String nameZh) {

        static CompanyRef of(Company company) {
            if (company == null) {
                return null;
            }
            LazyInitializer proxy = HibernateProxy.extractLazyInitializer(company);
            return new CompanyRef(proxy == null ? company.getId() : (Long) proxy.getInternalIdentifier(), null, null);
        }
    }

    /**
     * Companies' names as of a revision: the latest audited state at or before it, or, for a company
     * never edited since the seed loaded it, its row as it is now; its id when neither exists any more.
     */
    private class CompanyNames {

        private final AuditReader reader;
        private final Map<List<Long>, CompanyRef> known = new HashMap<>();

        CompanyNames(AuditReader reader) {
            this.reader = reader;
        }

        Object named(Object value, long revision) {
            if (!(value instanceof CompanyRef company)) {
                return value;
            }
            return known.computeIfAbsent(List.of(company.id(), revision), key -> nameOf(company.id(), revision));
        }

        /** The company's names in both languages, so that each reader sees the name of their language. */
        private CompanyRef nameOf(long id, long revision) {
            Company audited = reader.find(Company.class, id, revision);
            Company company = audited != null ? audited : entityManager.find(Company.class, id);
            return company != null ? new CompanyRef(id, company.getNameEn(), company.getNameZh())
                    : new CompanyRef(id, "#" + id, null);
        }
    }
}
