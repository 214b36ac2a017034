package fi.kasvu.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's own page in their municipality's portal: who they are and what they may do here. Anyone
 * who opens it without being signed in is sent to the municipality's sign-in first and comes back here.
 */
@Route(value = MyPageView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PermitAll
class MyPageView extends Div implements HasDynamicTitle {

    static final String ROUTE = "oma";

    private static final String ROLES_HEADING = "roolit-otsikko";

    MyPageView(CurrentUser currentUser) {
        SignedInUser user = currentUser.signedIn().orElseThrow(() ->
                new IllegalStateException("the own page is only shown to someone signed in"));
        var name = new Span(user.name());
        name.setId("oma-nimi");
        var username = new Span(user.username());
        username.setId("oma-tunnus");
        var signOut = new Button(getTranslation("portal.own.sign-out"), click -> currentUser.signOut());
        signOut.setId("kirjaudu-ulos");
        signOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("portal.own.title")),
                new Paragraph(new Span(getTranslation("portal.own.signed-in-as") + " "), name),
                new Paragraph(new Span(getTranslation("portal.own.username") + " "), username),
                roles(user),
                signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.own.title");
    }

    private Section roles(SignedInUser user) {
        var heading = new H2(getTranslation("portal.own.roles"));
        heading.setId(ROLES_HEADING);
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", ROLES_HEADING);
        if (user.roles().isEmpty()) {
            section.add(new Paragraph(getTranslation("portal.own.no-roles")));
            return section;
        }
        var list = new UnorderedList();
        list.setId("oma-roolit");
        user.roles().forEach(role -> list.add(new ListItem(RoleNames.of(role))));
        section.add(list);
        return section;
    }
}
