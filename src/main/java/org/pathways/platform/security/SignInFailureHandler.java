package org.pathways.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathways.platform.SignInRecords;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with the reason a person can act on: wrong
 * username or password, or an account locked for a while after repeated failures.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final SignInRecords signIns;

    SignInFailureHandler(SignInRecords signIns) {
        this.signIns = signIns;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        boolean locked = exception instanceof LockedException || (username != null && signIns.isLocked(username));
        response.sendRedirect(request.getContextPath() + "/login?error=" + (locked ? "locked" : "credentials"));
    }
}
