package ai.scorecard.fact;

import ai.scorecard.company.Company;
import ai.scorecard.product.Product;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Facts extends Repository<Fact, Long> {

    List<Fact> findByProductOrderByMetricAscAsOfDescIdDesc(Product product);

    List<Fact> findByCompanyOrderByMetricAscAsOfDescIdDesc(Company company);

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

    Optional<Fact> findById(Long id);

    long count();

    Fact save(Fact fact);
}
