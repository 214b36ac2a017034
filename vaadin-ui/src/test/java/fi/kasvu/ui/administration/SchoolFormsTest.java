package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.school.SessionType;
import fi.kasvu.platform.school.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration's forms without Spring: they collect, and show a refusal on the field it names, in Finnish. */
class SchoolFormsTest {

    private final SchoolSummary school = new SchoolSummary(UUID.randomUUID(), "Hakunilan koulu", SchoolKind.BASIC);
    private final AcademicSessionSummary year = new AcademicSessionSummary(UUID.randomUUID(), "Lukuvuosi 2025-2026",
            SessionType.SCHOOL_YEAR, LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31), null, 2026);

    @Test
    void aSchoolsProblemShowsOnItsFieldInFinnish() {
        var form = new SchoolForm();

        form.showProblem(new InvalidFieldException("name", "there is already a school called 'Hakunilan koulu'"));

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Kunnassa on jo samanniminen koulu.");
        assertThat(form.kind.isInvalid()).isFalse();

        form.showProblem(new InvalidFieldException("kind", "choose the kind of school"));

        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.kind.getErrorMessage()).isEqualTo("Valitse koulumuoto.");
    }

    @Test
    void editingASchoolFillsTheFormAndSavingAgainAddsANewOne() {
        var form = new SchoolForm();

        form.edit(school);

        assertThat(form.name.getValue()).isEqualTo("Hakunilan koulu");
        assertThat(form.save.getText()).isEqualTo("Tallenna muutokset");
        form.edit(null);
        assertThat(form.save.getText()).isEqualTo("Lisää koulu");
        assertThat(form.editing()).isNull();
    }

    @Test
    void theClassFormCollectsAClassAndOffersSubjectsOnlyToTeachingGroups() {
        var form = new ClassForm(List.of(school), List.of(year), List.of(new Subject("MA", "Matematiikka")));
        var added = new ArrayList<NewClass>();
        form.addAddListener(add -> added.add(add.newClass()));

        assertThat(form.school.getValue()).isEqualTo(school);
        assertThat(form.subject.isEnabled()).isFalse();
        form.title.setValue("7B MA");
        form.type.setValue(ClassType.TEACHING_GROUP);
        form.subject.setValue(new Subject("MA", "Matematiikka"));
        form.add.click();

        assertThat(form.subject.isEnabled()).isTrue();
        assertThat(added).containsExactly(new NewClass(school.id(), year.id(), "7B MA", ClassType.TEACHING_GROUP,
                Set.of(), null, "MA"));
    }

    @Test
    void aWrongIdentityCodeIsShownOnItsFieldWithoutTheCode() {
        var form = new PersonForm(List.of(school));
        form.identityCode.setValue("010112A943X");

        form.showProblem(new InvalidFieldException("identityCode", "the identity code's check character does not match"));

        assertThat(form.identityCode.isInvalid()).isTrue();
        assertThat(form.identityCode.getErrorMessage()).isEqualTo("Henkilötunnuksen tarkistusmerkki ei täsmää.")
                .doesNotContain("943");
        assertThat(form.givenName.isInvalid()).isFalse();
    }

    @Test
    void thePersonFormCollectsAPupil() {
        var form = new PersonForm(List.of(school));
        var added = new ArrayList<NewPerson>();
        form.addAddListener(add -> added.add(add.newPerson()));
        form.givenName.setValue("Aino");
        form.familyName.setValue("Oppilas");
        form.identityCode.setValue("010112A943Y");

        form.add.click();

        assertThat(added).containsExactly(new NewPerson("Aino", "Oppilas", "", null, "010112A943Y", Role.STUDENT,
                school.id()));
        form.clear();
        assertThat(form.identityCode.getValue()).isEmpty();
    }

    @Test
    void aProblemWithoutFinnishWordsKeepsTheServicesAndAnUnknownFieldMarksNothing() {
        var form = new SchoolForm();

        boolean shown = FieldProblems.show(new InvalidFieldException("limit", "between 1 and 500"),
                java.util.Map.of("name", form.name));

        assertThat(shown).isFalse();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(FieldProblems.finnish(new InvalidFieldException("limit", "between 1 and 500")))
                .isEqualTo("between 1 and 500");
    }
}
