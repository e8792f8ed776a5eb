package org.pathways.platform.security;

import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.SignInRecords;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Turns Spring Security's events into lock-out counts and audit entries. */
@Component
class SecurityEvents {

    private final SignInRecords signIns;
    private final AuditLog audit;

    SecurityEvents(SignInRecords signIns, AuditLog audit) {
        this.signIns = signIns;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PathwaysUser user) {
            signIns.recordSuccess(user.userId());
            audit.recordSecurityEvent(user.organizationId(), user.userId(), user.username(), "signIn.succeeded",
                    channel(event.getAuthentication()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String detail = event.getException().getClass().getSimpleName() + ", " + channel(event.getAuthentication());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            SignInRecords.Failure failure = signIns.recordFailure(username);
            audit.recordSecurityEvent(failure.organizationId(), failure.userId(), username, "signIn.failed", detail);
            if (failure.lockedUntil() != null) {
                audit.recordSecurityEvent(failure.organizationId(), failure.userId(), username, "user.locked",
                        "locked until " + failure.lockedUntil());
            }
        } else {
            audit.recordSecurityEvent(null, null, username, "signIn.failed", detail);
        }
    }

    /**
     * Denials of signed-in people are recorded. An anonymous visitor sent to the sign-in page is not a
     * denial worth keeping; an anonymous API call with a bad token is recorded by the token filter.
     */
    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getPrincipal() instanceof PathwaysUser user) {
            audit.recordSecurityEvent(user.organizationId(), user.userId(), user.username(), "access.denied",
                    describe(event.getSource()));
        }
    }

    private static String describe(Object source) {
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        return String.valueOf(source);
    }

    private static String channel(Authentication authentication) {
        return authentication.getDetails() instanceof String channel ? channel : "sign-in page";
    }
}
