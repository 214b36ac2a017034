package fi.kasvu.ui.signup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import fi.kasvu.provisioning.billing.Plan;
import fi.kasvu.provisioning.onboarding.InvalidSignupException.FieldProblem;
import fi.kasvu.provisioning.onboarding.SignupRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.extension.ExtendWith(fi.kasvu.ui.i18n.WithTranslations.class)
class SignupFormTest {

    private static final Plan PERUS = new Plan("perus", "Perus", "", 1200, "EUR", "YEAR", true);
    private static final Plan LAAJA = new Plan("laaja", "Laaja", "", 1900, "EUR", "YEAR", false);

    private final SignupForm form = new SignupForm(List.of(PERUS, LAAJA),
            tenant -> URI.create("https://" + tenant.slug() + ".kasvu.fi"));

    @Test
    void suggestsTheShortNameFromTheMunicipalitysNameAsItIsTyped() {
        form.municipality.setValue("Mänttä");
        assertThat(form.slug.getValue()).isEqualTo("mantta");

        form.municipality.setValue("Mänttä-Vilppula");

        assertThat(form.slug.getValue()).isEqualTo("mantta-vilppula");
        assertThat(form.slug.getHelperText()).isEqualTo("Portaalin osoite: https://mantta-vilppula.kasvu.fi");
    }

    @Test
    void keepsAShortNameThePersonEditedThemselves() {
        form.municipality.setValue("Mänttä");
        form.slug.setValue("mantta-kunta");

        form.municipality.setValue("Mänttä-Vilppula");

        assertThat(form.slug.getValue()).isEqualTo("mantta-kunta");
    }

    @Test
    void offersThePlansWithTheDefaultChosen() {
        assertThat(form.plan.getValue()).isEqualTo(PERUS);
        assertThat(form.plan.getItemLabelGenerator().apply(LAAJA)).isEqualTo("Laaja – 19,00 EUR / oppilas / vuosi");
    }

    @Test
    void submitsWhatTheFormHolds() {
        var submitted = new ArrayList<SignupRequest>();
        form.addSubmitListener(submit -> submitted.add(submit.request()));
        form.municipality.setValue("Kauniainen");
        form.businessId.setValue("0203134-4");
        form.adminName.setValue("Maija Meikäläinen");
        form.adminEmail.setValue("maija@kauniainen.fi");
        form.students.setValue(1200);
        form.plan.setValue(LAAJA);

        form.submit.click();

        assertThat(submitted).containsExactly(new SignupRequest("Kauniainen", "0203134-4", "kauniainen",
                "Maija Meikäläinen", "maija@kauniainen.fi", 1200, "laaja"));
    }

    @Test
    void showsEachProblemOnItsFieldAndClearsThemOnTheNextTry() {
        form.showProblems(List.of(new FieldProblem("businessId", "Tarkista Y-tunnus."),
                new FieldProblem("slug", "Osoite on jo käytössä."), new FieldProblem("body", "Lähetä lomake.")));

        assertThat(form.businessId.isInvalid()).isTrue();
        assertThat(form.businessId.getErrorMessage()).isEqualTo("Tarkista Y-tunnus.");
        assertThat(form.slug.getErrorMessage()).isEqualTo("Osoite on jo käytössä.");
        assertThat(form.municipality.isInvalid()).isFalse();
        assertThat(form.formProblem.getText()).isEqualTo("Lähetä lomake.");

        form.showProblems(List.of());

        assertThat(form.businessId.isInvalid()).isFalse();
        assertThat(form.formProblem.getText()).isEmpty();
    }
}
