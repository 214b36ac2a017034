package fi.kasvu.platform.welfare;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
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
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The welfare register: grants that end, reads only within a grant or a disclosure, everything audited. */
@PlatformTest
class WelfareRegisterTest {

    static final Actor CURATOR = new Actor("curator-account", "Kaisa Kuraattori", Set.of("welfare"));
    static final Actor CURATOR_ELSEWHERE = new Actor("curator-elsewhere", "Kalle Muualla", Set.of("welfare"));
    static final Actor TEACHER = new Actor("teacher-account", "Outi Opettaja", Set.of("teacher"));
    static final Actor GUARDIAN = new Actor("guardian-account", "Hanna Huoltaja", Set.of("guardian"));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister register;
    @Autowired Guardianships guardianships;
    @Autowired WelfareGrants grants;
    @Autowired WelfareRegister welfare;
    @Autowired AuditLog audit;
    @Autowired EntityManager entities;
    @Autowired TransactionTemplate transactions;

    TenantContext.Binding bound;
    SchoolStructureFixture school;
    UUID curator;
    UUID curatorElsewhere;
    UUID teacher;
    UUID guardian;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "hyvinkaa"));
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, register);
        curator = person("Kaisa", CURATOR, Role.TEACHER, school.ownSchool);
        curatorElsewhere = person("Kalle", CURATOR_ELSEWHERE, Role.TEACHER, school.otherSchool);
        teacher = person("Outi", TEACHER, Role.TEACHER, school.ownSchool);
        enrollments.enroll(CITY_ADMIN, school.class7b, teacher, EnrollmentRole.TEACHER, LocalDate.of(2025, 8, 1), null);
        guardian = person("Hanna", GUARDIAN, Role.GUARDIAN, school.ownSchool);
        guardianships.addGuardian(CITY_ADMIN, guardian, school.pupil2);
        grants.grant(PRINCIPAL, new NewGrant(curator, Profession.CURATOR, null, school.ownSchool,
                LocalDate.now().minusDays(1), LocalDate.now().plusMonths(10)));
        grants.grant(CITY_ADMIN, new NewGrant(curatorElsewhere, Profession.CURATOR, null, school.otherSchool,
                LocalDate.now().minusDays(1), LocalDate.now().plusMonths(10)));
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void aGrantWithoutAnEndOrTooLongOrForAnotherSchoolIsRefused() {
        assertThatThrownBy(() -> grants.grant(PRINCIPAL, new NewGrant(curator, Profession.PSYCHOLOGIST, school.pupil1,
                null, LocalDate.now(), null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
        assertThatThrownBy(() -> grants.grant(PRINCIPAL, new NewGrant(curator, Profession.PSYCHOLOGIST, school.pupil1,
                null, LocalDate.now(), LocalDate.now().plusYears(2))))
                .hasMessageContaining("at most 400 days");
        assertThatThrownBy(() -> grants.grant(PRINCIPAL, new NewGrant(curator, Profession.NURSE, null,
                school.otherSchool, LocalDate.now(), LocalDate.now().plusDays(30))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(grants.current(PRINCIPAL)).extracting(GrantSummary::workerId).containsExactly(curator);
    }

    @Test
    void aWorkerSeesThePupilsTheirGrantsCover() {
        assertThat(grants.pupilsCovered(CURATOR)).extracting(CoveredPupil::id)
                .containsExactlyInAnyOrder(school.pupil1, school.pupil2);
        assertThat(grants.pupilsCovered(CURATOR_ELSEWHERE)).isEmpty();
        assertThat(grants.pupilsCovered(TEACHER)).isEmpty();
    }

    @Test
    void aWorkerWithAGrantWritesAndReadsAndEveryReadIsAudited() {
        UUID record = welfare.write(CURATOR, school.pupil1, "Tapaaminen", "Keskusteltu koulumotivaatiosta.");

        assertThat(welfare.records(CURATOR, school.pupil1)).singleElement().satisfies(read -> {
            assertThat(read.id()).isEqualTo(record);
            assertThat(read.profession()).isEqualTo(Profession.CURATOR);
            assertThat(read.authorName()).isEqualTo("Kaisa Kuraattori");
        });
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, "curator-account", "welfare.read", null,
                null))).isEqualTo(1);
        assertThat(audit.search(CITY_ADMIN, new AuditQuery(school.pupil1, null, null, null, null), 0, 50))
                .noneMatch(entry -> String.valueOf(entry.detail()).contains("motivaatio"));
    }

    @Test
    void aWorkerOfAnotherSchoolATeacherAndAGuardianAreRefusedAndAudited() {
        welfare.write(CURATOR, school.pupil2, "Tapaaminen", "Sisältö.");

        assertThatThrownBy(() -> welfare.records(CURATOR_ELSEWHERE, school.pupil2)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> welfare.write(CURATOR_ELSEWHERE, school.pupil2, "x", "y"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> welfare.records(TEACHER, school.pupil2)).isInstanceOf(AccessRefusedException.class)
                .hasMessageNotContaining("Sisältö");
        assertThatThrownBy(() -> welfare.records(GUARDIAN, school.pupil2)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> welfare.records(PRINCIPAL, school.pupil2)).isInstanceOf(AccessRefusedException.class);

        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil2, null, "welfare.refused", null, null)))
                .isEqualTo(5);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil2, null, "welfare.read", null, null))).isZero();
    }

    @Test
    void aTeacherReadsOnlyWhatWasDisclosedToThemOnAConsent() {
        UUID first = welfare.write(CURATOR, school.pupil2, "Ensimmäinen", "Jaettava.");
        welfare.write(CURATOR, school.pupil2, "Toinen", "Ei jaeta.");
        assertThatThrownBy(() -> welfare.recordConsent(CURATOR, school.pupil2, teacher, "tiedot opettajalle", teacher,
                LocalDate.now(), null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("givenBy"));
        assertThatThrownBy(() -> welfare.disclose(CURATOR, first, teacher, null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("basis"));
        UUID consent = welfare.recordConsent(CURATOR, school.pupil2, guardian, "Tukitoimien suunnittelu", teacher,
                LocalDate.now(), LocalDate.now().plusMonths(3));

        assertThat(welfare.recipients(CURATOR, school.pupil2)).extracting(Recipient::id).contains(teacher);
        welfare.disclose(CURATOR, first, teacher, consent, null);

        assertThat(welfare.records(TEACHER, school.pupil2)).extracting(WelfareRecordSummary::title)
                .containsExactly("Ensimmäinen");
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil2, "teacher-account", "welfare.read", null,
                null))).isEqualTo(1);
    }

    @Test
    void aWithdrawnConsentDisclosesNothingMore() {
        UUID record = welfare.write(CURATOR, school.pupil2, "Tapaaminen", "Sisältö.");
        UUID consent = welfare.recordConsent(CURATOR, school.pupil2, guardian, "Opettajalle", null, LocalDate.now(), null);
        welfare.withdrawConsent(CURATOR, consent);

        assertThatThrownBy(() -> welfare.disclose(CURATOR, record, teacher, consent, null)).hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> welfare.records(TEACHER, school.pupil2)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anEndedOrRevokedGrantReachesNoOne() {
        UUID grant = grants.grant(PRINCIPAL, new NewGrant(curatorElsewhere, Profession.PSYCHOLOGIST, school.pupil1, null,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(5)));
        welfare.write(CURATOR_ELSEWHERE, school.pupil1, "Arvio", "Sisältö.");
        grants.revoke(PRINCIPAL, grant);
        assertThatThrownBy(() -> welfare.records(CURATOR_ELSEWHERE, school.pupil1)).isInstanceOf(AccessRefusedException.class);

        grants.grant(PRINCIPAL, new NewGrant(curatorElsewhere, Profession.PSYCHOLOGIST, school.pupil1, null,
                LocalDate.now().minusDays(10), LocalDate.now().minusDays(1)));
        assertThatThrownBy(() -> welfare.records(CURATOR_ELSEWHERE, school.pupil1)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aRecordIsKeptAsWritten() {
        UUID record = welfare.write(CURATOR, school.pupil1, "Tapaaminen", "Alkuperäinen.");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> entities.createNativeQuery(
                "UPDATE welfare_record SET content = 'muutettu' WHERE id = :id").setParameter("id", record)
                .executeUpdate())).hasStackTraceContaining("kept as written");
        assertThat(welfare.records(CURATOR, school.pupil1)).singleElement()
                .extracting(WelfareRecordSummary::content).isEqualTo("Alkuperäinen.");
    }

    private UUID person(String given, Actor account, Role role, UUID at) {
        UUID id = register.addPerson(CITY_ADMIN, new NewPerson(given, account.displayName().split(" ")[1],
                given.toLowerCase() + "@kunta.test", null, null, role, at));
        register.linkAccount(CITY_ADMIN, id, account.accountId());
        return id;
    }
}
