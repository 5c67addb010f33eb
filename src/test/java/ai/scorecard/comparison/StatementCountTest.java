package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The analysts' pages load what they need in a small, fixed number of SQL statements, whatever the
 * number of products and facts. Every statement sent through the data source is counted (Hibernate's
 * own statistics would miss the methodology's plain JDBC reads), and Hibernate's count is checked too.
 * Each page is counted as it is loaded right after an edit, not as kept from an earlier request.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import(StatementCountTest.Counting.class)
class StatementCountTest {

    /**
     * Eight: the comparison reads every company's standings (its missing facts are drawn from every product),
     * which adds the companies to what a comparison of two read before; and before anything, the reading page
     * reads the data and methodology versions its ETag is made of, so that a 304 costs that one statement.
     */
    static final int LIMIT = 8;
    static final List<String> PAGES = List.of("/compare", "/compare?left=tencent&right=alibaba&lens=growth-first",
            "/styles", "/rankings", "/rankings?category=coding-tool", "/products");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionFactory sessionFactory;

    @Test
    void pagesRunAFixedSmallNumberOfStatementsAtTwoDataSizes() throws Exception {
        PAGES.forEach(this::load); // the first visit reads the methodology once and keeps it
        Map<String, Integer> seedSize = countAll();

        grow(60, 10);
        Map<String, Integer> grown = countAll();

        assertThat(seedSize.values()).allMatch(count -> count <= LIMIT);
        assertThat(grown.values()).allMatch(count -> count <= LIMIT);
        // The same statements at both sizes; only the product list adds its count query once the
        // products no longer fit on one page.
        grown.forEach((page, count) -> assertThat(count).as(page)
                .isEqualTo(seedSize.get(page) + (page.equals("/products") ? 1 : 0)));
    }

    /**
     * The added rows are committed, as in real use: inside a test transaction the methodology cache,
     * which keeps only what is known to be committed, would not fill.
     */
    @AfterEach
    void removeAddedRows() {
        jdbc.update("delete from fact where product_id in (select id from product where slug like '%-extra-%')");
        jdbc.update("delete from product where slug like '%-extra-%'");
    }

    private Map<String, Integer> countAll() {
        Counting.COUNTED_THREAD = Thread.currentThread();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Statistics hibernate = sessionFactory.getStatistics();
        for (String page : PAGES) {
            // As after an edit: nothing kept from an earlier request may answer, the whole page is loaded.
            jdbc.update("update data_version set version = version + 1");
            hibernate.clear();
            Counting.STATEMENTS.set(0);
            load(page);
            int all = Counting.STATEMENTS.get();
            assertThat(hibernate.getPrepareStatementCount()).as(page).isLessThanOrEqualTo(all);
            counts.put(page, all);
        }
        return counts;
    }

    private void load(String page) {
        try {
            mvc.perform(get(page)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new AssertionError(page, e);
        }
    }

    /** Adds products with facts to ByteDance, Alibaba and Tencent. */
    private void grow(int productsPerCompany, int factsPerProduct) {
        for (String company : List.of("bytedance", "alibaba", "tencent")) {
            long companyId = jdbc.queryForObject("select id from company where slug = ?", Long.class, company);
            for (int p = 0; p < productsPerCompany; p++) {
                String slug = company + "-extra-" + p;
                jdbc.update("insert into product (slug, company_id, name_en, category, stage, weight, growth_driver) "
                        + "values (?, ?, ?, 'CODING_TOOL', 'LAUNCHED', 'MINOR', 'PRODUCT_LED')", slug, companyId,
                        "Extra " + p);
                long productId = jdbc.queryForObject("select id from product where slug = ?", Long.class, slug);
                for (int f = 0; f < factsPerProduct; f++) {
                    // One current fact per product and metric (the database holds to it): the later ones supersede.
                    jdbc.update("insert into fact (product_id, metric, value_numeric, qualifier, as_of, provenance, "
                            + "source_id, claim, recorded_at, superseded_at) values (?, 'DAU', ?, 'EXACT', ?, "
                            + "'THIRD_PARTY', (select min(id) from source), 'Generated', current_timestamp, ?)", productId, 1000 + f,
                            LocalDate.of(2026, 1, 1).plusDays(f),
                            f < factsPerProduct - 1 ? Timestamp.from(Instant.now()) : null);
                }
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        static final AtomicInteger STATEMENTS = new AtomicInteger();
        static volatile Thread COUNTED_THREAD;

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }

        private static DataSource counting(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(Counting.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        Object result = invoke(method, target, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(Counting.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        // Only the request's own statements: MockMvc serves it on the test's thread, while
                        // background work (Spring Session's clean-up every minute) runs on others.
                        if (Thread.currentThread() == COUNTED_THREAD && (method.getName().startsWith("prepare")
                                || method.getName().equals("createStatement"))) {
                            STATEMENTS.incrementAndGet();
                        }
                        return invoke(method, target, args);
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
