package ai.scorecard.web;

import java.util.List;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache manager over the caches the modules declare as beans: each module knows how much of its own
 * data the heap can hold (scoreboard's standings, comparison's drawn HTML), and this one needs to know
 * neither. A name no module declared gets no cache at all, never an unbounded one made on the fly. Spring
 * Boot binds every cache named here to the meter registry at start-up (cache.gets, cache.size, ...).
 */
@Configuration(proxyBeanMethods = false)
class CacheConfig {

    @Bean
    CacheManager cacheManager(List<Cache> caches) {
        SimpleCacheManager manager = new SimpleCacheManager();
        manager.setCaches(caches);
        return manager;
    }
}
