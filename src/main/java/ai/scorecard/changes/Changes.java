package ai.scorecard.changes;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.Fact;
import ai.scorecard.scoreboard.PublishedMethodology;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What happened in a window: each fact event, newest first, and each company score that moved, the largest
 * move first, under one methodology version (the one in force at the window's end).
 */
public record Changes(ChangeWindow window, PublishedMethodology methodology, List<Change> changes, List<Move> moves) {

    /** How many fact events a page lists: an import can record thousands at once, and a page is read, not searched. */
    public static final int LISTED = 500;

    public Changes {
        changes = List.copyOf(changes);
        moves = List.copyOf(moves);
    }

    /** The newest events, at most {@code limit}. */
    public List<Change> newest(int limit) {
        return changes.subList(0, Math.min(limit, changes.size()));
    }

    /** The events a page lists: the newest {@link #LISTED}. */
    public List<Change> listed() {
        return newest(LISTED);
    }

    /**
     * A fact recorded, superseded or retracted.
     *
     * @param product the product the fact is about; null when it is about the company itself
     * @param part    what it did to the company's score; empty when it is about a company no longer scored
     */
    public record Change(FactEvent.Kind kind, Instant at, LocalDate on, Fact fact, Company company, Product product,
            Optional<ScoreMove.Part> part) {

        public OptionalDouble points() {
            return part.map(ScoreMove.Part::points).orElse(OptionalDouble.empty());
        }

        /** The page the fact is shown on, with its anchor. */
        public String factPath() {
            return subjectPath() + "#fact-" + fact.getId();
        }

        public String subjectPath() {
            return product == null ? "/companies/" + company.getSlug() : "/products/" + product.getSlug();
        }

        /** Stands for the event in a feed for ever: the fact and what happened to it. */
        public String key() {
            return "fact-" + fact.getId() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A company whose score moved, with the steps that moved it. */
    public record Move(Company company, ScoreMove move, List<Step> steps) {

        public Move {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step that moved a score.
     *
     * @param change the fact event it was; null for the passing of time
     */
    public record Step(ScoreMove.Part part, Change change) {
    }

    /** The company's move, if its score moved. */
    public Optional<Move> moveOf(Company company) {
        return moves.stream().filter(move -> move.company().getId().equals(company.getId())).findFirst();
    }
}
