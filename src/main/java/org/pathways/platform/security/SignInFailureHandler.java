package org.pathways.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with one answer for every failure: a wrong password, a name
 * that does not exist and an account locked after repeated failures look the same from outside, so the answer
 * does not tell anyone which usernames exist. The lock itself still holds, and the audit log tells them apart.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error=credentials");
    }
}
