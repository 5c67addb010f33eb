package ai.scorecard.changes;

import ai.scorecard.catalog.Company;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The changes as an Atom feed, written by Rome. Ids are tag URIs that name the fact and what happened to it, so a
 * feed reader never shows an event twice however often it asks, or whatever window the feed covers.
 */
final class ChangesFeed {

    /** A feed carries the newest events; a reader keeps what it has already seen. */
    static final int ENTRIES = 100;

    /** The year in the tag URIs: when the scorecard began naming its changes, never to change. */
    static final String TAG_YEAR = "2026";

    private final MessageSource messages;
    private final Locale locale;
    private final String base;
    private final String host;
    private final ZoneId zone;

    /**
     * @param base the site's address (scheme, host, context path), for absolute links
     * @param host the site's host name, the authority of the tag URIs
     */
    ChangesFeed(MessageSource messages, Locale locale, String base, String host, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.base = base;
        this.host = host;
        this.zone = zone;
    }

    String write(Changes changes, Company company, String selfPath, String pagePath) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setLanguage(locale.toLanguageTag());
        feed.setUri(tag(company == null ? "changes" : "companies/" + company.getSlug() + "/changes"));
        feed.setTitle(company == null ? text("feed.title")
                : text("feed.title.company", company.name(locale)));
        feed.setLinks(List.of(link("self", base + selfPath, "application/atom+xml"),
                link("alternate", base + pagePath, "text/html")));
        SyndPerson author = new SyndPersonImpl();
        author.setName(text("app.name"));
        feed.setAuthors(List.of(author));
        // A feed's updated date is its latest entry's; with none, the start of the window it covers.
        Instant updated = changes.changes().isEmpty()
                ? changes.window().start(zone) : changes.changes().get(0).at();
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        for (Changes.Change change : changes.newest(ENTRIES)) {
            entries.add(entry(change));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The changes feed could not be written", e);
        }
    }

    private SyndEntry entry(Changes.Change change) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(tag(change.key()));
        String subject = change.product() == null ? change.company().name(locale) : change.product().name(locale);
        String metric = text("metric." + change.fact().getMetric().name());
        entry.setTitle(text("feed.entry." + change.kind().name(), subject, metric));
        entry.setLink(base + change.factPath());
        Date at = Date.from(change.at());
        entry.setUpdatedDate(at);
        entry.setPublishedDate(at);
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(summary(change));
        entry.setDescription(summary);
        return entry;
    }

    private String summary(Changes.Change change) {
        String claim = change.fact().claimText().text(locale);
        String company = change.company().name(locale);
        String effect = change.points().isPresent() && Math.abs(change.points().getAsDouble()) > ScoreMove.SAME
                ? text("feed.entry.points", company, ChangesFormat.signed(change.points().getAsDouble(), locale))
                : text("feed.entry.noPoints", company);
        return claim.isBlank() ? effect : claim + " " + effect;
    }

    private String tag(String specific) {
        return "tag:" + host + "," + TAG_YEAR + ":" + specific;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
