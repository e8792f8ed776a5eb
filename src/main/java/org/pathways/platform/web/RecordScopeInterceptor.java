package org.pathways.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.RecordScope;
import org.pathways.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Organization scope for every path variable of every request, checked before the handler runs
 * (and so before a request body is even read). A record outside the caller's reach answers 404,
 * exactly like one that does not exist.
 */
@Configuration(proxyBeanMethods = false)
class RecordScopeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RecordScopeInterceptor.class);

    private final Map<String, RecordScope> scopes;
    private final AuditLog audit;

    RecordScopeInterceptor(List<RecordScope> scopes, AuditLog audit) {
        this.scopes = scopes.stream().collect(Collectors.toMap(RecordScope::pathVariable, Function.identity()));
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || variables.isEmpty()) {
            return true;
        }
        PathwaysUser user = PathwaysUser.currentIfSignedIn().orElse(null);
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            RecordScope scope = scopes.get(variable.getKey());
            if (scope == null) {
                log.error("No RecordScope for path variable '{}' of {}; refusing the request", variable.getKey(), request.getRequestURI());
                throw new NotFound(variable.getKey(), variable.getValue());
            }
            if (scope.isCredential()) {
                if (!scope.isVisibleTo(user, variable.getValue())) {
                    throw new NotFound(variable.getKey(), "(private link)");
                }
                continue;
            }
            if (user == null || !scope.isVisibleTo(user, variable.getValue())) {
                if (user != null) {
                    audit.recordSecurityEvent(user.organizationId(), user.userId(), user.username(), "access.denied",
                            request.getMethod() + " " + request.getRequestURI() + " (outside the caller's organization or missing)");
                }
                throw new NotFound(variable.getKey(), variable.getValue());
            }
        }
        return true;
    }
}
