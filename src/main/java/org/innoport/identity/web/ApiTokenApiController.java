package org.innoport.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;
import org.innoport.identity.ApiTokenSummary;
import org.innoport.identity.ApiTokens;
import org.innoport.identity.IssuedApiToken;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/auth/tokens}: obtain a token with username and password (no session needed), list and revoke one's
 * own tokens.
 */
@RestController
@RequestMapping("/api/v1/auth/tokens")
class ApiTokenApiController {

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<IssuedTokenResponse> issue(@Valid @RequestBody IssueTokenRequest body) {
        IssuedApiToken issued = tokens.issue(body.username(), body.password(), body.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedTokenResponse(issued.id(), issued.token(), issued.expiresAt(), issued.name()));
    }

    @GetMapping
    PageResponse<ApiTokenSummary> mine(Principal principal, Pageable pageable) {
        return PageResponse.of(tokens.ofUser(principal.getName(), pageable));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, Principal principal) {
        tokens.revoke(principal.getName(), id);
        return ResponseEntity.noContent().build();
    }

    /** Wrong credentials, locked or deactivated account: 401 problem+json through the error dispatch, like any 401. */
    @ExceptionHandler(AuthenticationException.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /** Credentials for a token; {@code name} says what the token is for (optional). */
    record IssueTokenRequest(@NotBlank String username, @NotBlank String password, @Size(max = 100) String name) {

        @Override
        public String toString() {
            return "IssueTokenRequest[username=" + username + ", name=" + name + "]";
        }
    }

    /** The token, shown this once. */
    record IssuedTokenResponse(UUID id, String token, Instant expiresAt, String name) {
    }
}
