package fi.kasvu.platform.support;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Student-specific support from draft to decision, review and end; who may read and decide; records before 2025. */
@PlatformTest
class SupportDecisionsTest {

    static final Actor TEACHER = new Actor("teacher-account", "Outi Opettaja", Set.of("teacher"));
    static final Actor OTHER_TEACHER = new Actor("other-teacher-account", "Ville Vieras", Set.of("teacher"));
    static final Actor SPECIAL = new Actor("special-account", "Erja Erityisopettaja", Set.of("special-needs-teacher"));
    static final Actor SPECIAL_ELSEWHERE = new Actor("special-elsewhere", "Eero Muualla", Set.of("special-needs-teacher"));
    static final Actor GOVERNANCE = new Actor("governance-account", "Sivistysjohtaja", Set.of("governance"));
    static final DecisionParts COMPLETE = new DecisionParts(LocalDate.now().minusDays(3), "Huoltaja kannattaa.",
            "Lukemisen vaikeus ei ole helpottunut ryhmäkohtaisella tuella.", LocalDate.now(),
            LocalDate.now().plusMonths(6), "Oikaisuvaatimus aluehallintovirastolle 14 päivän kuluessa.");

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister register;
    @Autowired SupportDecisions decisions;
    @Autowired SupportDocuments documents;
    @Autowired GroupSupports groups;
    @Autowired LegacySupportRecords legacy;
    @Autowired AuditLog audit;
    @Autowired SupportRoster roster;

    TenantContext.Binding bound;
    SchoolStructureFixture school;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "porvoo"));
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, register);
        UUID teacher = staff("Outi", TEACHER, school.ownSchool);
        staff("Ville", OTHER_TEACHER, school.ownSchool);
        staff("Erja", SPECIAL, school.ownSchool);
        staff("Eero", SPECIAL_ELSEWHERE, school.otherSchool);
        enrollments.enroll(CITY_ADMIN, school.class7b, teacher, EnrollmentRole.TEACHER, LocalDate.of(2025, 8, 1), null);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void aTeacherDraftsThePrincipalDecidesAndTheDecisionIsInForceFromItsStart() {
        UUID id = decisions.draft(TEACHER, school.pupil1, readingSupport());

        assertThat(decisions.decision(TEACHER, id).stage()).isEqualTo(SupportStage.DRAFTED);
        decisions.decide(PRINCIPAL, id, COMPLETE);

        SupportDecisionSummary decided = decisions.decision(SPECIAL, id);
        assertThat(decided.stage()).isEqualTo(SupportStage.IN_FORCE);
        assertThat(decided.measures()).containsExactly(SupportMeasure.SPECIAL_NEEDS_TEACHING_PART_TIME);
        assertThat(decided.subjects()).containsExactly("AI");
        assertThat(decided.decidedBy()).isEqualTo("Risto Rehtori");
        assertThat(decided.appealInstructions()).startsWith("Oikaisuvaatimus");
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.decided", null, null)))
                .isEqualTo(1);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.read", null, null)))
                .isEqualTo(2);
    }

    @Test
    void aDecisionStartingLaterIsDecidedButNotYetInForce() {
        UUID id = decisions.draft(TEACHER, school.pupil1, readingSupport());
        decisions.decide(PRINCIPAL, id, new DecisionParts(COMPLETE.hearingDate(), null, COMPLETE.grounds(),
                LocalDate.now().plusDays(10), LocalDate.now().plusMonths(6), COMPLETE.appealInstructions()));

        assertThat(decisions.decision(PRINCIPAL, id).stage()).isEqualTo(SupportStage.DECIDED);
    }

    @Test
    void aDecisionWithoutItsRequiredPartsIsRefusedNamingEveryPartAndStaysADraft() {
        UUID id = decisions.draft(TEACHER, school.pupil1, new SupportDraft(Set.of(SupportMeasure.SMALL_GROUP_TEACHING),
                Set.of(), null, null, null));

        assertThatThrownBy(() -> decisions.decide(PRINCIPAL, id, new DecisionParts(null, null, " ", LocalDate.now(),
                null, null)))
                .isInstanceOfSatisfying(MissingPartsException.class, e -> assertThat(e.parts()).containsExactly(
                        "subjects", "needAssessment", "arrangements", "hearingDate", "grounds", "reviewBy",
                        "appealInstructions"));
        assertThat(decisions.decision(PRINCIPAL, id).stage()).isEqualTo(SupportStage.DRAFTED);
        assertThat(decisions.decision(PRINCIPAL, id).decidedBy()).isNull();
    }

    @Test
    void aHearingAfterTheDecisionOrAReviewBeforeTheStartIsRefused() {
        UUID id = decisions.draft(TEACHER, school.pupil1, readingSupport());

        assertThatThrownBy(() -> decisions.decide(PRINCIPAL, id, new DecisionParts(LocalDate.now().plusDays(1), null,
                COMPLETE.grounds(), COMPLETE.startDate(), COMPLETE.reviewBy(), COMPLETE.appealInstructions())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("hearingDate"));
        assertThatThrownBy(() -> decisions.decide(PRINCIPAL, id, new DecisionParts(COMPLETE.hearingDate(), null,
                COMPLETE.grounds(), COMPLETE.startDate(), COMPLETE.startDate(), COMPLETE.appealInstructions())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reviewBy"));
    }

    @Test
    void subjectsOnlyForMeasuresGivenPerSubjectAndOnlyRealOnes() {
        assertThatThrownBy(() -> decisions.draft(TEACHER, school.pupil1, new SupportDraft(
                Set.of(SupportMeasure.SPECIAL_AIDS), Set.of("MA"), "x", null, "y")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("subjects"));
        assertThatThrownBy(() -> decisions.draft(TEACHER, school.pupil1, new SupportDraft(
                Set.of(SupportMeasure.SMALL_GROUP_TEACHING), Set.of("XX"), "x", null, "y")))
                .hasMessageContaining("no subject XX");
    }

    @Test
    void onlyThePrincipalDecidesAndEndsAndATeacherReviews() {
        UUID id = decisions.draft(TEACHER, school.pupil1, readingSupport());
        assertThatThrownBy(() -> decisions.decide(TEACHER, id, COMPLETE)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> decisions.decide(SPECIAL, id, COMPLETE)).isInstanceOf(AccessRefusedException.class);
        decisions.decide(PRINCIPAL, id, COMPLETE);

        decisions.review(SPECIAL, id, LocalDate.now(), ReviewOutcome.CONTINUE, "Edistyy.", LocalDate.now().plusMonths(6));
        assertThat(decisions.decision(TEACHER, id).stage()).isEqualTo(SupportStage.REVIEWED);
        assertThatThrownBy(() -> decisions.review(TEACHER, id, LocalDate.now(), ReviewOutcome.END, "Valmis.", null))
                .isInstanceOf(AccessRefusedException.class);
        decisions.review(PRINCIPAL, id, LocalDate.now(), ReviewOutcome.END, "Tavoitteet saavutettu.", null);

        SupportDecisionSummary ended = decisions.decision(TEACHER, id);
        assertThat(ended.stage()).isEqualTo(SupportStage.ENDED);
        assertThat(ended.endedOn()).isEqualTo(LocalDate.now());
        assertThat(ended.reviews()).extracting(SupportReviewSummary::outcome)
                .containsExactly(ReviewOutcome.CONTINUE, ReviewOutcome.END);
        assertThatThrownBy(() -> decisions.end(PRINCIPAL, id, LocalDate.now(), "uudestaan"))
                .hasMessageContaining("ended already");
    }

    @Test
    void outsidersAreRefusedAndEachRefusalIsAudited() {
        UUID id = decisions.draft(TEACHER, school.pupil1, readingSupport());

        for (Actor outsider : new Actor[] {OTHER_TEACHER, SPECIAL_ELSEWHERE, GOVERNANCE, CITY_ADMIN}) {
            assertThatThrownBy(() -> decisions.decision(outsider, id)).as(outsider.displayName())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> documents.of(outsider, school.pupil1)).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.refused", null, null)))
                .isEqualTo(8);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(school.pupil1, null, "support.read", null, null)))
                .isZero();
    }

    @Test
    void theSupportDocumentGathersDecisionsGroupSupportAndRecordsBefore2025InTheirOwnForm() {
        UUID id = decisions.draft(TEACHER, school.pupil1, readingSupport());
        decisions.decide(PRINCIPAL, id, COMPLETE);
        groups.record(TEACHER, school.class7b, GroupSupportForm.CO_TEACHING, "Samanaikaisopetus matematiikassa",
                LocalDate.now().minusDays(30), null);
        var sections = new LinkedHashMap<String, String>();
        sections.put("Oppilaan vahvuudet", "Sinnikäs.");
        sections.put("Tavoitteet", "Lukusujuvuus.");
        sections.put("Arviointi", "Seurataan jaksoittain.");
        legacy.keep(CITY_ADMIN, school.pupil1, LegacyDocument.LEARNING_PLAN, LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 5, 31), sections);

        SupportDocument document = documents.of(SPECIAL, school.pupil1);

        assertThat(document.decisions()).singleElement().extracting(SupportDecisionSummary::stage)
                .isEqualTo(SupportStage.IN_FORCE);
        assertThat(document.groupSupport()).singleElement().extracting(GroupSupportSummary::form)
                .isEqualTo(GroupSupportForm.CO_TEACHING);
        assertThat(document.before2025()).singleElement().satisfies(record -> {
            assertThat(record.tier()).isEqualTo(LegacyTier.INTENSIFIED);
            assertThat(record.sections().keySet()).containsExactly("Oppilaan vahvuudet", "Tavoitteet", "Arviointi");
        });
    }

    @Test
    void aRecordOfThreeTierSupportDatedAfterItEndedIsRefused() {
        assertThatThrownBy(() -> legacy.keep(CITY_ADMIN, school.pupil1, LegacyDocument.INDIVIDUAL_EDUCATION_PLAN,
                LocalDate.of(2025, 8, 1), null, java.util.Map.of("HOJKS", "teksti")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
        assertThatThrownBy(() -> legacy.keep(PRINCIPAL, school.pupil1, LegacyDocument.LEARNING_PLAN,
                LocalDate.of(2024, 8, 1), LocalDate.of(2025, 12, 31), java.util.Map.of("a", "b")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
        assertThat(legacy.of(PRINCIPAL, school.pupil1)).isEmpty();
    }

    @Test
    void eachListsThePupilsWhoseSupportTheyWorkOn() {
        assertThat(roster.pupils(TEACHER)).extracting(PupilChoice::id).containsExactlyInAnyOrder(school.pupil1, school.pupil2);
        assertThat(roster.pupils(TEACHER)).extracting(PupilChoice::className).containsOnly("7B");
        assertThat(roster.pupils(SPECIAL)).extracting(PupilChoice::id).containsExactlyInAnyOrder(school.pupil1, school.pupil2);
        assertThat(roster.pupils(PRINCIPAL)).extracting(PupilChoice::id).containsExactlyInAnyOrder(school.pupil1, school.pupil2);
        assertThat(roster.pupils(OTHER_TEACHER)).isEmpty();
        assertThat(roster.pupils(SPECIAL_ELSEWHERE)).isEmpty();
        assertThat(roster.pupils(GOVERNANCE)).isEmpty();
    }

    private static SupportDraft readingSupport() {
        return new SupportDraft(Set.of(SupportMeasure.SPECIAL_NEEDS_TEACHING_PART_TIME), Set.of("AI"),
                "Lukemisen sujuvuus jää jälkeen ikätasosta.", "Lukusujuvuus paranee.",
                "Erityisopettaja kaksi tuntia viikossa pienryhmässä.");
    }

    private UUID staff(String given, Actor account, UUID at) {
        UUID id = register.addPerson(CITY_ADMIN, new NewPerson(given, account.displayName().split(" ")[1],
                given.toLowerCase() + "@kunta.test", null, null, Role.TEACHER, at));
        register.linkAccount(CITY_ADMIN, id, account.accountId());
        return id;
    }
}
