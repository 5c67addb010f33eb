package ai.scorecard.api;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's and the exports' conditional GET (see {@link ConditionalGet}). */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ApiWebConfig implements WebMvcConfigurer {

    private final ConditionalGet conditionalGet;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(conditionalGet).addPathPatterns("/api/v1/**", "/export/**");
    }
}
