package org.pathways.platform.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.ApiTokens;
import org.pathways.platform.ApiTokens.TokenView;
import org.pathways.shared.PublicEndpoint;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens for scripts. A script trades a username and password for a token once, then
 * sends the token as {@code Authorization: Bearer}. The same lock-out applies as on the sign-in page.
 */
@RestController
class TokenApi {

    private final ApiTokens tokens;
    private final AuthenticationManager authentication;

    TokenApi(ApiTokens tokens, AuthenticationManager authentication) {
        this.tokens = tokens;
        this.authentication = authentication;
    }

    record TokenRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 128) String password,
                        @NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(365) Integer expiresInDays) {
    }

    record CreatedToken(String token, Instant expiresAt, long id, String name) {
    }

    @PublicEndpoint("a script proves who it is here with a username and password")
    @PostMapping("/api/v1/tokens")
    ResponseEntity<?> create(@Valid @RequestBody TokenRequest request) {
        Authentication signedIn;
        try {
            UsernamePasswordAuthenticationToken attempt =
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
            attempt.setDetails("API token request");
            signedIn = authentication.authenticate(attempt);
        } catch (LockedException locked) {
            return refused("This account is locked for a while after repeated failed sign-ins. Wait and try again, or ask your administrator.");
        } catch (AuthenticationException failed) {
            return refused("The username or password is wrong.");
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        try {
            ApiTokens.CreatedToken created = tokens.create(request.name(), request.expiresInDays());
            return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.details().id()))
                    .header("Cache-Control", "no-store")
                    .body(new CreatedToken(created.token(), created.details().expiresAt(), created.details().id(),
                            created.details().name()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @SignedIn
    @GetMapping("/api/v1/tokens")
    List<TokenView> mine() {
        return tokens.mine();
    }

    @SignedIn
    @DeleteMapping("/api/v1/tokens/{tokenId}")
    TokenView revoke(@PathVariable long tokenId) {
        return tokens.revoke(tokenId);
    }

    private static ResponseEntity<ProblemDetail> refused(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Sign-in failed");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
