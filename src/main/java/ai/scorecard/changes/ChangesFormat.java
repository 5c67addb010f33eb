package ai.scorecard.changes;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/** Points moved, as the change pages and feeds write them: signed, one decimal, in the reader's locale. */
@Component("changesFormat")
public class ChangesFormat {

    /** "+1.2", "−0.4", "0.0"; a dash when there is no number (a score appeared or went away). */
    public String signed(OptionalDouble points, Locale locale) {
        return points.isPresent() ? signed(points.getAsDouble(), locale) : "—";
    }

    static String signed(double points, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        // Rounded first, so that −0.04 reads "0.0", not "−0.0".
        double rounded = Math.round(points * 10) / 10.0;
        String digits = format.format(Math.abs(rounded));
        return rounded > 0 ? "+" + digits : rounded < 0 ? "\u2212" + digits : digits;
    }

    /** A score, one decimal; a dash when there is none. */
    public String score(OptionalDouble score, Locale locale) {
        if (score.isEmpty()) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(score.getAsDouble());
    }
}
