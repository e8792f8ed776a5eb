package org.pathways.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English and Spanish. The language comes from the switch in the header ({@code ?lang=es}), kept in a
 * cookie; a first visit follows the browser's preference between the two.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    @Bean
    LocaleResolver localeResolver() {
        // only the two languages Pathways speaks are kept: ?lang=fr changes nothing and leaves no cookie behind
        CookieLocaleResolver resolver = new CookieLocaleResolver("pathways-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                Locale locale = super.resolveLocale(request);
                return supported(locale) ? locale : Locale.ENGLISH;
            }

            @Override
            public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                         org.springframework.context.i18n.LocaleContext context) {
                if (context == null || context.getLocale() == null || supported(context.getLocale())) {
                    super.setLocaleContext(request, response, context == null || context.getLocale() == null ? context
                            : new org.springframework.context.i18n.SimpleLocaleContext(Locale.forLanguageTag(context.getLocale().getLanguage())));
                }
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale best = request.getLocales().hasMoreElements() ? request.getLocale() : Locale.ENGLISH;
            return "es".equals(best.getLanguage()) ? SUPPORTED.get(1) : Locale.ENGLISH;
        });
        return resolver;
    }

    private static boolean supported(Locale locale) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
