package fi.kasvu.ui.search;

import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.kasvu.search.Search;
import fi.kasvu.search.Viewer;
import fi.kasvu.search.Viewers;
import fi.kasvu.ui.security.CurrentUser;
import org.springframework.context.annotation.Scope;

/**
 * The search field of a portal's header. Each search runs as the signed-in person, with rights read from the
 * municipality's tables at that moment, in the municipality of the host; a visitor who is not signed in sees no field.
 */
@SpringComponent
@Scope("prototype")
public class HeaderSearch extends SearchBox {

    HeaderSearch(Search search, Viewers viewers, CurrentUser currentUser) {
        super(typed -> search.find(typed, viewer(viewers, currentUser)));
        setVisible(currentUser.signedIn().isPresent());
    }

    private static Viewer viewer(Viewers viewers, CurrentUser currentUser) {
        return currentUser.signedIn()
                .filter(user -> user.accountId() != null || !user.roles().isEmpty())
                .map(user -> viewers.of(user.accountId(), user.roles()))
                .orElseGet(Viewer::nobody);
    }
}
