package fi.kasvu.provisioning.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import fi.kasvu.provisioning.billing.Plan;
import fi.kasvu.provisioning.onboarding.InvalidSignupException.FieldProblem;
import org.junit.jupiter.api.Test;

/** Every field is checked at the edge and every problem named at once. */
class SignupValidationTest {

    static final List<Plan> PLANS = List.of(
            new Plan("perus", "Perus", "", 1200, "EUR", "YEAR", true),
            new Plan("laaja", "Laaja", "", 1900, "EUR", "YEAR", false));

    @Test
    void namesEveryFieldThatIsWrong() {
        var request = new SignupRequest(" ", "0124610-8", "Vantaa", "", "not-an-email", 0, null);

        var e = catchThrowableOfType(InvalidSignupException.class, () -> SignupValidation.check(request, PLANS));

        assertThat(e.isConflict()).isFalse();
        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("municipality", "businessId", "slug", "adminName", "adminEmail", "students");
        assertThat(e.problems()).extracting(FieldProblem::message).contains(
                "Enter the municipality's name.",
                "Use lowercase letters only: 'vantaa' instead of 'Vantaa'.",
                "Enter the expected number of students, a whole number from 1 to 1000000.");
    }

    @Test
    void aValidSignupIsNormalisedAndGetsTheDefaultPlan() {
        var accepted = SignupValidation.check(new SignupRequest(" Vantaa ", "0124610-9", null, "Maija Meikäläinen",
                "Maija@Vantaa.FI", 30_000, null), PLANS);

        assertThat(accepted.municipality()).isEqualTo("Vantaa");
        assertThat(accepted.slug().slug()).isEqualTo("vantaa");
        assertThat(accepted.adminEmail()).isEqualTo("maija@vantaa.fi");
        assertThat(accepted.plan()).isEqualTo("perus");
    }

    @Test
    void anUnknownPlanIsNamedWithTheChoices() {
        var request = new SignupRequest("Vantaa", "0124610-9", "vantaa", "Maija", "maija@vantaa.fi", 10, "gold");

        var e = catchThrowableOfType(InvalidSignupException.class, () -> SignupValidation.check(request, PLANS));

        assertThat(e.problems()).containsExactly(
                new FieldProblem("plan", "There is no plan 'gold'; choose one of [perus, laaja]."));
    }

    @Test
    void aSlugWithQuotesOrSqlIsRefused() {
        var request = new SignupRequest("Vantaa", "0124610-9", "x'; DROP SCHEMA platform; --", "Maija", "maija@vantaa.fi",
                10, null);

        var e = catchThrowableOfType(InvalidSignupException.class, () -> SignupValidation.check(request, PLANS));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("slug");
            assertThat(p.message()).startsWith("The short name may contain only letters a-z, digits and hyphens");
        });
    }

    @Test
    void anEmptyBodyIsNamedAsSuch() {
        var e = catchThrowableOfType(InvalidSignupException.class, () -> SignupValidation.check(null, PLANS));

        assertThat(e.problems()).containsExactly(new FieldProblem("body", "Send the sign-up as a JSON object."));
    }
}
