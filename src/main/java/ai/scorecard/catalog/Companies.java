package ai.scorecard.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The company table; only the catalog reads and writes it. */
interface Companies extends Repository<Company, Long> {

    Optional<Company> findBySlug(String slug);

    List<Company> findAllByOrderByNameEnAsc();

    @Query("""
            select c from Company c
            where lower(c.nameEn) like :pattern escape '!' or lower(c.nameZh) like :pattern escape '!'
            order by c.nameEn, c.id""")
    List<Company> findByNameLike(String pattern, Limit limit);

    long count();

    Company save(Company company);
}
