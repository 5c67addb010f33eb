package ai.scorecard.methodology;

import ai.scorecard.checks.PlainText;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.catalog.Weight;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Indicator;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.scoring.Rubric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Data;
import org.springframework.validation.Errors;

/**
 * A change to the current methodology, before it is published: lens weights, indicator weights and
 * numeric rubric anchors, the freshness window and product weights, and a note saying why.
 */
@Data
public class MethodologyDraftForm {

    static final List<Dimension> WEIGHED = Dimension.commercial();

    static final int MOST_LENSES = 20;

    static final int MOST_INDICATORS = 64;

    /**
     * Every field the form binds, row by row: more rows than any methodology has, and no others. An index
     * the form has no row for ({@code lenses[300]}, {@code weights[100000]}, {@code lenses[-1]}) would
     * otherwise make the binder build thousands of rows or fail on the index.
     */
    static final String[] FIELDS = fields();

    private static String[] fields() {
        List<String> fields = new ArrayList<>(List.of("baseVersion", "freshnessDays", "flagshipWeight",
                "majorWeight", "minorWeight", "note", "noteZh"));
        for (int i = 0; i < MOST_LENSES; i++) {
            fields.add("lenses[" + i + "].code");
            for (int j = 0; j < WEIGHED.size(); j++) {
                fields.add("lenses[" + i + "].weights[" + j + "]");
            }
        }
        for (int i = 0; i < MOST_INDICATORS; i++) {
            for (String field : List.of("code", "dimension", "weight", "low", "high", "pointsPerPlace")) {
                fields.add("indicators[" + i + "]." + field);
            }
        }
        return fields.toArray(String[]::new);
    }

    /** Whether a request parameter the binder left out was meant for a row: a row that cannot be. */
    static boolean isRow(String parameter) {
        return parameter.startsWith("lenses") || parameter.startsWith("indicators");
    }

    /** The version the administrator started from; publishing is refused if another came out since. */
    @NotNull
    private Integer baseVersion;

    @NotNull
    @Min(30)
    @Max(3650)
    private Integer freshnessDays;

    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("100")
    private Double flagshipWeight;

    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("100")
    private Double majorWeight;

    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("100")
    private Double minorWeight;

    @Valid
    @Size(min = 1, max = MOST_LENSES)
    private List<LensRow> lenses = new ArrayList<>();

    @Valid
    @Size(max = MOST_INDICATORS)
    private List<IndicatorRow> indicators = new ArrayList<>();

    @NotBlank
    @Size(max = 2000)
    @PlainText(multiline = true)
    private String note;

    /** The note in Chinese, optional: the English one is the version's record. */
    @Size(max = 2000)
    @PlainText(multiline = true)
    private String noteZh;

    @Data
    public static class LensRow {

        /** Lens codes appear in addresses ({@code ?lens=growth-first}); the schema checks the same format. */
        @NotBlank
        @Size(max = 30)
        @Pattern(regexp = "^[a-z]+(-[a-z]+)*$", message = "{methodology.draft.lensCode}")
        private String code;

        /** Shares of the five commercialization dimensions, in {@link #WEIGHED} order. */
        @Valid
        private List<@NotNull @DecimalMin("0") @DecimalMax("1") Double> weights = new ArrayList<>();
    }

    @Data
    public static class IndicatorRow {

        @Size(max = 40)
        private String code;

        private Dimension dimension;

        @NotNull
        @DecimalMin("0.1")
        @DecimalMax("100")
        private Double weight;

        /** Anchors of a log or linear scale; null for other rubrics. Bounded by the schema's NUMERIC(30, 4). */
        @DecimalMin("0")
        @DecimalMax("1E24")
        private Double low;

        @DecimalMin("0")
        @DecimalMax("1E24")
        private Double high;

        /** Points lost per place of a rank rubric; null for other rubrics. */
        @DecimalMin("0.1")
        @DecimalMax("100")
        private Double pointsPerPlace;
    }

    static MethodologyDraftForm of(PublishedMethodology current) {
        Methodology rules = current.rules();
        MethodologyDraftForm form = new MethodologyDraftForm();
        form.setBaseVersion(current.version());
        form.setFreshnessDays(rules.freshnessDays());
        form.setFlagshipWeight(rules.productWeight(Weight.FLAGSHIP));
        form.setMajorWeight(rules.productWeight(Weight.MAJOR));
        form.setMinorWeight(rules.productWeight(Weight.MINOR));
        for (Lens lens : rules.lenses()) {
            LensRow row = new LensRow();
            row.setCode(lens.code());
            // The stored weights, not their shares: a share is a floating-point quotient that would show
            // as 0.30000000000000004.
            row.setWeights(new ArrayList<>(WEIGHED.stream().map(d -> lens.dimensionWeights().getOrDefault(d, 0.0))
                    .toList()));
            form.getLenses().add(row);
        }
        for (Indicator indicator : rules.indicators()) {
            IndicatorRow row = new IndicatorRow();
            row.setCode(indicator.code());
            row.setDimension(indicator.dimension());
            row.setWeight(indicator.weight());
            if (indicator.rubric() instanceof Rubric.LogScale log) {
                row.setLow(log.low());
                row.setHigh(log.high());
            } else if (indicator.rubric() instanceof Rubric.Linear linear) {
                row.setLow(linear.low());
                row.setHigh(linear.high());
            } else if (indicator.rubric() instanceof Rubric.RankPoints rank) {
                row.setPointsPerPlace(rank.pointsLostPerPlace());
            }
            form.getIndicators().add(row);
        }
        return form;
    }

    /**
     * What single-field annotations cannot say: every lens weighs each dimension, and every rubric has the
     * numbers it needs. A field left out of the request would otherwise reach the core as a missing list
     * element or a null number. A lens's missing weights are added back empty, so that the form can show
     * each of them with its message.
     */
    void check(Methodology current, Errors errors) {
        // A code longer than its column was refused above; the page would draw it into a message key, which
        // Spring's expressions refuse past 100,000 characters, so it is not drawn again.
        lenses.stream().filter(row -> row.getCode() != null && row.getCode().length() > 30)
                .forEach(row -> row.setCode(null));
        indicators.stream().filter(row -> row.getCode() != null && row.getCode().length() > 40)
                .forEach(row -> row.setCode(null));
        for (int i = 0; i < lenses.size(); i++) {
            List<Double> weights = lenses.get(i).getWeights();
            while (weights.size() < WEIGHED.size()) {
                weights.add(null);
                errors.rejectValue("lenses[" + i + "].weights[" + (weights.size() - 1) + "]",
                        "methodology.draft.weightMissing");
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            Rubric rubric = current.indicators().stream().filter(indicator -> indicator.code().equals(row.getCode()))
                    .map(Indicator::rubric).findFirst().orElse(null);
            boolean scale = rubric instanceof Rubric.LogScale || rubric instanceof Rubric.Linear;
            requireNumber(errors, i, "low", scale && row.getLow() == null);
            requireNumber(errors, i, "high", scale && row.getHigh() == null);
            requireNumber(errors, i, "pointsPerPlace", rubric instanceof Rubric.RankPoints
                    && row.getPointsPerPlace() == null);
        }
    }

    private static void requireNumber(Errors errors, int row, String field, boolean missing) {
        String path = "indicators[" + row + "]." + field;
        if (missing && !errors.hasFieldErrors(path)) {
            errors.rejectValue(path, "methodology.draft.numberMissing");
        }
    }

    /**
     * The draft as rules of the given version, on top of the current ones (levels and style traits are
     * kept as they are). The core checks its own invariants; what it refuses comes back as a message.
     */
    Methodology toRules(Methodology current, int version) {
        List<Lens> lensList = new ArrayList<>();
        for (LensRow row : lenses) {
            Map<Dimension, Double> weights = new LinkedHashMap<>();
            for (int i = 0; i < WEIGHED.size(); i++) {
                weights.put(WEIGHED.get(i), row.getWeights().get(i));
            }
            lensList.add(new Lens(row.getCode(), weights));
        }
        List<Indicator> indicatorList = new ArrayList<>();
        for (Indicator indicator : current.indicators()) {
            IndicatorRow row = indicators.stream().filter(r -> indicator.code().equals(r.getCode())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Missing indicator " + indicator.code()));
            Rubric rubric = indicator.rubric();
            if (rubric instanceof Rubric.LogScale) {
                rubric = new Rubric.LogScale(row.getLow(), row.getHigh());
            } else if (rubric instanceof Rubric.Linear) {
                rubric = new Rubric.Linear(row.getLow(), row.getHigh());
            } else if (rubric instanceof Rubric.RankPoints) {
                rubric = new Rubric.RankPoints(row.getPointsPerPlace());
            }
            indicatorList.add(new Indicator(indicator.code(), indicator.dimension(), indicator.signal(), rubric,
                    row.getWeight()));
        }
        return new Methodology(version, freshnessDays, indicatorList, lensList,
                Map.of(Weight.FLAGSHIP, flagshipWeight, Weight.MAJOR, majorWeight, Weight.MINOR, minorWeight),
                current.styleTraits(), current.evidence());
    }
}
