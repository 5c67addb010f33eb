package ai.scorecard.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What importing a file would do, before anything is stored: the rows refused and why, what each accepted row
 * does, and the entries recorded on commit (the unchanged rows left out): facts, sources, companies or products.
 */
record Preview(String filename, ImportKind kind, int rowCount, List<Refusal> refusals, List<Plan> plans,
        List<?> entries) {

    public boolean committable() {
        return refusals.isEmpty() && !entries.isEmpty();
    }

    public long unchanged() {
        return plans.stream().filter(plan -> plan.action() == Plan.Action.UNCHANGED
                || plan.action() == Plan.Action.ALREADY_THERE).count();
    }

    /**
     * A digest of what the preview shows, row by row: a commit records only when the file, read again against
     * the data as it is then, would show the same, so that the editor never commits what they did not see.
     */
    String digest() {
        StringBuilder shown = new StringBuilder(kind.name()).append('\n');
        refusals.forEach(refusal -> shown.append(refusal.row()).append(' ').append(refusal.column()).append(' ')
                .append(refusal.code()).append('\n'));
        plans.forEach(plan -> shown.append(plan.row()).append(' ').append(plan.subject()).append(' ')
                .append(plan.metric()).append(' ').append(plan.action()).append(' ').append(plan.fact()).append(' ')
                .append(plan.earlierRow()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(shown.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Why a row is refused: the row's number, the column concerned, and the reason as a message code (with the
     * message codes its text names, and the text Bean Validation wrote for codes the bundles lack).
     */
    record Refusal(long row, String column, String code, String message, List<String> argumentCodes,
            List<Object> arguments) {

        static Refusal of(long row, String column, String code, Object... arguments) {
            return new Refusal(row, column, code, null, List.of(), List.of(arguments));
        }
    }

    /**
     * What an accepted row will do: record a new fact or record, supersede a current fact, or nothing (the same
     * is recorded already). {@code fact} is the fact superseded or matched, or for a source the source there.
     */
    record Plan(long row, String subject, String metric, Action action, Long fact, Long earlierRow) {

        enum Action {
            NEW, SUPERSEDES, HISTORY, UNCHANGED, ALREADY_THERE
        }
    }
}
