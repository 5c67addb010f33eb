package ai.scorecard.catalog;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which products a reader asked for, and in what order. Every part is optional; the order always ends
 * on the product's own name and id so that pages never swap rows between requests.
 */
public record ProductFilter(String companySlug, Category category, Stage stage, String text, ProductOrder order,
        boolean descending) {

    public Specification<Product> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (companySlug != null && !companySlug.isBlank()) {
                where.add(cb.equal(root.get("company").get("slug"), companySlug));
            }
            if (category != null) {
                where.add(cb.equal(root.get("category"), category));
            }
            if (stage != null) {
                where.add(cb.equal(root.get("stage"), stage));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("nameEn")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("nameZh"), "")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("summary"), "")), pattern, '\\'),
                        cb.like(cb.lower(root.get("company").get("nameEn")), pattern, '\\')));
            }
            query.orderBy(orderBy(root, cb));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private List<Order> orderBy(Root<Product> root, CriteriaBuilder cb) {
        Expression<?> key = switch (order == null ? ProductOrder.NAME : order) {
            case NAME -> root.get("nameEn");
            case COMPANY -> root.get("company").get("nameEn");
            case CATEGORY -> root.get("category");
            case STAGE -> ordinal(cb, root.get("stage"), Stage.values());
            case LAUNCHED -> root.get("launchDate");
        };
        Order first = descending ? cb.desc(key) : cb.asc(key);
        return List.of(first, cb.asc(root.get("nameEn")), cb.asc(root.get("id")));
    }

    /** Stages sort by how far a product has come, not alphabetically. */
    private static Expression<Integer> ordinal(CriteriaBuilder cb, Expression<Stage> column, Stage[] values) {
        CriteriaBuilder.SimpleCase<Stage, Integer> byStage = cb.selectCase(column);
        for (Stage stage : values) {
            byStage = byStage.when(stage, stage.ordinal());
        }
        return byStage.otherwise(values.length);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
