package ai.scorecard.web;

import ai.scorecard.fact.FactFormat;
import ai.scorecard.history.HistoryEntry.Change;
import ai.scorecard.history.HistoryEntry.Shown;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a history page's values in the reader's language, as the rest of the app writes them: a day as
 * 2026年11月29日 or Nov 29, 2026 (never ISO), a moment as the "When" column does (its pattern is
 * {@code history.when.pattern}, in UTC or Beijing time), a value with a code as its label, a company by the
 * name of the reader's language. The template calls it as
 * {@code @historyFormat.value(change.after, #locale)} and {@code @historyFormat.moment(entry.when, #locale)}.
 */
@Component("historyFormat")
@RequiredArgsConstructor
public class HistoryFormat {

    private final MessageSource messages;
    private final FactFormat facts;

    /**
     * A moment of the history as {@code history.when.pattern} writes it in the reader's language, in the
     * time zone {@code history.when.zone} names: UTC in English, Beijing time (北京时间) in Chinese.
     */
    public String moment(TemporalAccessor moment, Locale locale) {
        String pattern = messages.getMessage("history.when.pattern", null, locale);
        ZoneId zone = ZoneId.of(messages.getMessage("history.when.zone", null, "UTC", locale));
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(moment);
    }

    /** A field's value before or after a change. */
    public String value(Shown shown, Locale locale) {
        if (shown.time() instanceof LocalDate day) {
            return facts.date(day, locale);
        }
        if (shown.time() != null) {
            return moment(shown.time(), locale);
        }
        if (shown.code() != null) {
            return messages.getMessage(shown.code(), null, shown.text(), locale);
        }
        if (shown.textZh() != null && !shown.textZh().isBlank() && "zh".equals(locale.getLanguage())) {
            return shown.textZh();
        }
        return shown.text();
    }

    /**
     * The language of a value typed into one side of a bilingual text (a summary, a claim, a source's title…):
     * a reader's screen reader should switch voice for it, and a Chinese page names it as English. Null for
     * every other value, which is the page's own language or language-free.
     */
    public String language(Change change, Shown shown) {
        if (shown.text() == null || shown.code() != null || shown.time() != null) {
            return null;
        }
        if (ENGLISH_TEXTS.contains(change.field())) {
            return "en";
        }
        return change.field().endsWith("Zh") ? "zh" : null;
    }

    private static final Set<String> ENGLISH_TEXTS = Set.of("summary", "headquarters", "claim",
            "title", "publisher", "note", "source");
}
