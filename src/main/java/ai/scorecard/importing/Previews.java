package ai.scorecard.importing;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The previews waiting for their commit, kept in the database under a random token for the editor who uploaded
 * the file: the site runs as several instances, and the commit may reach another one than the preview did. The
 * file is kept as uploaded, with a digest of what the preview showed, so that the commit records what the editor
 * saw and never a file sent again. A preview is taken once and is of no use after an hour.
 */
@Component
@RequiredArgsConstructor
class Previews {

    static final Duration KEPT = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final Clock clock;

    /** A preview as kept: the file as uploaded, and the digest of what its preview showed. */
    record Kept(String filename, ImportKind kind, byte[] content, String digest) {
    }

    @Transactional
    public String keep(String editor, Kept preview) {
        Instant now = clock.instant();
        jdbc.sql("delete from import_preview where created_at < ?").param(Timestamp.from(now.minus(KEPT))).update();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into import_preview (token, editor, filename, kind, content, digest, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(token, editor, preview.filename(), preview.kind().name(), preview.content(), preview.digest(),
                        Timestamp.from(now))
                .update();
        return token;
    }

    /**
     * The preview kept under the token for this editor, taken away so that it commits once: of two commits of
     * one token, on one instance or two, only the one whose delete removed the row has it.
     */
    @Transactional
    public Optional<Kept> take(String editor, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Timestamp fresh = Timestamp.from(clock.instant().minus(KEPT));
        Optional<Kept> found = jdbc.sql("select filename, kind, content, digest from import_preview "
                + "where token = ? and editor = ? and created_at >= ?")
                .params(token, editor, fresh)
                .query((row, number) -> new Kept(row.getString(1), ImportKind.valueOf(row.getString(2)),
                        row.getBytes(3), row.getString(4)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int taken = jdbc.sql("delete from import_preview where token = ? and editor = ?").params(token, editor)
                .update();
        return taken == 1 ? found : Optional.empty();
    }
}
