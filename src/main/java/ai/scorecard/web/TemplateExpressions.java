package ai.scorecard.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf's parsed templates and expressions are kept for good. By default it keeps 500 expressions (the
 * templates hold some 3,500) and keeps both through soft references, which the collector clears when the heap
 * is nearly full: under load every full collection threw them away, every page parsed its templates and
 * expressions again, and each compiled expression was compiled again into a new class (a thousand classes
 * loaded and unloaded every ten seconds, and the JIT compiler never done).
 */
@Configuration(proxyBeanMethods = false)
class TemplateExpressions {

    static final int KEPT_EXPRESSIONS = 8_000;

    @Bean
    static BeanPostProcessor expressionCacheForEveryTemplate() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(KEPT_EXPRESSIONS);
                    caches.setExpressionCacheUseSoftReferences(false);
                    caches.setTemplateCacheUseSoftReferences(false);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
