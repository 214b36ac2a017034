package fi.kasvu.ui.portal;

import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import fi.kasvu.platform.audit.AccessRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Every feature's {@link PortalCard}s, asked in their order for one viewer. A card that is refused shows nothing; a
 * card that fails is left out with a line in the log, so that one feature's fault never takes the whole home page.
 */
@Service
public class PortalCards {

    private static final Logger log = LoggerFactory.getLogger(PortalCards.class);

    private final List<PortalCard> cards;

    PortalCards(ObjectProvider<PortalCard> cards) {
        this.cards = cards.orderedStream().sorted(Comparator.comparingInt(PortalCard::order)).toList();
    }

    /** The cards that answer for the viewer, in order. */
    public List<Component> renderFor(PortalViewer viewer) {
        return cards.stream().map(card -> render(card, viewer)).flatMap(Optional::stream).toList();
    }

    private static Optional<Component> render(PortalCard card, PortalViewer viewer) {
        try {
            return card.render(viewer);
        } catch (AccessRefusedException refused) {
            return Optional.empty();
        } catch (RuntimeException failure) {
            log.warn("the home page card {} failed and was left out: {}", card.getClass().getName(), failure.toString());
            return Optional.empty();
        }
    }
}
