package fi.kasvu.platform.assessment;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolStructureFixture;

/**
 * On top of {@link SchoolStructureFixture}: 7B's maths group "7B MA" with both pupils and its teacher Matti signed in
 * as {@link #TEACHER}, who is also 7B's homeroom teacher; a second grader's class 2A with one pupil and teacher; pupil1
 * signed in as {@link #PUPIL}, a guardian of pupil2 as {@link #GUARDIAN}; a teacher of no group as {@link #STRANGER}.
 */
final class AssessmentFixture {

    static final Actor TEACHER = new Actor("matti-account", "Matti Matikainen", Set.of("teacher"));
    static final Actor SECOND_GRADE_TEACHER = new Actor("outi-account", "Outi Opettaja", Set.of("teacher"));
    static final Actor STRANGER = new Actor("ville-account", "Ville Vieras", Set.of("teacher"));
    static final Actor PUPIL = new Actor("aino-account", "Aino Oppilas", Set.of("student"));
    static final Actor GUARDIAN = new Actor("hanna-account", "Hanna Huoltaja", Set.of("guardian"));

    final SchoolStructureFixture school;
    final UUID maths;
    final UUID class2a;
    final UUID secondGrader;

    AssessmentFixture(SchoolStructureFixture school, ClassDirectory classes, EnrollmentRegister enrollments,
                      PersonRegister people, Guardianships guardianships) {
        this.school = school;
        LocalDate start = LocalDate.of(2025, 8, 1);
        UUID teacher = staff(people, "Matti", "Matikainen", TEACHER);
        staff(people, "Ville", "Vieras", STRANGER);
        maths = classes.addClass(CITY_ADMIN, new NewClass(school.ownSchool, school.year, "7B MA",
                ClassType.TEACHING_GROUP, Set.of(), "7", "MA")).id();
        enrollments.enroll(CITY_ADMIN, maths, teacher, EnrollmentRole.TEACHER, start, null);
        enrollments.enroll(CITY_ADMIN, school.class7b, teacher, EnrollmentRole.TEACHER, start, null);
        enrollments.enroll(CITY_ADMIN, maths, school.pupil1, EnrollmentRole.STUDENT, start, null);
        enrollments.enroll(CITY_ADMIN, maths, school.pupil2, EnrollmentRole.STUDENT, start, null);
        people.linkAccount(CITY_ADMIN, school.pupil1, PUPIL.accountId());
        UUID guardian = people.addPerson(CITY_ADMIN, new NewPerson("Hanna", "Huoltaja", null, null, null,
                Role.GUARDIAN, school.ownSchool));
        people.linkAccount(CITY_ADMIN, guardian, GUARDIAN.accountId());
        guardianships.addGuardian(CITY_ADMIN, guardian, school.pupil2);
        class2a = classes.addClass(CITY_ADMIN, new NewClass(school.ownSchool, school.year, "2A", ClassType.HOMEROOM,
                Set.of(), null, null)).id();
        enrollments.enroll(CITY_ADMIN, class2a, staff(people, "Outi", "Opettaja", SECOND_GRADE_TEACHER),
                EnrollmentRole.TEACHER, start, null);
        secondGrader = people.addPerson(CITY_ADMIN, new NewPerson("Åsa", "Ärölä", null, LocalDate.of(2018, 5, 6), null,
                Role.STUDENT, school.ownSchool));
        enrollments.enroll(CITY_ADMIN, class2a, secondGrader, EnrollmentRole.STUDENT, start, null);
    }

    private UUID staff(PersonRegister people, String given, String family, Actor account) {
        UUID id = people.addPerson(CITY_ADMIN, new NewPerson(given, family, given.toLowerCase() + "@kunta.test", null,
                null, Role.TEACHER, school.ownSchool));
        people.linkAccount(CITY_ADMIN, id, account.accountId());
        return id;
    }
}
