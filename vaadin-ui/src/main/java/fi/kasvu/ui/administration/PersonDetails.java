package fi.kasvu.ui.administration;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.IdentityCodes;
import fi.kasvu.platform.people.PersonChange;
import fi.kasvu.platform.people.PersonChanges;
import fi.kasvu.platform.people.PersonSummary;
import fi.kasvu.platform.people.RoleSummary;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * The chosen person: roles, schools, guardians, and the identity code masked, with a button that shows it whole to a
 * city admin; the service writes the audit log before it returns the code. Below, their names and contact details to
 * edit and a role to end; after a change {@code changed} runs (the view refreshes its grid).
 */
class PersonDetails extends Section {

    private static final String HEADING = "henkilo-otsikko";

    final Span identityCode = new Span();
    final Button reveal = new Button(getTranslation("administration.person.reveal"));
    final PersonEditForm edit = new PersonEditForm();
    final RoleEndForm roleEnd = new RoleEndForm();
    final StatusLine status = new StatusLine("person-status");

    private final IdentityCodes identityCodes;
    private final Guardianships guardianships;
    private final PersonChanges changes;
    private final Actor actor;
    private final Runnable changed;
    private final H2 heading = new H2();
    private final Paragraph roles = new Paragraph();
    private final UnorderedList guardians = new UnorderedList();
    private PersonSummary person;

    PersonDetails(IdentityCodes identityCodes, Guardianships guardianships, PersonChanges changes, Actor actor,
                  Runnable changed) {
        this.identityCodes = identityCodes;
        this.guardianships = guardianships;
        this.changes = changes;
        this.actor = actor;
        this.changed = changed;
        heading.setId(HEADING);
        getElement().setAttribute("aria-labelledby", HEADING);
        identityCode.setId("identity-code");
        reveal.setId("reveal-identity-code");
        reveal.setVisible(false);
        reveal.getElement().setAttribute("aria-describedby", "identity-code");
        reveal.addClickListener(click -> reveal());
        guardians.setId("huoltajat");
        edit.addSaveListener(save -> save(save.change()));
        roleEnd.addEndListener(end -> endRole(end.role(), end.lastDay()));
        add(heading, roles, new Paragraph(new Span(getTranslation("administration.people.identity-code") + ": "), identityCode), reveal, guardians, status,
                new H3(getTranslation("administration.person.edit")), edit, new H3(getTranslation("administration.person.end-role")), roleEnd);
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
                + (chosen.birthDate() == null ? "" : ", " + getTranslation("administration.person.born", FinnishDates.format(chosen.birthDate()))));
        identityCode.setText(chosen.maskedIdentityCode() == null ? getTranslation("administration.person.not-stored") : chosen.maskedIdentityCode());
        reveal.setVisible(actor.isCityAdmin() && chosen.maskedIdentityCode() != null);
        status.setText("");
        edit.edit(changes.details(actor, chosen.id()));
        roleEnd.show(changes.rolesOf(actor, chosen.id()));
        guardianships.guardiansOf(actor, chosen.id()).forEach(guardian -> guardians.add(new ListItem(getTranslation("administration.person.guardian", guardian.guardianName())
                + (guardian.mayActToday() ? "" : " " + getTranslation("administration.person.guardian.adult")))));
    }

    private void save(PersonChange change) {
        try {
            changes.change(actor, person.id(), change);
            PersonChange saved = changes.details(actor, person.id());
            edit.edit(saved);
            heading.setText(saved.givenName() + " " + saved.familyName());
            status.done(getTranslation("administration.person.saved"));
            changed.run();
        } catch (InvalidFieldException invalid) {
            edit.showProblem(invalid);
            status.refused(invalid);
        } catch (AccessRefusedException refused) {
            status.refused(refused);
        }
    }

    private void endRole(RoleSummary role, java.time.LocalDate lastDay) {
        try {
            changes.endRole(actor, role == null ? null : role.id(), lastDay);
            roleEnd.show(changes.rolesOf(actor, person.id()));
            status.done(getTranslation("administration.person.role-ends", RoleEndForm.label(role), FinnishDates.format(lastDay)));
            changed.run();
        } catch (InvalidFieldException invalid) {
            roleEnd.showProblem(invalid);
            status.refused(invalid);
        } catch (AccessRefusedException refused) {
            status.refused(refused);
        }
    }

    private void reveal() {
        try {
            identityCodes.reveal(actor, person.id()).ifPresent(identityCode::setText);
            reveal.setVisible(false);
        } catch (AccessRefusedException refused) {
            identityCode.setText(person.maskedIdentityCode() + " " + getTranslation("administration.person.masked"));
        }
    }
}
