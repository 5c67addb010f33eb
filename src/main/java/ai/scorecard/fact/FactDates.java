package ai.scorecard.fact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the facts behind a score are dated, for the pages that show a score's evidence rather than the
 * facts themselves (breakdowns, the comparison's key facts): an undated source must say so there too.
 * One query for a whole table, by primary key; a fact's dating never changes, so nothing goes stale.
 */
@Component("factDates")
@RequiredArgsConstructor
public class FactDates {

    private final Facts facts;

    /**
     * @param ids fact ids as a template collects them, possibly in nested lists (a comparison's categories,
     *     their sides, their cards), so that a whole page costs one query; nulls (an indicator without
     *     evidence) are skipped
     */
    @Transactional(readOnly = true)
    public Datings of(Collection<?> ids) {
        List<Long> wanted = flatten(ids).distinct().toList();
        if (wanted.isEmpty()) {
            return new Datings(Map.of());
        }
        return new Datings(facts.findDatings(wanted).stream()
                .collect(Collectors.toMap(FactDating::id, Function.identity())));
    }

    private static Stream<Long> flatten(Collection<?> ids) {
        return ids.stream().filter(Objects::nonNull).flatMap(id -> id instanceof Collection<?> nested
                ? flatten(nested) : Stream.of(((Number) id).longValue()));
    }

    /** The datings of some facts; a fact not among them counts as dated and observed. */
    public record Datings(Map<Long, FactDating> byId) {

        public boolean sourceUndated(long factId) {
            FactDating dating = byId.get(factId);
            return dating != null && dating.sourceUndated();
        }

        public boolean asOfIsReadDate(long factId) {
            FactDating dating = byId.get(factId);
            return dating != null && dating.asOfIsReadDate();
        }
    }
}
