package fi.kasvu.ui.administration;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.IdentityCodes;
import fi.kasvu.platform.people.PersonSummary;

/**
 * The chosen person: roles, schools, guardians, and the identity code masked, with a button that shows it whole to a
 * city admin; the service writes the audit log before it returns the code.
 */
class PersonDetails extends Section {

    private static final String HEADING = "henkilo-otsikko";

    final Span identityCode = new Span();
    final Button reveal = new Button("Näytä henkilötunnus");

    private final IdentityCodes identityCodes;
    private final Guardianships guardianships;
    private final Actor actor;
    private final H2 heading = new H2();
    private final Paragraph roles = new Paragraph();
    private final UnorderedList guardians = new UnorderedList();
    private PersonSummary person;

    PersonDetails(IdentityCodes identityCodes, Guardianships guardianships, Actor actor) {
        this.identityCodes = identityCodes;
        this.guardianships = guardianships;
        this.actor = actor;
        heading.setId(HEADING);
        getElement().setAttribute("aria-labelledby", HEADING);
        identityCode.setId("identity-code");
        reveal.setId("reveal-identity-code");
        reveal.setVisible(false);
        reveal.getElement().setAttribute("aria-describedby", "identity-code");
        reveal.addClickListener(click -> reveal());
        guardians.setId("huoltajat");
        add(heading, roles, new Paragraph(new Span("Henkilötunnus: "), identityCode), reveal, guardians);
        show(null);
    }

    void show(PersonSummary chosen) {
        person = chosen;
        setVisible(chosen != null);
        guardians.removeAll();
        if (chosen == null) {
            return;
        }
        heading.setText(chosen.name());
        roles.setText(chosen.roles().stream().map(PersonRoleNames::of).collect(Collectors.joining(", "))
                + (chosen.schools() == null ? "" : " – " + chosen.schools())
                + (chosen.birthDate() == null ? "" : ", syntynyt " + FinnishDates.format(chosen.birthDate())));
        identityCode.setText(chosen.maskedIdentityCode() == null ? "ei tallennettu" : chosen.maskedIdentityCode());
        reveal.setVisible(actor.isCityAdmin() && chosen.maskedIdentityCode() != null);
        guardianships.guardiansOf(actor, chosen.id()).forEach(guardian -> guardians.add(new ListItem("Huoltaja: "
                + guardian.guardianName() + (guardian.mayActToday() ? "" : " (ei asiointioikeutta: oppilas on täysi-ikäinen)"))));
    }

    private void reveal() {
        try {
            identityCodes.reveal(actor, person.id()).ifPresent(identityCode::setText);
            reveal.setVisible(false);
        } catch (AccessRefusedException refused) {
            identityCode.setText(person.maskedIdentityCode() + " (vain kunnan pääkäyttäjä voi nähdä koko tunnuksen)");
        }
    }
}
