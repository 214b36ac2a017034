package fi.kasvu.ui.administration;

import java.util.Set;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.ui.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The signed-in user as the platform's services take them: their realm user id, name and roles. */
@Component
class SignedInActor {

    private final CurrentUser currentUser;

    SignedInActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Actor require() {
        return currentUser.signedIn().map(user -> new Actor(user.accountId(), user.name(), Set.copyOf(user.roles())))
                .orElseThrow(() -> new IllegalStateException("the administration is only shown to someone signed in"));
    }
}
