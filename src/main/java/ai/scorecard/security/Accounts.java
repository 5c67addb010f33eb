package ai.scorecard.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface Accounts extends Repository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsernameAsc();

    boolean existsByUsername(String username);

    long count();

    Account save(Account account);
}
