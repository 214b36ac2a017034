package fi.kasvu.ui.administration;

import java.util.ArrayList;
import java.util.List;

import fi.kasvu.provisioning.invitation.InvalidInvitationException.FieldProblem;
import fi.kasvu.provisioning.invitation.Invitation;
import fi.kasvu.provisioning.invitation.Invitations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.extension.ExtendWith(fi.kasvu.ui.i18n.WithTranslations.class)
class InvitationFormTest {

    private final InvitationForm form = new InvitationForm(Invitations.ROLES);

    @Test
    void offersEveryRoleInTheSchoolsWords() {
        assertThat(form.roles.getListDataView().getItems()).containsExactlyElementsOf(Invitations.ROLES);
        assertThat(form.roles.getItemLabelGenerator().apply("special-needs-teacher")).isEqualTo("Erityisopettaja");
    }

    @Test
    void submitsWhatTheFormHolds() {
        var submitted = new ArrayList<Invitation>();
        form.addSubmitListener(submit -> submitted.add(submit.invitation()));
        form.name.setValue("Olli Opettaja");
        form.email.setValue("olli@kerava.fi");
        form.roles.select("teacher");

        form.submit.click();

        assertThat(submitted).containsExactly(new Invitation("Olli Opettaja", "olli@kerava.fi", List.of("teacher")));
    }

    @Test
    void showsEachProblemOnItsFieldAndClearsEverythingAfterwards() {
        form.name.setValue("Olli");
        form.showProblems(List.of(new FieldProblem("roles", "Choose at least one role."),
                new FieldProblem("email", "Enter the person's email address.")));

        assertThat(form.roles.isInvalid()).isTrue();
        assertThat(form.roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.name.isInvalid()).isFalse();

        form.clear();

        assertThat(form.roles.isInvalid()).isFalse();
        assertThat(form.email.isInvalid()).isFalse();
        assertThat(form.name.getValue()).isEmpty();
    }
}
