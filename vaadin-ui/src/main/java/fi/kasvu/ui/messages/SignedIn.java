package fi.kasvu.ui.messages;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;

/** The messages pages are for someone signed in (Vaadin's {@code @PermitAll} sees to it). */
final class SignedIn {

    private SignedIn() {
    }

    static Actor actor(CurrentUser currentUser) {
        return currentUser.signedIn().map(SignedInUser::actor)
                .orElseThrow(() -> new IllegalStateException("the messages pages are shown only to someone signed in"));
    }
}
