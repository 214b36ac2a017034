package fi.kasvu.platform.messages;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's messages land with the demo's people, each pair one the reach rule allows. */
@PlatformTest
class DemoMessagesTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired DemoMessages demo;
    @Autowired Messaging messaging;
    @Autowired MessageReach reach;

    @Test
    void theDemoPeopleHaveThreadsAndAnnouncements() {
        context.runAs(TenantFixture.activeMunicipality(registry, migrations, "demoviestit"), () -> {
            UUID school = schools.addSchool(CITY_ADMIN, "Hakunilan koulu", SchoolKind.BASIC).id();
            LocalDate today = LocalDate.now();
            var year = calendar.addSchoolYear(CITY_ADMIN, today.getMonthValue() >= 8 ? today.getYear() + 1
                    : today.getYear());
            staff("Riikka", "Rehtori", Role.PRINCIPAL, school, "riikka");
            UUID outi = staff("Outi", "Opettaja", Role.TEACHER, school, "outi");
            UUID matti = staff("Matti", "Matikainen", Role.TEACHER, school, "matti");
            UUID guardianOfFirst = pupilWithGuardian(school, year.id(), year.startDate(), "1A", outi, "Anna");
            UUID guardianOfSeventh = pupilWithGuardian(school, year.id(), year.startDate(), "7B", matti, "Mikko");
            people.linkAccount(CITY_ADMIN, guardianOfFirst, "anna");
            people.linkAccount(CITY_ADMIN, guardianOfSeventh, "mikko");
            Actor anna = new Actor("anna", "Anna", Set.of("guardian"));
            Actor mikko = new Actor("mikko", "Mikko", Set.of("guardian"));

            demo.seed();

            assertThat(messaging.inbox(anna, 0, 10)).extracting(ThreadSummary::subject).containsExactlyInAnyOrder(
                    "Retki Heurekaan torstaina", "Luokkakuvaus tiistaina", "Syysloma viikolla 42");
            assertThat(messaging.inbox(mikko, 0, 10)).extracting(ThreadSummary::subject)
                    .containsExactlyInAnyOrder("Matematiikan koe", "Syysloma viikolla 42");
            assertThat(messaging.unreadCount(new Actor("matti", "Matti", Set.of("teacher")))).as("the question and the school's announcement").isEqualTo(2);
            assertThat(reach.mayReach(mikko, matti)).isTrue();
            assertThat(reach.mayReach(new Actor("outi", "Outi", Set.of("teacher")), guardianOfFirst)).isTrue();
        });
    }

    private UUID staff(String given, String family, Role role, UUID school, String account) {
        UUID id = people.addPerson(CITY_ADMIN, new NewPerson(given, family, null, null, null, role, school));
        people.linkAccount(CITY_ADMIN, id, account);
        return id;
    }

    private UUID pupilWithGuardian(UUID school, UUID year, LocalDate start, String title, UUID teacher, String guardian) {
        UUID group = classes.addClass(CITY_ADMIN, new NewClass(school, year, title, ClassType.HOMEROOM, Set.of(), null,
                null)).id();
        enrollments.enroll(CITY_ADMIN, group, teacher, EnrollmentRole.TEACHER, start, null);
        UUID pupil = people.addPerson(CITY_ADMIN, new NewPerson("Oppilas", title, null, LocalDate.of(2015, 1, 1), null,
                Role.STUDENT, school));
        enrollments.enroll(CITY_ADMIN, group, pupil, EnrollmentRole.STUDENT, start, null);
        UUID id = people.addPerson(CITY_ADMIN, new NewPerson(guardian, "Huoltaja", null, null, null, Role.GUARDIAN,
                school));
        guardianships.addGuardian(CITY_ADMIN, id, pupil);
        return id;
    }
}
