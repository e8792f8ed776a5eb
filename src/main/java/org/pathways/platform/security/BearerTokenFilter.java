package org.pathways.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathways.platform.ApiTokens;
import org.pathways.platform.AuditLog;
import org.pathways.platform.PathwaysUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A token that is unknown,
 * expired or revoked is refused at once, with a ProblemDetail and an audit entry, rather than being
 * treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, AuditLog audit, ProblemResponses problems) {
        this.tokens = tokens;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(7).strip();
        PathwaysUser user = tokens.authenticate(presented).orElse(null);
        if (user == null) {
            audit.recordSecurityEvent(null, null, null, "token.rejected",
                    request.getMethod() + " " + request.getRequestURI());
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Token not accepted",
                    "The API token is unknown, expired or revoked. Create a new one with POST /api/v1/tokens.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AccountDetails.authorities(user)));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
