package fi.kasvu.platform.messages;

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
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;

/**
 * The people of the messages tests, on {@link SchoolStructureFixture}: the teacher of 7B and a colleague at the same
 * school who teaches nothing; the guardians of 7B's two pupils; a pupil of 7B who is 19 and her guardian; at the other
 * school a teacher of 7A, a pupil there and that pupil's guardian. Everyone signs in with an account and has a mail
 * address. Call inside a bound tenant.
 */
final class MessagesFixture {

    static final Actor TEACHER = actor("teacher", "teacher");
    static final Actor COLLEAGUE = actor("colleague", "teacher");
    static final Actor OTHER_TEACHER = actor("other-teacher", "teacher");
    static final Actor GUARDIAN1 = actor("guardian1", "guardian");
    static final Actor GUARDIAN2 = actor("guardian2", "guardian");
    static final Actor ADULTS_GUARDIAN = actor("adults-guardian", "guardian");
    static final Actor OTHER_GUARDIAN = actor("other-guardian", "guardian");
    static final Actor PUPIL1 = actor("pupil1", "student");
    static final Actor PUPIL2 = actor("pupil2", "student");
    static final Actor ADULT_PUPIL = actor("adult-pupil", "student");
    static final Actor PRINCIPAL = SchoolStructureFixture.PRINCIPAL;

    final SchoolStructureFixture school;
    final UUID teacher;
    final UUID colleague;
    final UUID otherTeacher;
    final UUID guardian1;
    final UUID guardian2;
    final UUID adultPupil;
    final UUID adultsGuardian;
    final UUID otherPupil;
    final UUID otherGuardian;

    MessagesFixture(SchoolDirectory schools, SchoolCalendar calendar, ClassDirectory classes,
                    EnrollmentRegister enrollments, PersonRegister people, Guardianships guardianships, String tag) {
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
        LocalDate start = LocalDate.of(2025, 8, 1);
        teacher = person(people, "Outi", "Opettaja", Role.TEACHER, school.ownSchool, null, TEACHER, tag);
        colleague = person(people, "Kaija", "Kollega", Role.TEACHER, school.ownSchool, null, COLLEAGUE, tag);
        otherTeacher = person(people, "Ville", "Vieras", Role.TEACHER, school.otherSchool, null, OTHER_TEACHER, tag);
        enrollments.enroll(CITY_ADMIN, school.class7b, teacher, EnrollmentRole.TEACHER, start, null);
        enrollments.enroll(CITY_ADMIN, school.otherClass, otherTeacher, EnrollmentRole.TEACHER, start, null);
        people.linkAccount(CITY_ADMIN, school.pupil1, PUPIL1.accountId());
        people.linkAccount(CITY_ADMIN, school.pupil2, PUPIL2.accountId());
        guardian1 = person(people, "Hanna", "Huoltaja", Role.GUARDIAN, school.ownSchool, null, GUARDIAN1, tag);
        guardian2 = person(people, "Heikki", "Huoltaja", Role.GUARDIAN, school.ownSchool, null, GUARDIAN2, tag);
        guardianships.addGuardian(CITY_ADMIN, guardian1, school.pupil1);
        guardianships.addGuardian(CITY_ADMIN, guardian2, school.pupil2);
        adultPupil = person(people, "Aada", "Aikuinen", Role.STUDENT, school.ownSchool, LocalDate.now().minusYears(19),
                ADULT_PUPIL, tag);
        enrollments.enroll(CITY_ADMIN, school.class7b, adultPupil, EnrollmentRole.STUDENT, start, null);
        adultsGuardian = person(people, "Aarne", "Aikuinen", Role.GUARDIAN, school.ownSchool, null, ADULTS_GUARDIAN, tag);
        guardianships.addGuardian(CITY_ADMIN, adultsGuardian, adultPupil);
        otherPupil = person(people, "Oona", "Muualta", Role.STUDENT, school.otherSchool, LocalDate.of(2012, 5, 5), null,
                tag);
        enrollments.enroll(CITY_ADMIN, school.otherClass, otherPupil, EnrollmentRole.STUDENT, start, null);
        otherGuardian = person(people, "Olli", "Muualta", Role.GUARDIAN, school.otherSchool, null, OTHER_GUARDIAN, tag);
        guardianships.addGuardian(CITY_ADMIN, otherGuardian, otherPupil);
    }

    private static UUID person(PersonRegister people, String given, String family, Role role, UUID school,
                               LocalDate birth, Actor account, String tag) {
        String email = (given + "." + family + "." + tag + "@kunta.test").toLowerCase();
        UUID id = people.addPerson(CITY_ADMIN, new NewPerson(given, family, email, birth, null, role, school));
        if (account != null) {
            people.linkAccount(CITY_ADMIN, id, account.accountId());
        }
        return id;
    }

    static String emailOf(String given, String family, String tag) {
        return (given + "." + family + "." + tag + "@kunta.test").toLowerCase();
    }

    private static Actor actor(String account, String role) {
        return new Actor(account + "-account", account, Set.of(role));
    }
}
