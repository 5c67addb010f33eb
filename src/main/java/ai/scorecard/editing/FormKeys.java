package ai.scorecard.editing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Makes a form submission count once. Each form that creates or records something carries a fresh key;
 * the write stores the key with where it led, in the write's own transaction. A second submission with
 * the same key (a retry after an answer that never arrived, a double click) records nothing and leads
 * where the first did. A submission without a key, or with one that is not a key, is saved as always.
 */
@Component
@RequiredArgsConstructor
public class FormKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");

    private final JdbcClient jdbc;
    private final Clock clock;

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /**
     * @return the redirect to the first submission's result when this key was saved already; the editor
     *     is told it was
     */
    public Optional<String> alreadySaved(String key, RedirectAttributes redirect) {
        if (!usable(key)) {
            return Optional.empty();
        }
        return jdbc.sql("select result_path from form_submission where form_key = ?").param(key).query(String.class)
                .optional().map(path -> {
                    redirect.addFlashAttribute("saved", "saved.alreadySaved");
                    return "redirect:" + path;
                });
    }

    /**
     * Runs a write and, when it led somewhere, notes the key with where, in the write's own transaction: a
     * second submission then finds it. A write that led nowhere was refused: whatever it stored on the way
     * (a new source for a fact the ledger then refused) is rolled back, and no note is left.
     */
    @Transactional
    public <T> T save(String key, Supplier<T> write, Function<T, Optional<String>> ledTo) {
        T outcome = write.get();
        Optional<String> path = ledTo.apply(outcome);
        if (path.isPresent()) {
            remember(key, path.get());
        } else {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }

    private void remember(String key, String resultPath) {
        if (usable(key)) {
            jdbc.sql("insert into form_submission (form_key, result_path, submitted_at) values (?, ?, ?)")
                    .params(key, resultPath, Timestamp.from(clock.instant())).update();
        }
    }

    private static boolean usable(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
