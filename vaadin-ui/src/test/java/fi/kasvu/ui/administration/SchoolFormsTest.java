package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonChange;
import fi.kasvu.platform.people.RoleSummary;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolLanguage;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.school.SessionType;
import fi.kasvu.platform.school.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration's forms without Spring: they collect, and show a refusal on the field it names, in Finnish. */
@org.junit.jupiter.api.extension.ExtendWith(fi.kasvu.ui.i18n.WithTranslations.class)
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
    void theLanguageOfInstructionIsFinnishForANewSchoolShownForTheChosenOneAndRefusalsShowOnIt() {
        var form = new SchoolForm();
        var saved = new ArrayList<SchoolLanguage>();
        form.addSaveListener(save -> saved.add(save.getSource().language.getValue()));

        assertThat(form.language.getLabel()).isEqualTo("Opetuskieli");
        assertThat(form.language.getHelperText()).contains("Lukuvuositodistukset ovat koulun opetuskielellä");
        assertThat(form.language.getListDataView().getItems().map(form.language.getItemLabelGenerator()))
                .containsExactly("suomi", "ruotsi");
        assertThat(form.language.getValue()).isEqualTo(SchoolLanguage.FINNISH);
        form.edit(new SchoolSummary(UUID.randomUUID(), "Kyrkoby skola", SchoolKind.BASIC, SchoolLanguage.SWEDISH));
        assertThat(form.language.getValue()).isEqualTo(SchoolLanguage.SWEDISH);
        form.language.setValue(SchoolLanguage.FINNISH);
        form.save.click();
        assertThat(saved).containsExactly(SchoolLanguage.FINNISH);
        form.edit(null);
        assertThat(form.language.getValue()).isEqualTo(SchoolLanguage.FINNISH);

        form.showProblem(new InvalidFieldException("language", "'se' is no language of instruction in Kasvu; "
                + "choose the language of instruction: fi (Finnish) or sv (Swedish)"));

        assertThat(form.language.isInvalid()).isTrue();
        assertThat(form.language.getErrorMessage()).isEqualTo("Valitse opetuskieli: suomi tai ruotsi.");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.language.isReadOnly()).isFalse();
        form.languageEditable(false);
        assertThat(form.language.isReadOnly()).isTrue();
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
    void theEditFormShowsThePersonCollectsTheChangeAndMarksTheFieldNamed() {
        var form = new PersonEditForm();
        var saved = new ArrayList<PersonChange>();
        form.addSaveListener(save -> saved.add(save.change()));
        form.edit(new PersonChange("Aino Maria", "Oppilas", null, "aino@kunta.test", null));

        assertThat(form.preferredGivenName.getValue()).isEmpty();
        form.preferredGivenName.setValue("Aino");
        form.phone.setValue("040 123 4567");
        form.save.click();

        assertThat(saved).containsExactly(new PersonChange("Aino Maria", "Oppilas", "Aino", "aino@kunta.test",
                "040 123 4567"));
        form.showProblem(new InvalidFieldException("phone", "enter a number such as +358 40 123 4567"));
        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage()).isEqualTo("Kirjoita puhelinnumero muodossa +358 40 123 4567.");
        assertThat(form.email.isInvalid()).isFalse();
        form.showProblem(new InvalidFieldException("email", "another person has this address"));
        assertThat(form.phone.isInvalid()).isFalse();
        assertThat(form.email.getErrorMessage()).isEqualTo("Osoite on jo toisella henkilöllä.");
    }

    @Test
    void theRoleFormOffersOnlyRolesNotEndedAndFiresTheChosenDay() {
        var form = new RoleEndForm();
        var open = new RoleSummary(UUID.randomUUID(), UUID.randomUUID(), Role.TEACHER, school.id(), school.name(),
                LocalDate.of(2025, 8, 1), null);
        var ended = new RoleSummary(UUID.randomUUID(), open.personId(), Role.AIDE, school.id(), school.name(),
                LocalDate.of(2024, 8, 1), LocalDate.of(2025, 5, 31));
        var chosen = new ArrayList<String>();
        form.addEndListener(end -> chosen.add(end.role().id() + " " + end.lastDay()));

        form.show(List.of(open, ended));

        assertThat(form.isVisible()).isTrue();
        assertThat(form.role.getValue()).isEqualTo(open);
        assertThat(form.role.getItemLabelGenerator().apply(open)).isEqualTo(PersonRoleNames.of(Role.TEACHER)
                + ", Hakunilan koulu, alkaen 1.8.2025");
        form.lastDay.setValue(LocalDate.of(2026, 5, 31));
        form.end.click();
        assertThat(chosen).containsExactly(open.id() + " 2026-05-31");

        form.showProblem(new InvalidFieldException("endDate", "cannot be before the role began on 2025-08-01"));
        assertThat(form.lastDay.isInvalid()).isTrue();
        assertThat(form.lastDay.getErrorMessage()).isEqualTo("Rooli ei voi päättyä ennen kuin se on alkanut.");

        form.show(List.of(ended));
        assertThat(form.isVisible()).isFalse();
    }

    @Test
    void aProblemWithoutFinnishWordsKeepsTheServicesAndAnUnknownFieldMarksNothing() {
        var form = new SchoolForm();

        boolean shown = FieldProblems.show(new InvalidFieldException("limit", "between 1 and 500"),
                java.util.Map.of("name", form.name));

        assertThat(shown).isFalse();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(FieldProblems.translated(new InvalidFieldException("limit", "between 1 and 500")))
                .isEqualTo("between 1 and 500");
    }
}
