package ai.scorecard.importing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The previews waiting for their commit, kept on the server under a random token for the editor who uploaded
 * the file, so that the commit records what the editor saw and never a file sent again. A preview is taken once
 * and is gone after an hour; the sessions live in the database and would not hold one.
 */
@Component
@RequiredArgsConstructor
class Previews {

    private static final Duration KEPT = Duration.ofHours(1);

    private static final int MAX_KEPT = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private final Clock clock;

    private record Kept(String editor, Preview preview, Instant until) {
    }

    String keep(String editor, Preview preview) {
        Instant now = clock.instant();
        kept.values().removeIf(old -> old.until().isBefore(now));
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        kept.put(token, new Kept(editor, preview, now.plus(KEPT)));
        return token;
    }

    /** The preview kept under the token for this editor, taken away so that it commits once. */
    Optional<Preview> take(String editor, String token) {
        Kept found = token == null ? null : kept.get(token);
        if (found == null || !found.editor().equals(editor) || found.until().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return kept.remove(token, found) ? Optional.of(found.preview()) : Optional.empty();
    }
}
