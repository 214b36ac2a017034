package fi.kasvu.ui.support;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentNames;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.support.StudentOfAgeException;
import fi.kasvu.platform.support.SupportDocument;
import fi.kasvu.platform.support.SupportDocuments;
import fi.kasvu.ui.portal.ChosenChild;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The support document as a family reads it ({@code oma-tuki}): a student's own, or for a guardian the child chosen
 * with the portal's child switch ({@link ChosenChild}), or the one in the address ({@code oma-tuki/<child>}), which
 * becomes the chosen child. Read only, through {@link SupportDocuments#forFamily}, which audits the read; a child the
 * guardian may not act for (another family's, or one of age who has not allowed it) is refused there, audited, and
 * the page says why without showing anything of the child.
 */
@Route(value = FamilySupportView.ROUTE + "/:" + FamilySupportView.CHILD + "?", layout = PortalLayout.class,
        registerAtStartup = false)
@RolesAllowed({"GUARDIAN", "STUDENT"})
class FamilySupportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "oma-tuki";
    static final String CHILD = "lapsi";

    private final CurrentUser currentUser;
    private final StudentAccess access;
    private final StudentNames names;
    private final SupportDocuments documents;
    private final ClassDirectory classes;
    private final Clock clock;

    FamilySupportView(CurrentUser currentUser, StudentAccess access, StudentNames names, SupportDocuments documents,
                      ClassDirectory classes, Clock clock) {
        this.currentUser = currentUser;
        this.access = access;
        this.names = names;
        this.documents = documents;
        this.classes = classes;
        this.clock = clock;
        setId("oma-tuki");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.family.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.signedIn().orElseThrow(() ->
                new IllegalStateException("the family's support page is only shown to someone signed in"));
        Actor actor = user.actor();
        add(new H1(getTranslation("support.family.title")));
        Optional<UUID> me = access.personOf(actor);
        List<UUID> children = user.hasRole("guardian") ? access.childrenOf(actor) : List.of();
        Optional<String> asked = event.getRouteParameters().get(CHILD);
        Optional<UUID> student;
        if (asked.isPresent()) {
            student = uuid(asked.get());
            if (student.isEmpty()) {
                refused("support.family.refused", children);
                return;
            }
        } else {
            student = children.isEmpty() ? me.filter(self -> user.hasRole("student"))
                    : ChosenChild.of(actor.accountId(), children);
        }
        if (student.isEmpty()) {
            note(user.hasRole("guardian") ? "support.family.no-children" : "support.family.unlinked",
                    "oma-tuki-ei-oppilasta");
            return;
        }
        SupportDocument read;
        try {
            read = documents.forFamily(actor, student.get());
        } catch (StudentOfAgeException ofAge) {
            refused("support.family.refused.of-age", children);
            return;
        } catch (AccessRefusedException refused) {
            refused("support.family.refused", children);
            return;
        }
        boolean aboutAChild = children.contains(student.get());
        if (aboutAChild) {
            ChosenChild.choose(actor.accountId(), student.get());
            childChoice(children, student.get());
            var about = new Paragraph(getTranslation("support.family.child",
                    names.namesOf(actor, List.of(student.get())).get(student.get())));
            about.setId("oma-tuki-lapsi");
            add(about);
        }
        add(new Paragraph(getTranslation(student.equals(me) ? "support.family.intro.student"
                : "support.family.intro.guardian")));
        add(new FamilySupportDocument(read, classes.subjects(), clock.getZone(), getLocale()));
    }

    /** The refusal, in words the family understands, and the way to the children they may see. */
    private void refused(String key, List<UUID> children) {
        var refusal = new Paragraph(getTranslation(key));
        refusal.setId("oma-tuki-kielletty");
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("kasvu-refusal");
        add(refusal);
        childChoice(children, null);
    }

    /** Links to each child's support when a guardian has more than one, or has just been refused one. */
    private void childChoice(List<UUID> children, UUID chosen) {
        if (children.isEmpty() || chosen != null && children.size() < 2) {
            return;
        }
        Map<UUID, String> childNames = names.namesOf(currentUser.signedIn().orElseThrow().actor(), children);
        var list = new UnorderedList();
        childNames.forEach((child, name) -> {
            var link = new Anchor(ROUTE + "/" + child, name);
            link.setId("oma-tuki-lapsi-" + child);
            if (child.equals(chosen)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        });
        var nav = new Nav(list);
        nav.setId("oma-tuki-lapset");
        nav.addClassName("kasvu-children");
        nav.getElement().setAttribute("aria-label", getTranslation("support.family.children"));
        add(nav);
    }

    private void note(String key, String id) {
        var note = new Paragraph(getTranslation(key));
        note.setId(id);
        add(note);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
