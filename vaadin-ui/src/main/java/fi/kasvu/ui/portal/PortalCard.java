package fi.kasvu.ui.portal;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a signed-in person's home page that a feature contributes: today's lessons, absences, grades, messages,
 * leave applications waiting for a decision. Features offer cards as Spring beans; the home page asks each for the
 * person looking and shows those that answer, in {@link #order()}. A card decides from the viewer whether it has
 * anything for them (a teacher's card answers empty to a guardian) and asks the platform's services, which check
 * access again, for what it shows. The home page puts each card in a {@code <section>} of its own, under the greeting
 * ({@code H1}) and, for a guardian, the chosen child's name ({@code H2}): a card starts with a heading of its own
 * ({@code H2}, or {@code H3} under it) and gives ids to what tests look for. {@code PortalCards} leaves out a card that
 * is refused or fails. See docs/portals.md.
 */
public interface PortalCard {

    /** Where the card goes: lower first. Daily things (today's lessons 100, attendance 200) before the rest. */
    int order();

    /** The card for this viewer, or empty when it has nothing for them. Texts through {@code getTranslation}. */
    Optional<Component> render(PortalViewer viewer);
}
