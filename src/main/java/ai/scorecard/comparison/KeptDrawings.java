package ai.scorecard.comparison;

import java.util.Objects;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * HTML drawn once and kept under a key of everything it shows. Only what was drawn from committed data is kept:
 * a transaction that writes sees its own changes before they move the data version, and may still roll back.
 */
final class KeptDrawings<K, V> {

    private final Cache kept;
    private final Class<V> type;

    KeptDrawings(CacheManager caches, String cache, Class<V> type) {
        this.kept = Objects.requireNonNull(caches.getCache(cache), "no cache named " + cache);
        this.type = type;
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(kept.get(key, type));
    }

    void keep(K key, V drawing) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        kept.put(key, drawing);
    }
}
