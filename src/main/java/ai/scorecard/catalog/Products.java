package ai.scorecard.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The product table; only the catalog reads and writes it. */
interface Products extends Repository<Product, Long>, JpaSpecificationExecutor<Product> {

    @EntityGraph(attributePaths = "company")
    Optional<Product> findBySlug(String slug);

    List<Product> findByCompanyOrderByWeightAscNameEnAsc(Company company);

    @EntityGraph(attributePaths = "company")
    List<Product> findAllByOrderByNameEnAsc();

    @EntityGraph(attributePaths = "company")
    List<Product> findByCompanyIdInOrderByWeightAscNameEnAsc(Collection<Long> companyIds);

    @Override
    @EntityGraph(attributePaths = "company")
    Page<Product> findAll(Specification<Product> spec, Pageable pageable);

    @Query("""
            select p from Product p join fetch p.company
            where lower(p.nameEn) like :pattern escape '!' or lower(p.nameZh) like :pattern escape '!'
            order by p.nameEn, p.id""")
    List<Product> findByNameLike(String pattern, Limit limit);

    long count();

    @Query("select new ai.scorecard.catalog.ProductCount(p.company.id, count(p)) from Product p group by p.company.id")
    List<ProductCount> countByCompany();

    Product save(Product product);

    void delete(Product product);
}
