package fi.kasvu.platform.support;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditEntry;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
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
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The family's view of the support document: a pupil and their guardian read the decisions made, not the drafts nor
 * the staff's working notes; a guardian of a pupil of age reads it only with the pupil's leave; each read and each
 * refusal is in the audit log.
 */
@PlatformTest
class SupportForFamiliesTest {

    static final Actor TEACHER = new Actor("teacher-account", "Outi Opettaja", Set.of("teacher"));
    static final Actor GUARDIAN = new Actor("guardian-account", "Hanna Huoltaja", Set.of("guardian"));
    static final Actor OTHER_GUARDIAN = new Actor("other-guardian-account", "Kaisa Korhonen", Set.of("guardian"));
    static final Actor PUPIL = new Actor("pupil-account", "Aino Oppilas", Set.of("student"));
    static final Actor ADULT = new Actor("adult-account", "Aada Aikuinen", Set.of("student"));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister register;
    @Autowired Guardianships guardianships;
    @Autowired SupportDecisions decisions;
    @Autowired SupportDocuments documents;
    @Autowired GroupSupports groups;
    @Autowired LegacySupportRecords legacy;
    @Autowired AuditLog audit;

    TenantContext.Binding bound;
    SchoolStructureFixture school;
    UUID guardian;
    UUID adult;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "loviisa"));
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, register);
        UUID teacher = person("Outi", "Opettaja", null, Role.TEACHER, TEACHER);
        enrollments.enroll(CITY_ADMIN, school.class7b, teacher, EnrollmentRole.TEACHER, LocalDate.of(2025, 8, 1), null);
        guardian = person("Hanna", "Huoltaja", null, Role.GUARDIAN, GUARDIAN);
        person("Kaisa", "Korhonen", null, Role.GUARDIAN, OTHER_GUARDIAN);
        register.linkAccount(CITY_ADMIN, school.pupil1, PUPIL.accountId());
        guardianships.addGuardian(CITY_ADMIN, guardian, school.pupil1);
        adult = person("Aada", "Aikuinen", LocalDate.now().minusYears(18).minusDays(1), Role.STUDENT, ADULT);
        enrollments.enroll(CITY_ADMIN, school.class7b, adult, EnrollmentRole.STUDENT, LocalDate.of(2025, 8, 1), null);
        guardianships.addGuardian(CITY_ADMIN, guardian, adult);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void theGuardianAndThePupilReadTheDecisionsMadeButNoDraftNorTheStaffsWorkingNotes() {
        UUID decided = decisions.draft(TEACHER, school.pupil1, readingSupport());
        decisions.decide(PRINCIPAL, decided, SupportDecisionsTest.COMPLETE);
        decisions.draft(TEACHER, school.pupil1, readingSupport());
        assertThat(documents.of(TEACHER, school.pupil1).decisions()).as("the staff see the draft").hasSize(2);

        for (Actor family : List.of(GUARDIAN, PUPIL)) {
            SupportDocument read = documents.forFamily(family, school.pupil1);

            assertThat(read.decisions()).as(family.displayName()).singleElement().satisfies(decision -> {
                assertThat(decision.id()).isEqualTo(decided);
                assertThat(decision.stage()).isEqualTo(SupportStage.IN_FORCE);
                assertThat(decision.measures()).containsExactly(SupportMeasure.SPECIAL_NEEDS_TEACHING_PART_TIME);
                assertThat(decision.decidedBy()).isEqualTo("Risto Rehtori");
                assertThat(decision.appealInstructions()).startsWith("Oikaisuvaatimus");
                assertThat(decision.evidence()).isEmpty();
                assertThat(decision.draftedBy()).isNull();
            });
        }
        assertThat(audit.search(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.read", null, null), 0, 10))
                .filteredOn(entry -> entry.detail().equals("support document, the family's view"))
                .extracting(AuditEntry::actor).containsExactlyInAnyOrder("Hanna Huoltaja [guardian-account]",
                        "Aino Oppilas [pupil-account]");
    }

    @Test
    void anotherFamilysGuardianAndTheStaffAreRefusedTheFamilysViewAndEachRefusalIsAudited() {
        for (Actor outsider : List.of(OTHER_GUARDIAN, TEACHER, PRINCIPAL, CITY_ADMIN)) {
            assertThatThrownBy(() -> documents.forFamily(outsider, school.pupil1)).as(outsider.displayName())
                    .isInstanceOf(AccessRefusedException.class).isNotInstanceOf(StudentOfAgeException.class);
        }
        assertThatThrownBy(() -> documents.forFamily(PUPIL, school.pupil2)).as("a classmate")
                .isInstanceOf(AccessRefusedException.class);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.refused", null, null)))
                .isEqualTo(4);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil2, null, "support.refused", null, null)))
                .isEqualTo(1);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.read", null, null))).isZero();
    }

    @Test
    void aGuardianOfAPupilOfAgeIsToldWhyUntilThePupilAllowsThem() {
        UUID id = decisions.draft(TEACHER, adult, readingSupport());
        decisions.decide(PRINCIPAL, id, SupportDecisionsTest.COMPLETE);

        assertThatThrownBy(() -> documents.forFamily(GUARDIAN, adult)).isInstanceOf(StudentOfAgeException.class);
        assertThatThrownBy(() -> documents.familyOverview(GUARDIAN, adult)).isInstanceOf(StudentOfAgeException.class);
        assertThat(audit.search(CITY_ADMIN, new AuditQuery(adult, null, "support.refused", null, null), 0, 10))
                .extracting(AuditEntry::detail).allMatch(detail -> detail.endsWith("(the student is of age)")).hasSize(2);
        assertThat(documents.forFamily(ADULT, adult).decisions()).as("the student themself").hasSize(1);

        guardianships.allowGuardian(ADULT, guardian);

        assertThat(documents.forFamily(GUARDIAN, adult).decisions()).extracting(SupportDecisionSummary::id)
                .containsExactly(id);
    }

    @Test
    void theOverviewCountsWhatTheFamilyWouldSeeAndNothingOfADraft() {
        decisions.draft(TEACHER, school.pupil1, readingSupport());
        assertThat(documents.familyOverview(GUARDIAN, school.pupil1).isEmpty()).as("only a draft").isTrue();

        UUID inForce = decisions.draft(TEACHER, school.pupil1, readingSupport());
        decisions.decide(PRINCIPAL, inForce, SupportDecisionsTest.COMPLETE);
        UUID later = decisions.draft(TEACHER, school.pupil1, readingSupport());
        decisions.decide(PRINCIPAL, later, new DecisionParts(LocalDate.now().minusDays(1), null, "Perustelut.",
                LocalDate.now().plusDays(10), LocalDate.now().plusMonths(3), "Oikaisuvaatimusohje."));
        UUID ended = decisions.draft(TEACHER, school.pupil1, readingSupport());
        decisions.decide(PRINCIPAL, ended, SupportDecisionsTest.COMPLETE);
        decisions.end(PRINCIPAL, ended, LocalDate.now(), "Tavoitteet saavutettu.");
        groups.record(TEACHER, school.class7b, GroupSupportForm.CO_TEACHING, "Samanaikaisopetus",
                LocalDate.now().minusDays(5), null);
        legacy.keep(CITY_ADMIN, school.pupil1, LegacyDocument.LEARNING_PLAN, LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 5, 31), Map.of("Tavoitteet", "Lukusujuvuus."));

        SupportOverview overview = documents.familyOverview(PUPIL, school.pupil1);

        assertThat(overview).isEqualTo(new SupportOverview(1, 1, 1, LocalDate.now().plusMonths(3), 1, 1));
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.read", null, null)))
                .as("each overview is a read").isEqualTo(2);
    }

    private static SupportDraft readingSupport() {
        return new SupportDraft(Set.of(SupportMeasure.SPECIAL_NEEDS_TEACHING_PART_TIME), Set.of("AI"),
                "Lukemisen sujuvuus jää jälkeen ikätasosta.", "Lukusujuvuus paranee.",
                "Erityisopettaja kaksi tuntia viikossa pienryhmässä.");
    }

    private UUID person(String given, String family, LocalDate born, Role role, Actor account) {
        UUID id = register.addPerson(CITY_ADMIN, new NewPerson(given, family, null, born, null, role,
                school.ownSchool));
        register.linkAccount(CITY_ADMIN, id, account.accountId());
        return id;
    }
}
