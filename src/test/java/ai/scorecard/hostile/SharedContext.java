package ai.scorecard.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Spring context every {@code @SpringBootTest @AutoConfigureMockMvc} test shares, for jqwik
 * properties, which Spring's JUnit Jupiter extension does not serve. Asking Spring's test context
 * framework for a class with the same annotations hits the same context cache, so no second application
 * starts.
 */
@SpringBootTest
@AutoConfigureMockMvc
final class SharedContext {

    /** What a refused submission must leave as it was. */
    static final List<String> TABLES = List.of("company", "product", "fact", "account", "methodology_version",
            "methodology_indicator", "methodology_lens", "methodology_lens_weight");

    private static ApplicationContext context;

    private SharedContext() {
    }

    static synchronized ApplicationContext context() {
        if (context == null) {
            context = new TestContextManager(SharedContext.class).getTestContext().getApplicationContext();
        }
        return context;
    }

    static MockMvc mvc() {
        return context().getBean(MockMvc.class);
    }

    static Map<String, Integer> rowCounts() {
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    /**
     * Runs the work in a transaction that is rolled back afterwards, as {@code @Transactional} does for a
     * Jupiter test: a submission the app accepts leaves nothing behind for the next try or test.
     */
    static <T> T rolledBack(Callable<T> work) {
        TransactionTemplate transaction = new TransactionTemplate(context().getBean(PlatformTransactionManager.class));
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                return work.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
