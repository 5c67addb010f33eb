package ai.scorecard.comparison;

import ai.scorecard.scoring.MissingFactsRobustness;
import ai.scorecard.scoring.Robustness;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/**
 * Who leads a comparison, how firmly (robustness to the weights) and whether it rests on facts nobody has recorded,
 * as the paragraphs under the two headline cards. Written here rather than in a template: every comparison drawn
 * afresh has its own, and drawing a fragment for three sentences cost more than the rest of the comparison's joining.
 */
@Component
@RequiredArgsConstructor
public class Verdicts {

    private final MessageSource messages;

    /** The verdict's paragraphs as HTML, every word escaped. */
    public String of(Comparison c, Locale locale) {
        StringBuilder html = new StringBuilder(512);
        List<Comparison.Side> withoutEvidence = c.withoutEvidence();
        String verdict;
        if (withoutEvidence.size() == 1) {
            verdict = message(locale, "compare.noLeaderEvidence", withoutEvidence.get(0).name());
        } else if (withoutEvidence.size() == 2) {
            verdict = message(locale, "compare.noLeaderEvidenceBoth", c.left().name(), c.right().name());
        } else if (c.leader() != Comparison.Leader.NONE) {
            verdict = message(locale, "compare.leads", c.leaderSide().name(), decimal(c.margin(), locale),
                    c.trailerSide().name());
        } else {
            verdict = message(locale, "compare.noLeader");
        }
        html.append("<p class=\"lead mt-3\" id=\"verdict\">").append(escape(verdict)).append("</p>\n");
        if (c.robustness().isPresent()) {
            Robustness r = c.robustness().get();
            html.append("<p id=\"robustness\">\n    <span>").append(escape(message(locale, "compare.robust",
                    c.leaderSide().name(), percent(r.leaderAheadShare(), locale), r.samples()))).append("</span>");
            String flip = r.smallestFlip()
                    .map(f -> message(locale, "compare.flip." + f.direction(),
                            message(locale, "dimension." + f.dimension()), percent(f.thresholdShare(), locale),
                            percent(f.currentShare(), locale)))
                    .orElseGet(() -> message(locale, "compare.noFlip"));
            html.append("<span>").append(escape(flip)).append("</span>\n</p>\n");
        }
        if (c.missingFacts().isPresent()) {
            MissingFactsRobustness m = c.missingFacts().get();
            html.append("<p id=\"missing-facts\">\n    ");
            if (m.filled() == 0) {
                html.append("<span>").append(escape(message(locale, "compare.missingFacts.none"))).append("</span>");
            } else {
                html.append("<span>").append(escape(message(locale, "compare.missingFacts", c.leaderSide().name(),
                        decimal(m.leaderAheadPercent(), locale) + "%", m.draws(), m.filled())
                        + message(locale, m.restsOnMissingFacts() ? "compare.missingFacts.rests"
                                : "compare.missingFacts.holds"))).append("</span>");
            }
            html.append("\n</p>\n");
        }
        return html.toString();
    }

    private String message(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    /** One decimal, no grouping: as the pages' {@code #numbers.formatDecimal(value, 1, 1)}. */
    private static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumIntegerDigits(1);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A whole percentage: as the pages' {@code #numbers.formatPercent(share, 1, 0)}. */
    private static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumIntegerDigits(1);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
