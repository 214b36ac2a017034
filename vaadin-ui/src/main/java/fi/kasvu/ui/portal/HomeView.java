package fi.kasvu.ui.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentNames;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/**
 * A signed-in person's home: the {@link PortalCard}s that answer for them, in order. A guardian chooses among the
 * children they may act for ({@code koti/<child>}, a link per child, kept in the session); a child they may not act
 * for is refused even when its id is typed into the address, and the page stays with the child chosen before. A
 * student's page is about themself; staff see the cards of their work.
 */
@Route(value = HomeView.ROUTE + "/:" + HomeView.CHILD + "?", layout = PortalLayout.class, registerAtStartup = false)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "koti";
    static final String CHILD = "lapsi";

    private final CurrentUser currentUser;
    private final StudentAccess access;
    private final StudentNames names;
    private final PortalCards cards;

    HomeView(CurrentUser currentUser, StudentAccess access, StudentNames names, PortalCards cards) {
        this.currentUser = currentUser;
        this.access = access;
        this.names = names;
        this.cards = cards;
        setId("koti");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.home.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.signedIn().orElseThrow(() ->
                new IllegalStateException("the home page is only shown to someone signed in"));
        Actor actor = user.actor();
        Optional<UUID> person = access.personOf(actor);
        var heading = new H1(getTranslation("portal.home.heading", user.name()));
        heading.setId("koti-otsikko");
        add(heading);
        if (person.isEmpty()) {
            var unlinked = new Paragraph(getTranslation("portal.home.unlinked"));
            unlinked.setId("koti-ei-henkiloa");
            add(unlinked);
        }
        List<UUID> children = user.hasRole("guardian") ? access.childrenOf(actor) : List.of();
        Optional<String> asked = event.getRouteParameters().get(CHILD);
        if (asked.isPresent()) {
            Optional<UUID> wanted = uuid(asked.get()).filter(children::contains);
            if (wanted.isPresent()) {
                ChosenChild.choose(actor.accountId(), wanted.get());
            } else {
                var refused = new Paragraph(getTranslation("portal.home.child-refused"));
                refused.setId("koti-kielletty");
                refused.getElement().setAttribute("role", "alert");
                refused.addClassName("kasvu-refusal");
                add(refused);
            }
        }
        Optional<UUID> student = children.isEmpty()
                ? person.filter(me -> user.hasRole("student"))
                : ChosenChild.of(actor.accountId(), children);
        if (!children.isEmpty()) {
            Map<UUID, String> childNames = names.namesOf(actor, children);
            add(childChoice(childNames, student.orElseThrow()));
            var about = new H2(childNames.get(student.get()));
            about.setId("koti-lapsi");
            add(about);
        } else if (user.hasRole("guardian") && student.isEmpty()) {
            var none = new Paragraph(getTranslation("portal.home.no-children"));
            none.setId("koti-ei-lapsia");
            add(none);
        }
        add(cardsFor(new PortalViewer(actor, person, student)));
    }

    private Nav childChoice(Map<UUID, String> children, UUID chosen) {
        var list = new UnorderedList();
        children.forEach((child, name) -> {
            var link = new Anchor(ROUTE + "/" + child, name);
            link.setId("koti-lapsi-" + child);
            if (child.equals(chosen)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        });
        var nav = new Nav(list);
        nav.setId("koti-lapset");
        nav.addClassName("kasvu-children");
        nav.getElement().setAttribute("aria-label", getTranslation("portal.home.children"));
        return nav;
    }

    private Component cardsFor(PortalViewer viewer) {
        List<Component> rendered = cards.renderFor(viewer);
        var section = new Div();
        section.setId("koti-kortit");
        section.addClassName("kasvu-cards");
        if (rendered.isEmpty()) {
            var nothing = new Paragraph(getTranslation("portal.home.nothing"));
            nothing.setId("koti-ei-kortteja");
            section.add(nothing);
        }
        rendered.forEach(card -> {
            var wrapper = new Section(card);
            wrapper.addClassName("kasvu-card");
            section.add(wrapper);
        });
        return section;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
