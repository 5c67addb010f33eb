package ai.scorecard.fact;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.source.Source;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The facts table; only the ledger reads and writes it. */
interface Facts extends Repository<Fact, Long> {

    @Query("select f from Fact f join fetch f.source where f.product = :product order by f.metric, f.asOf desc, f.id desc")
    List<Fact> findByProductOrderByMetricAscAsOfDescIdDesc(Product product);

    @Query("select f from Fact f join fetch f.source where f.company = :company order by f.metric, f.asOf desc, f.id desc")
    List<Fact> findByCompanyOrderByMetricAscAsOfDescIdDesc(Company company);

    /** Every fact that cites the source, current or not, with its subject, newest first. */
    @Query("""
            select f from Fact f left join fetch f.product p left join fetch p.company left join fetch f.company
            where f.source = :source
            order by f.asOf desc, f.id desc
            """)
    List<Fact> findCiting(Source source);

    /** The current facts that cite the source, with their subjects, oldest first. */
    @Query("""
            select f from Fact f left join fetch f.product p left join fetch p.company left join fetch f.company
            where f.source = :source and f.supersededAt is null and f.retractedAt is null
            order by f.id
            """)
    List<Fact> findCurrentCiting(Source source);

    /** The products that current facts citing the source are about, without loading the facts. */
    @Query("""
            select distinct f.product.id from Fact f
            where f.source = :source and f.product is not null and f.supersededAt is null and f.retractedAt is null""")
    List<Long> findProductsOfCurrentCiting(Source source);

    /** The companies that current facts citing the source are about (as a whole), without loading the facts. */
    @Query("""
            select distinct f.company.id from Fact f
            where f.source = :source and f.company is not null and f.supersededAt is null and f.retractedAt is null""")
    List<Long> findCompaniesOfCurrentCiting(Source source);

    /** How many facts cite each of these sources: [source id, current ones, all]. */
    @Query("""
            select f.source.id, sum(case when f.supersededAt is null and f.retractedAt is null then 1 else 0 end),
                count(f)
            from Fact f where f.source.id in :sourceIds group by f.source.id""")
    List<Object[]> countCurrentAndAllBySource(Collection<Long> sourceIds);

    /** How many facts cite each source, current or not. */
    @Query("select f.source.id, count(f) from Fact f group by f.source.id")
    List<Object[]> countBySource();

    @Query("""
            select f from Fact f
            where f.product = :product and f.metric = :metric
              and f.supersededAt is null and f.retractedAt is null
            """)
    List<Fact> findCurrent(Product product, Metric metric);

    @Query("""
            select f from Fact f
            where f.company = :company and f.metric = :metric
              and f.supersededAt is null and f.retractedAt is null
            """)
    List<Fact> findCurrent(Company company, Metric metric);

    @Query("""
            select f from Fact f
            where f.product.id in :productIds and f.supersededAt is null and f.retractedAt is null""")
    List<Fact> findCurrentAboutProducts(Collection<Long> productIds);

    @Query("""
            select f from Fact f
            where f.company.id in :companyIds and f.supersededAt is null and f.retractedAt is null""")
    List<Fact> findCurrentAboutCompanyItself(Collection<Long> companyIds);

    @Query("""
            select new ai.scorecard.fact.CurrentFact(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh)
            from Fact f join f.source s
            where f.supersededAt is null and f.retractedAt is null
            """)
    List<CurrentFact> findAllCurrent();

    /** Every current fact with its source and its subject, in the order recorded: what an export writes. */
    @Query("""
            select f from Fact f join fetch f.source left join fetch f.product p left join fetch p.company
                left join fetch f.company
            where f.supersededAt is null and f.retractedAt is null
            order by f.id
            """)
    List<Fact> findAllCurrentWithSubjects();

    /**
     * The current facts about some companies and about each of their products. Two selects in one
     * statement, each reaching its facts through an index: with "company or product's company" in one
     * condition the database read every fact there is (1.3 s on 100,000 facts).
     */
    @Query("""
            select new ai.scorecard.fact.CurrentFact(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh)
            from Fact f join f.source s
            where f.company.id in :companyIds and f.supersededAt is null and f.retractedAt is null
            union all
            select new ai.scorecard.fact.CurrentFact(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh)
            from Fact f join f.product p join f.source s
            where p.company.id in :companyIds and f.supersededAt is null and f.retractedAt is null
            """)
    List<CurrentFact> findCurrentAboutCompanies(Collection<Long> companyIds);

    /**
     * The facts in force at an instant, as scoring reads them: recorded before it, and neither superseded nor
     * retracted by then. The same rule as {@link InForce}, which a test holds this to.
     */
    @Query("""
            select new ai.scorecard.fact.CurrentFact(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh)
            from Fact f join f.source s
            where f.recordedAt < :at and (f.supersededAt is null or f.supersededAt >= :at)
              and (f.retractedAt is null or f.retractedAt >= :at)
            """)
    List<CurrentFact> findInForceAt(Instant at);

    /** The facts in force at an instant about some companies and their products; see {@link #findCurrentAboutCompanies}. */
    @Query("""
            select new ai.scorecard.fact.CurrentFact(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh)
            from Fact f join f.source s
            where f.company.id in :companyIds and f.recordedAt < :at
              and (f.supersededAt is null or f.supersededAt >= :at) and (f.retractedAt is null or f.retractedAt >= :at)
            union all
            select new ai.scorecard.fact.CurrentFact(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh)
            from Fact f join f.product p join f.source s
            where p.company.id in :companyIds and f.recordedAt < :at
              and (f.supersededAt is null or f.supersededAt >= :at) and (f.retractedAt is null or f.retractedAt >= :at)
            """)
    List<CurrentFact> findInForceAboutCompaniesAt(Collection<Long> companyIds, Instant at);

    /** The companies whose facts, or whose products' facts, cite a source: any of them, current or not. */
    @Query("""
            select distinct coalesce(p.company.id, f.company.id) from Fact f left join f.product p
            where f.source.id = :sourceId
            """)
    List<Long> findCompaniesCiting(long sourceId);

    /** The companies some facts are about: each fact's company, or its product's. */
    @Query("""
            select distinct coalesce(p.company.id, f.company.id) from Fact f left join f.product p
            where f.id in :factIds
            """)
    List<Long> findCompaniesOf(Collection<Long> factIds);

    /**
     * Every fact ever recorded about some companies and their products, superseded and retracted ones too, with
     * the moments it was recorded, superseded and retracted: a score history replays them in memory.
     */
    @Query("""
            select new ai.scorecard.fact.FactInTime(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh, f.recordedAt, f.supersededAt, f.retractedAt)
            from Fact f join f.source s
            where f.company.id in :companyIds
            union all
            select new ai.scorecard.fact.FactInTime(f.id, f.product.id, f.company.id, f.metric, f.valueNumeric,
                f.valueLevel, f.qualifier, f.asOf, f.provenance, s.id, s.title, s.titleZh, s.url, s.publishedOn,
                f.asOfIsReadDate, f.claim, f.claimZh, f.recordedAt, f.supersededAt, f.retractedAt)
            from Fact f join f.product p join f.source s
            where p.company.id in :companyIds
            """)
    List<FactInTime> findInTimeAboutCompanies(Collection<Long> companyIds);

    /** Current facts first, then the newest; with the subject each is about, to link to it. */
    @Query("""
            select f from Fact f join fetch f.source s left join fetch f.product p left join fetch p.company
                left join fetch f.company
            where lower(f.claim) like :pattern escape '!' or lower(f.claimZh) like :pattern escape '!'
                or lower(s.title) like :pattern escape '!' or lower(s.titleZh) like :pattern escape '!'
            order by case when f.supersededAt is null and f.retractedAt is null then 0 else 1 end, f.asOf desc, f.id desc
            """)
    List<Fact> findByClaimOrSourceLike(String pattern, Limit limit);

    /** Every fact recorded, superseded or retracted in [start, end), with its source and subject, in the order recorded. */
    @Query("""
            select f from Fact f join fetch f.source left join fetch f.product p left join fetch p.company
                left join fetch f.company
            where (f.recordedAt >= :start and f.recordedAt < :end)
               or (f.supersededAt >= :start and f.supersededAt < :end)
               or (f.retractedAt >= :start and f.retractedAt < :end)
            order by f.id
            """)
    List<Fact> findChangedBetween(Instant start, Instant end);

    /** The same about one company itself. */
    @Query("""
            select f from Fact f join fetch f.source left join fetch f.company
            where f.company.id = :companyId
              and ((f.recordedAt >= :start and f.recordedAt < :end)
               or (f.supersededAt >= :start and f.supersededAt < :end)
               or (f.retractedAt >= :start and f.retractedAt < :end))
            """)
    List<Fact> findChangedBetweenAboutCompany(Long companyId, Instant start, Instant end);

    /** The same about a company's products. */
    @Query("""
            select f from Fact f join fetch f.source join fetch f.product p join fetch p.company
            where p.company.id = :companyId
              and ((f.recordedAt >= :start and f.recordedAt < :end)
               or (f.supersededAt >= :start and f.supersededAt < :end)
               or (f.retractedAt >= :start and f.retractedAt < :end))
            """)
    List<Fact> findChangedBetweenAboutProductsOf(Long companyId, Instant start, Instant end);

    /** Locks the product's row until the transaction ends: writers of its facts queue here. */
    @Query(value = "select id from product where id = :id for update", nativeQuery = true)
    Long lockProduct(Long id);

    /** Locks the company's row until the transaction ends: writers of its facts queue here. */
    @Query(value = "select id from company where id = :id for update", nativeQuery = true)
    Long lockCompany(Long id);

    Optional<Fact> findById(Long id);

    long count();

    Fact save(Fact fact);

    void delete(Fact fact);

    void flush();
}
