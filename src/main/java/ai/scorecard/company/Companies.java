package ai.scorecard.company;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface Companies extends Repository<Company, Long> {

    Optional<Company> findBySlug(String slug);

    List<Company> findAllByOrderByNameEnAsc();

    long count();

    Company save(Company company);
}
