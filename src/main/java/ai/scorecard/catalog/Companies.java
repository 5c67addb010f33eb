package ai.scorecard.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The company table; only the catalog reads and writes it. */
interface Companies extends Repository<Company, Long> {

    Optional<Company> findBySlug(String slug);

    List<Company> findAllByOrderByNameEnAsc();

    long count();

    Company save(Company company);
}
