package org.pathways;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Watches every page form the tests submit, through MockMvc, the HTTP client or Chromium alike, and keeps
 * which mappings were accepted (a redirect, or a page without a problem on it) and which refused an input
 * with a message on the page. {@link PageFormCoverageTests} reads what it kept at the end of the run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FormSubmissions implements WebMvcConfigurer {

    static final Set<String> ACCEPTED = ConcurrentHashMap.newKeySet();
    static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();
    /** Off while hostile input is thrown at every form: a form a fuzzer happened to get through is not a tested form. */
    static volatile boolean recording = true;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                if (!recording || !"POST".equals(request.getMethod()) || !(handler instanceof HandlerMethod)) {
                    return;
                }
                Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                if (pattern == null || pattern.toString().startsWith("/api/")) {
                    return;
                }
                String key = "POST " + pattern;
                if (view == null) {
                    // a form answered with a file (an export): accepted when the file came, refused when it sent the person back
                    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
                    if (flash != null && flash.containsKey("problem")) {
                        REFUSED.add(key);
                    } else if (response.getStatus() == 200
                            && String.valueOf(response.getHeader("Content-Disposition")).startsWith("attachment")) {
                        ACCEPTED.add(key);
                    }
                    return;
                }
                (refused(request, view) ? REFUSED : ACCEPTED).add(key);
            }
        });
    }

    /** A page that names a problem: a field or form error, a "problem" message, unusual values to confirm, an import's problems. */
    static boolean refused(HttpServletRequest request, ModelAndView view) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null && flash.containsKey("problem")) {
            return true;
        }
        if (view.getViewName() != null && view.getViewName().startsWith("redirect:")) {
            return false;
        }
        for (Map.Entry<String, Object> entry : view.getModel().entrySet()) {
            Object value = entry.getValue();
            if (value instanceof BindingResult result && result.hasErrors()) {
                return true;
            }
            if ((entry.getKey().equals("problem") || entry.getKey().equals("unusual")) && value != null) {
                return true;
            }
            if ((entry.getKey().equals("problems") || entry.getKey().equals("fieldProblems")) && !isEmpty(value)) {
                return true;
            }
            if (entry.getKey().equals("report") && hasProblems(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** An import report, or any of the file results inside it, with a non-empty list of problems. */
    private static boolean hasProblems(Object report) {
        if (report == null || !report.getClass().isRecord()) {
            return false;
        }
        for (RecordComponent component : report.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(report);
                if (component.getName().equals("problems") && value instanceof Collection<?> problems && !problems.isEmpty()) {
                    return true;
                }
                if (value instanceof Collection<?> parts && parts.stream().anyMatch(FormSubmissions::hasProblems)) {
                    return true;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
