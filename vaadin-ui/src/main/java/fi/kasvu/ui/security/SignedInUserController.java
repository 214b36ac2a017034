package fi.kasvu.ui.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/me}: who the bearer token belongs to, for the host's realm only. */
@RestController
class SignedInUserController {

    private final CurrentUser currentUser;

    SignedInUserController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/api/me")
    SignedInUser me() {
        return currentUser.signedIn().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
