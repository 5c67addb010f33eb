package ai.scorecard.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock an account: each client address may try
 * {@value #PER_CLIENT} sign-ins, and {@value #PER_USERNAME} for any one username, in a window of
 * {@link #WINDOW}. A stranger who hammers an account throttles only their own address; the owner
 * signs in from theirs. Counters are keyed by the username as typed, whether or not it exists, so the
 * answer never tells which usernames do.
 *
 * <p>Counts live in the database (every instance sees them), and an attempt takes its slot with one
 * conditional UPDATE before the password is checked, so parallel attempts cannot all pass the limit.
 * The time is the wall clock, not the application's clock, which a demo may pin to a fixed day.
 */
@Component
class SignInThrottle {

    static final int PER_CLIENT = 20;
    static final int PER_USERNAME = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    SignInThrottle(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes a slot for one password check; false when this client, or this client for this username,
     * has used up its attempts. A refused attempt still counts against the client.
     */
    boolean tryAcquire(String username, String client) {
        long now = clock.millis();
        return take(clientKey(client), PER_CLIENT, now) && take(usernameKey(username, client), PER_USERNAME, now);
    }

    /** The right password: the slot is given back and the username's count starts again. */
    void succeeded(String username, String client) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", usernameKey(username, client));
        jdbc.update("update sign_in_throttle set attempts = attempts - 1 where throttle_key = ? and attempts > 0",
                clientKey(client));
    }

    private boolean take(String key, int limit, long now) {
        long windowOpened = now - WINDOW.toMillis();
        for (int tries = 0; tries < 3; tries++) {
            if (jdbc.update("update sign_in_throttle set attempts = attempts + 1 "
                    + "where throttle_key = ? and window_start > ? and attempts < ?", key, windowOpened, limit) == 1) {
                return true;
            }
            if (jdbc.update("update sign_in_throttle set attempts = 1, window_start = ? "
                    + "where throttle_key = ? and window_start <= ?", now, key, windowOpened) == 1) {
                return true;
            }
            Integer present = jdbc.queryForObject("select count(*) from sign_in_throttle where throttle_key = ?",
                    Integer.class, key);
            if (present != null && present > 0) {
                return false;
            }
            try {
                jdbc.update("insert into sign_in_throttle (throttle_key, window_start, attempts) values (?, ?, 1)",
                        key, now);
                jdbc.update("delete from sign_in_throttle where window_start <= ?", windowOpened);
                return true;
            } catch (DuplicateKeyException raced) {
                // A parallel attempt created the row first: go round and count against it.
            }
        }
        return false;
    }

    private static String clientKey(String client) {
        return "client:" + (client.length() > 64 ? client.substring(0, 64) : client);
    }

    /** Hashed, so that a username of any length or content makes a key of one size. */
    private static String usernameKey(String username, String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (username.toLowerCase(Locale.ROOT) + "\n" + client).getBytes(StandardCharsets.UTF_8));
            return "username:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
