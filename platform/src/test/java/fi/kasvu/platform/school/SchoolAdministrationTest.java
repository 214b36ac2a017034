package fi.kasvu.platform.school;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditEntry;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Schools, years and classes for city admins and principals, each principal kept to their own school. */
@PlatformTest
class SchoolAdministrationTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;

    @Autowired AuditLog audit;
    @Autowired TenantConnections connections;
    @LocalServerPort int port;

    TenantId vantaa;
    TenantContext.Binding bound;
    SchoolStructureFixture structure;

    @BeforeEach
    void municipality() {
        vantaa = TenantFixture.activeMunicipality(registry, migrations, "vantaa");
        bound = context.bind(vantaa);
        structure = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void aCityAdminSeesEverySchoolAndAPrincipalOnlyTheirOwn() {
        assertThat(schools.schools(CITY_ADMIN, null)).extracting(SchoolSummary::name)
                .containsExactly("Hakunilan koulu", "Kartanonkosken koulu");
        assertThat(schools.schools(PRINCIPAL, null)).extracting(SchoolSummary::name).containsExactly("Hakunilan koulu");
        assertThat(classes.classes(PRINCIPAL, ClassQuery.all(), Paging.first(50))).extracting(ClassSummary::title)
                .containsExactly("7B");
        assertThat(classes.countClasses(CITY_ADMIN, ClassQuery.all())).isEqualTo(2);
    }

    @Test
    void aPrincipalIsRefusedAnotherSchoolWhateverTheyTry() {
        assertThatThrownBy(() -> schools.school(PRINCIPAL, structure.otherSchool))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("only their own school");
        assertThatThrownBy(() -> schools.changeSchool(PRINCIPAL, structure.otherSchool, "Uusi nimi", SchoolKind.BASIC))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> classes.addClass(PRINCIPAL, new NewClass(structure.otherSchool, structure.year, "8C",
                ClassType.HOMEROOM, Set.of(), null, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> classes.classes(PRINCIPAL, new ClassQuery(structure.otherSchool, null, null, null),
                Paging.first(10))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> enrollments.enroll(PRINCIPAL, structure.otherClass, structure.pupil1,
                EnrollmentRole.STUDENT, LocalDate.of(2025, 8, 1), null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> schools.addSchool(PRINCIPAL, "Oma uusi koulu", SchoolKind.BASIC))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(schools.school(CITY_ADMIN, structure.otherSchool).name()).isEqualTo("Kartanonkosken koulu");
    }

    @Test
    void aTeacherHasNoSchoolAdministrationAtAll() {
        var teacher = new Actor("teacher-account", "Tiina Opettaja", Set.of("teacher"));

        assertThatThrownBy(() -> schools.schools(teacher, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> classes.countClasses(teacher, ClassQuery.all())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aPrincipalChangesTheirOwnSchool() {
        schools.changeSchool(PRINCIPAL, structure.ownSchool, "Hakunilan yhtenäiskoulu", SchoolKind.BASIC);

        assertThat(schools.school(PRINCIPAL, structure.ownSchool).name()).isEqualTo("Hakunilan yhtenäiskoulu");
    }

    @Test
    void aSchoolYearRunsFromAugustToJulyWithAnAutumnAndASpringTerm() {
        var year = calendar.schoolYears(CITY_ADMIN).stream().filter(y -> y.id().equals(structure.year)).findFirst()
                .orElseThrow();
        var terms = calendar.sessionsIn(CITY_ADMIN, structure.year);

        assertThat(year.startDate()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(year.title()).isEqualTo("Lukuvuosi 2025-2026");
        assertThat(terms).extracting(AcademicSessionSummary::title).containsExactly("Syyslukukausi 2025", "Kevätlukukausi 2026");
        assertThat(terms).extracting(AcademicSessionSummary::parentId).containsOnly(structure.year);
        assertThat(terms.get(0).endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void anUpperSecondaryPeriodLiesInsideItsYear() {
        var period = calendar.addGradingPeriod(CITY_ADMIN, structure.year, "1. jakso", LocalDate.of(2025, 8, 11),
                LocalDate.of(2025, 10, 3));

        assertThat(period.type()).isEqualTo(SessionType.GRADING_PERIOD);
        assertThat(period.parentId()).isEqualTo(structure.year);
        assertThatThrownBy(() -> calendar.addGradingPeriod(CITY_ADMIN, structure.year, "6. jakso",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 15)))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("startDate: ");
    }

    @Test
    void aTeachingGroupBelongsToItsSubjectsCourse() {
        var group = classes.addClass(CITY_ADMIN, new NewClass(structure.ownSchool, structure.year, "7B MA",
                ClassType.TEACHING_GROUP, Set.of(), "7", "ma"));

        assertThat(group.type()).isEqualTo(ClassType.TEACHING_GROUP);
        assertThat(group.subjectCode()).isEqualTo("MA");
        assertThat(group.grade()).isEqualTo("7");
        assertThat(classes.classes(CITY_ADMIN, new ClassQuery(structure.ownSchool, structure.year,
                ClassType.TEACHING_GROUP, "7b"), Paging.first(10))).extracting(ClassSummary::title).containsExactly("7B MA");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = classes.countClasses(CITY_ADMIN, ClassQuery.all());

        assertThatThrownBy(() -> schools.addSchool(CITY_ADMIN, " ", SchoolKind.BASIC)).hasMessageStartingWith("name: ");
        assertThatThrownBy(() -> schools.addSchool(CITY_ADMIN, "Uusi koulu", null)).hasMessageStartingWith("kind: ");
        assertThatThrownBy(() -> calendar.addSchoolYear(CITY_ADMIN, 2026)).hasMessageStartingWith("schoolYear: ");
        assertThatThrownBy(() -> classes.addClass(CITY_ADMIN, new NewClass(structure.ownSchool, structure.year, "",
                ClassType.HOMEROOM, Set.of(), null, null))).hasMessageStartingWith("title: ");
        assertThatThrownBy(() -> classes.addClass(CITY_ADMIN, new NewClass(structure.ownSchool, structure.year, "7B",
                ClassType.HOMEROOM, Set.of(), null, null))).hasMessageStartingWith("title: ")
                .hasMessageContaining("already has a class called 7B");
        assertThatThrownBy(() -> classes.addClass(CITY_ADMIN, new NewClass(structure.ownSchool, structure.year, "MA1",
                ClassType.TEACHING_GROUP, Set.of(), null, "XX"))).hasMessageStartingWith("subjectCode: ");
        assertThatThrownBy(() -> classes.addClass(CITY_ADMIN, new NewClass(structure.ownSchool, structure.year, "8B",
                ClassType.HOMEROOM, Set.of(structure.nextYear), null, null))).hasMessageStartingWith("terms: ");
        assertThatThrownBy(() -> enrollments.enroll(CITY_ADMIN, structure.class7b, structure.pupil1,
                EnrollmentRole.STUDENT, LocalDate.of(2025, 9, 1), null)).hasMessageStartingWith("person: ");
        assertThatThrownBy(() -> classes.classes(CITY_ADMIN, ClassQuery.all(), new Paging(0, 10, "password", false)))
                .hasMessageStartingWith("sort: ");
        assertThat(classes.countClasses(CITY_ADMIN, ClassQuery.all())).isEqualTo(before);
    }

    @Test
    void aSchoolIsFinnishUntilTheCityAdminMakesItSwedishAndOnlyTheCityAdminChangesIt() throws Exception {
        connections.withConnection(vantaa, c -> c.createStatement().executeUpdate(
                "INSERT INTO school (id, name, kind) VALUES (gen_random_uuid(), 'Tuotu koulu', 'BASIC')"));
        UUID kyrkoby = schools.addSchool(CITY_ADMIN, "Kyrkoby skola", SchoolKind.BASIC, SchoolLanguage.SWEDISH).id();

        assertThat(schools.schools(CITY_ADMIN, null)).extracting(SchoolSummary::name, SchoolSummary::language)
                .containsExactly(tuple("Hakunilan koulu", SchoolLanguage.FINNISH),
                        tuple("Kartanonkosken koulu", SchoolLanguage.FINNISH),
                        tuple("Kyrkoby skola", SchoolLanguage.SWEDISH), tuple("Tuotu koulu", SchoolLanguage.FINNISH));
        var exported = JsonMapper.builder().build().readTree(
                new HostClient(port).get(vantaa.slug() + ".kasvu.test", "/api/schools").body());
        assertThat(exported.valueStream().map(school -> school.get("name").asString() + " "
                + school.get("language").asString())).containsExactly("Hakunilan koulu fi", "Kartanonkosken koulu fi",
                "Kyrkoby skola sv", "Tuotu koulu fi");

        schools.changeSchool(CITY_ADMIN, structure.ownSchool, "Hakunilan koulu", SchoolKind.BASIC, SchoolLanguage.SWEDISH);
        assertThat(schools.school(PRINCIPAL, structure.ownSchool).language()).isEqualTo(SchoolLanguage.SWEDISH);
        assertThat(audit.search(CITY_ADMIN, new AuditQuery(null, null, "school.language-changed", null, null), 0, 10))
                .extracting(AuditEntry::detail).containsExactly("school " + structure.ownSchool + ": fi -> sv");

        assertThatThrownBy(() -> schools.changeSchool(PRINCIPAL, structure.ownSchool, "Hakunilan skola",
                SchoolKind.BASIC, SchoolLanguage.FINNISH)).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("only a city admin changes a school's language of instruction");
        assertThat(schools.school(PRINCIPAL, structure.ownSchool)).extracting(SchoolSummary::name,
                SchoolSummary::language).containsExactly("Hakunilan koulu", SchoolLanguage.SWEDISH);
        schools.changeSchool(PRINCIPAL, structure.ownSchool, "Hakunilan skola", SchoolKind.BASIC);
        assertThat(schools.school(PRINCIPAL, structure.ownSchool)).extracting(SchoolSummary::name,
                SchoolSummary::language).containsExactly("Hakunilan skola", SchoolLanguage.SWEDISH);
    }

    @Test
    void anUnknownOrMissingLanguageIsRefusedNamingTheFieldAndTheLanguagesThereAre() {
        assertThat(SchoolLanguage.ofCode("sv")).isEqualTo(SchoolLanguage.SWEDISH);
        assertThat(SchoolLanguage.ofCode(" FI ")).isEqualTo(SchoolLanguage.FINNISH);
        assertThatThrownBy(() -> SchoolLanguage.ofCode("se")).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.getMessage()).isEqualTo("language: 'se' is no language of instruction in Kasvu; "
                        + "choose the language of instruction: fi (Finnish) or sv (Swedish)"));
        assertThatThrownBy(() -> SchoolLanguage.ofCode("")).hasMessage(
                "language: choose the language of instruction: fi (Finnish) or sv (Swedish)");

        assertThatThrownBy(() -> schools.addSchool(CITY_ADMIN, "Ny skola", SchoolKind.BASIC, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("language"));
        assertThatThrownBy(() -> schools.changeSchool(CITY_ADMIN, structure.ownSchool, "Hakunilan koulu",
                SchoolKind.BASIC, null)).hasMessageStartingWith("language: ");
        assertThat(schools.schools(CITY_ADMIN, null)).extracting(SchoolSummary::name)
                .containsExactly("Hakunilan koulu", "Kartanonkosken koulu");
        assertThat(schools.school(CITY_ADMIN, structure.ownSchool).language()).isEqualTo(SchoolLanguage.FINNISH);
    }
}
