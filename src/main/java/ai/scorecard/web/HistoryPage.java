package ai.scorecard.web;

import ai.scorecard.history.HistoryEntry;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the history template shows: one page of who changed a company or a product, and its facts, what
 * and when. A product with 1,666 facts had a history page of 5 MB: the revisions come 50 to a page.
 *
 * @param name the subject's name in the reader's language
 * @param listPath the list the subject belongs to, for the breadcrumb
 * @param listTitle the message code of that list's title
 * @param subjectPath the subject's own page
 * @param entries this page's revisions, newest first
 * @param number this page's number, from 1
 * @param pages how many pages there are; at least one, which may be empty
 * @param total how many revisions there are on all pages
 * @param from how many revisions come before this page's first
 */
public record HistoryPage(String name, String listPath, String listTitle, String subjectPath,
        List<HistoryEntry> entries, int number, int pages, int total, int from) {

    static final int PAGE_SIZE = 50;

    /** @throws ResponseStatusException 404 for a page number before the first or past the last page */
    public static HistoryPage of(String name, String listPath, String listTitle, String subjectPath,
            List<HistoryEntry> all, int number) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (number < 1 || number > pages) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int from = (number - 1) * PAGE_SIZE;
        return new HistoryPage(name, listPath, listTitle, subjectPath,
                all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), number, pages, all.size(), from);
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isLast() {
        return number == pages;
    }
}
