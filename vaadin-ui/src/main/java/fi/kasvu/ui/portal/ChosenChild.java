package fi.kasvu.ui.portal;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The child a guardian is looking at, kept in their session so that the home page and every page after it stay with
 * that child until the guardian chooses another. Kept together with the account it was chosen by, so a choice never
 * carries over to someone else, and checked against the guardian's children every time it is read: a child they
 * may no longer act for (the child turned 18) is dropped. Public so that a feature's page about the child (support's
 * {@code oma-tuki}) follows the same choice as the home page.
 */
public final class ChosenChild {

    private static final String ATTRIBUTE = ChosenChild.class.getName();

    private record Choice(String accountId, UUID child) implements Serializable {
    }

    private ChosenChild() {
    }

    /** The chosen child if still among the guardian's children, else the first of them, else none. */
    public static Optional<UUID> of(String accountId, List<UUID> children) {
        if (children.isEmpty()) {
            return Optional.empty();
        }
        return stored(accountId).filter(children::contains).or(() -> Optional.of(children.getFirst()));
    }

    public static void choose(String accountId, UUID child) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new Choice(accountId, child));
        }
    }

    private static Optional<UUID> stored(String accountId) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Choice choice)
                || !choice.accountId().equals(accountId)) {
            return Optional.empty();
        }
        return Optional.of(choice.child());
    }
}
