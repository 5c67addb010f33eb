package ai.scorecard.source;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.checks.Checks;
import ai.scorecard.checks.LikePattern;
import ai.scorecard.checks.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources facts cite. It checks each {@link SourceDraft}, refuses a second record of a publication it
 * holds already (same title and address), and finds sources for an editor's picker. Each addition or
 * correction is announced ({@link SourceChanged}) within its transaction.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Bibliography {

    private final Sources sources;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** Every rule the draft breaks; empty when the bibliography would add it. Nothing is stored. */
    public List<Problem> check(SourceDraft draft) {
        List<Problem> problems = new ArrayList<>(checks.of(draft));
        problems.addAll(draft.crossFieldProblems(problems));
        return problems;
    }

    /** Adds a source, unless it breaks a rule or the bibliography holds the same publication already. */
    @Transactional
    public SourceOutcome add(SourceDraft draft) {
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            return new SourceOutcome.Invalid(problems);
        }
        Optional<Source> same = same(draft).stream().findFirst();
        if (same.isPresent()) {
            return new SourceOutcome.AlreadyThere(same.get());
        }
        Source added = sources.save(new Source(draft, clock.instant()));
        events.publishEvent(new SourceChanged(added.getId()));
        return new SourceOutcome.Saved(added);
    }

    /**
     * Adds many sources in one transaction, or none: every draft is checked first, and refused by its index
     * when it breaks a rule or repeats another source of the batch or of the bibliography.
     */
    @Transactional
    public SourceBatch addAll(List<SourceDraft> drafts) {
        Map<Integer, List<Problem>> refused = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            SourceDraft draft = drafts.get(i);
            List<Problem> problems = new ArrayList<>(check(draft));
            if (problems.isEmpty()
                    && (seen.putIfAbsent(sameness(draft), i) != null
                            || !same(draft).isEmpty())) {
                problems.add(Problem.of("title", "source.duplicate"));
            }
            if (!problems.isEmpty()) {
                refused.put(i, problems);
            }
        }
        if (!refused.isEmpty()) {
            return new SourceBatch.Refused(refused);
        }
        List<Source> added = drafts.stream().map(draft -> sources.save(new Source(draft, clock.instant()))).toList();
        if (!added.isEmpty()) {
            events.publishEvent(new SourceChanged(added.get(0).getId()));
        }
        return new SourceBatch.Added(added);
    }

    /**
     * Corrects a source, unless someone corrected it since the editor opened it ({@code version}), the
     * draft breaks a rule, or it would repeat another source. Every fact citing it shows the correction.
     */
    @Transactional
    public SourceOutcome update(Source source, Long version, SourceDraft draft) {
        Source current = sources.findById(source.getId()).orElseThrow();
        if (version == null || current.getVersion() != version) {
            return new SourceOutcome.EditConflict(current);
        }
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            return new SourceOutcome.Invalid(problems);
        }
        Optional<Source> other = same(draft).stream()
                .filter(same -> !same.getId().equals(current.getId())).findFirst();
        if (other.isPresent()) {
            return new SourceOutcome.AlreadyThere(other.get());
        }
        current.take(draft);
        sources.flush();
        events.publishEvent(new SourceChanged(current.getId()));
        return new SourceOutcome.Saved(current);
    }

    /** The recorded source of the publication the draft describes, if there is one. */
    public Optional<Source> recorded(SourceDraft draft) {
        return sameTitle(draft) == null ? Optional.empty() : same(draft).stream().findFirst();
    }

    public Optional<Source> find(long id) {
        return sources.findById(id);
    }

    /** The sources with these ids, by id. */
    public Map<Long, Source> byId(Collection<Long> ids) {
        return sources.findByIdIn(ids).stream().collect(Collectors.toMap(Source::getId, Function.identity()));
    }

    /** Every source, by title. */
    public List<Source> all() {
        return sources.findAllByOrderByTitleAscIdAsc();
    }

    /** The sources added last, newest first: the ones an editor at work is most likely to cite again. */
    public List<Source> recent(int limit) {
        return sources.findAllByOrderByCreatedAtDescIdDesc(Limit.of(limit));
    }

    /** Sources whose title, publisher or address holds the text, in any case, newest first. */
    public List<Source> matching(String text, int limit) {
        return sources.findMatching(LikePattern.containing(text), Limit.of(limit));
    }

    /**
     * One page of the sources (number from 0), all of them or those whose title, publisher or address holds the
     * text (in any case, taken literally), in the order asked.
     */
    public Page<Source> list(String text, SourceOrder order, int number, int size) {
        Sort sort = order == SourceOrder.TITLE
                ? Sort.by(Sort.Order.asc("title").ignoreCase(), Sort.Order.asc("id"))
                : Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
        PageRequest page = PageRequest.of(number, size, sort);
        return text == null || text.isBlank() ? sources.findAll(page)
                : sources.findMatching(LikePattern.containing(text), page);
    }

    public long count() {
        return sources.count();
    }

    /** The sources that record the publication the draft describes. */
    private List<Source> same(SourceDraft draft) {
        return draft.url() == null ? sources.findSameWithoutAddress(sameTitle(draft))
                : sources.findSame(sameTitle(draft), draft.url());
    }

    /** The title two records of one publication share: the English one, or the Chinese without it. */
    private static String sameTitle(SourceDraft draft) {
        return new Bilingual(draft.title(), draft.titleZh()).either();
    }

    private static String sameness(SourceDraft draft) {
        return sameTitle(draft).toLowerCase(Locale.ROOT) + "\n"
                + (draft.url() == null ? "" : draft.url().toLowerCase(Locale.ROOT));
    }
}
