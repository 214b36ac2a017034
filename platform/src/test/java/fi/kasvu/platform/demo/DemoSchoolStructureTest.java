package fi.kasvu.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.people.PeopleQuery;
import fi.kasvu.platform.people.PersonSummary;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassQuery;
import fi.kasvu.platform.school.ClassSummary;
import fi.kasvu.platform.school.Paging;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo municipality has a school year with terms and classes with pupils, guardians and teachers to show. */
@PlatformTest
class DemoSchoolStructureTest {

    static final Actor ADMIN = new Actor("demo-admin", "Demo", Set.of(Actor.CITY_ADMIN));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired DemoSchoolStructure structure;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired PeopleDirectory people;
    @Autowired Guardianships guardianships;
    @Autowired fi.kasvu.platform.people.PersonRegister register;
    @Autowired fi.kasvu.platform.people.StudentAccess access;
    @Autowired fi.kasvu.platform.people.StudentNames names;

    @Test
    void theDemoHasAYearClassesPupilsGuardiansAndTeachers() {
        context.runAs(TenantFixture.activeMunicipality(registry, migrations, "demo"), () -> {
            structure.seed();

            var years = calendar.schoolYears(ADMIN);
            assertThat(years).hasSize(2);
            var current = years.get(1);
            assertThat(current.includes(LocalDate.now())).isTrue();
            assertThat(calendar.sessionsIn(ADMIN, current.id())).hasSize(7);
            var homerooms = classes.classes(ADMIN, new ClassQuery(null, current.id(), null, null), Paging.first(50));
            assertThat(homerooms).extracting(ClassSummary::title).contains("1A", "7B", "7B MA", "9A", "22A", "MAA02.1");
            assertThat(homerooms).filteredOn(c -> c.title().equals("7B")).singleElement()
                    .extracting(ClassSummary::students).isEqualTo(9L);
            assertThat(people.countPeople(ADMIN, new PeopleQuery(null, Role.STUDENT, null, null))).isEqualTo(29);
            assertThat(people.countPeople(ADMIN, new PeopleQuery(null, Role.GUARDIAN, null, null))).isEqualTo(27);
            assertThat(people.countPeople(ADMIN, new PeopleQuery(null, Role.PRINCIPAL, null, null))).isEqualTo(3);
            var pupil = people.people(ADMIN, new PeopleQuery(null, Role.STUDENT, null, null), Paging.first(1)).getFirst();
            assertThat(pupil.maskedIdentityCode()).endsWith("****");
            assertThat(guardianships.guardiansOf(ADMIN, pupil.id())).isNotEmpty();
            assertThat(people.people(ADMIN, new PeopleQuery(null, Role.TEACHER, null, null), Paging.first(10)))
                    .extracting(PersonSummary::familyName).contains("Matikainen");
        });
    }

    @Test
    void theDemoGuardianHasThreeChildrenInThreeClassesOfTwoSchoolsAndTheDemoLoginsHaveAddresses() {
        context.runAs(TenantFixture.activeMunicipality(registry, migrations, "virtaset"), () -> {
            structure.seed();
            var staff = people.people(ADMIN, new PeopleQuery(null, Role.TEACHER, null, null), Paging.first(20));
            assertThat(staff).extracting(PersonSummary::email).contains(DemoPeople.TEACHER.email())
                    .doesNotContainNull();
            assertThat(people.people(ADMIN, new PeopleQuery(null, Role.PRINCIPAL, null, null), Paging.first(5)))
                    .extracting(PersonSummary::email).contains(DemoPeople.PRINCIPAL.email());
            var hanna = onlyWithEmail(Role.GUARDIAN, DemoPeople.GUARDIAN.email());
            var eetu = onlyWithEmail(Role.STUDENT, DemoPeople.STUDENT.email());
            register.linkAccount(ADMIN, hanna.id(), "hanna-account");
            register.linkAccount(ADMIN, eetu.id(), "eetu-account");
            var asHanna = new Actor("hanna-account", "Hanna Virtanen", Set.of("guardian"));

            var children = access.childrenOf(asHanna);

            assertThat(names.namesOf(asHanna, children).values())
                    .containsExactly("Aino Virtanen", "Eetu Virtanen", "Helmi Virtanen");
            assertThat(children).contains(eetu.id());
            assertThat(eetu.birthDate()).isBefore(LocalDate.now().minusYears(12));
            assertThat(children.stream().map(child -> people.person(ADMIN, child).schools()).distinct())
                    .as("two schools").hasSize(2);
            assertThat(access.relationTo(new Actor("eetu-account", "Eetu", Set.of("student")), eetu.id()))
                    .contains(fi.kasvu.platform.people.StudentAccess.Relation.SELF);
        });
    }

    private PersonSummary onlyWithEmail(Role role, String email) {
        return people.people(ADMIN, new PeopleQuery(null, role, null, null), Paging.first(100)).stream()
                .filter(person -> email.equals(person.email())).collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(), found -> {
                            assertThat(found).as(email).hasSize(1);
                            return found.getFirst();
                        }));
    }
}
