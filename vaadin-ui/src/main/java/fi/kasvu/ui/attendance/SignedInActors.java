package fi.kasvu.ui.attendance;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;

/** The signed-in person as the platform's services take them. */
final class SignedInActors {

    private SignedInActors() {
    }

    static Actor require(CurrentUser currentUser) {
        return currentUser.signedIn().map(SignedInUser::actor)
                .orElseThrow(() -> new IllegalStateException("the attendance pages are shown to someone signed in"));
    }
}
