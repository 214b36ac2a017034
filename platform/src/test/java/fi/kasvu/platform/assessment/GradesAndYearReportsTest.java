package fi.kasvu.platform.assessment;

import static fi.kasvu.platform.assessment.AssessmentFixture.GUARDIAN;
import static fi.kasvu.platform.assessment.AssessmentFixture.PUPIL;
import static fi.kasvu.platform.assessment.AssessmentFixture.SECOND_GRADE_TEACHER;
import static fi.kasvu.platform.assessment.AssessmentFixture.STRANGER;
import static fi.kasvu.platform.assessment.AssessmentFixture.TEACHER;
import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolLanguage;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Term and year grades by the curriculum's rules, and the year reports made of them. */
@PlatformTest
@RecordApplicationEvents
class GradesAndYearReportsTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired GradeBook grades;
    @Autowired YearReports reports;
    @Autowired AuditLog audit;
    @Autowired ApplicationEvents events;
    @Autowired Clock clock;

    TenantContext.Binding bound;
    AssessmentFixture fixture;
    SchoolStructureFixture school;
    UUID autumn;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "porvoo"));
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
        fixture = new AssessmentFixture(school, classes, enrollments, people, guardianships);
        autumn = calendar.sessionsIn(CITY_ADMIN, school.year).stream()
                .filter(s -> s.type() == fi.kasvu.platform.school.SessionType.TERM)
                .min(java.util.Comparator.comparing(s -> s.startDate())).orElseThrow().id();
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void theTeacherGivesTermGradesToTheGroupAndEachIsAnnounced() {
        grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.TERM, autumn, List.of(
                new GradeEntry(school.pupil1, "8", false), new GradeEntry(school.pupil2, "4", false))));

        assertThat(grades.gradesOfGroup(TEACHER, fixture.maths, "MA", GradeKind.TERM, autumn))
                .extracting(row -> row.score().display()).containsExactly("8", "4");
        assertThat(events.stream(GradeRecorded.class)).extracting(GradeRecorded::studentId, GradeRecorded::subjectCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(school.pupil1, "MA"),
                        org.assertj.core.groups.Tuple.tuple(school.pupil2, "MA"));
    }

    @Test
    void aGradeOffTheRulesRefusesTheSheetNamingTheRowAndWritesNothing() {
        assertThatThrownBy(() -> grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null,
                List.of(new GradeEntry(school.pupil1, "9", false), new GradeEntry(school.pupil2, "Osaa hyvin", false)))))
                .isInstanceOfSatisfying(RowRefusedException.class, e -> {
                    assertThat(e.row()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.getMessage()).contains("Eetu Oppilas").contains("only in grades 1-3");
                });
        assertThatThrownBy(() -> grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null,
                List.of(new GradeEntry(school.pupil1, "S", false))))).hasMessageContaining("S/H is not allowed");
        assertThatThrownBy(() -> grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null,
                List.of(new GradeEntry(school.pupil1, "11", false))))).hasMessageContaining("outside the scale");
        assertThatThrownBy(() -> grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.TERM,
                school.nextYear, List.of(new GradeEntry(school.pupil1, "8", false)))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("term"));
        assertThatThrownBy(() -> grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, "EN", GradeKind.YEAR,
                null, List.of()))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("subject"));

        assertThat(grades.gradesOfGroup(TEACHER, fixture.maths, "MA", GradeKind.YEAR, null))
                .allSatisfy(row -> assertThat(row.score()).isNull());
        assertThat(events.stream(GradeRecorded.class)).isEmpty();
    }

    @Test
    void passFailIsTakenInSubjectsMarkedSoAndInOptionalStudies() {
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "OP", GradeKind.YEAR, null,
                List.of(new GradeEntry(school.pupil1, "S", false))));
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "KU", GradeKind.YEAR, null,
                List.of(new GradeEntry(school.pupil1, "S", true))));
        grades.allowPassFail(CITY_ADMIN, "LI", true);
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "LI", GradeKind.YEAR, null,
                List.of(new GradeEntry(school.pupil1, "H", false))));

        assertThat(grades.gradesOf(PUPIL, school.pupil1)).extracting(GradeRow::subjectCode, r -> r.score().display())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("OP", "S"),
                        org.assertj.core.groups.Tuple.tuple("KU", "S"), org.assertj.core.groups.Tuple.tuple("LI", "H"));
        assertThatThrownBy(() -> grades.allowPassFail(TEACHER, "MA", true)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void gradesAreSeenByTheStudentTheGuardianUnderTheRuleAndStaffWithAnAuditEntry() {
        grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "9", false), new GradeEntry(school.pupil2, "7", false))));

        assertThat(grades.gradesOf(GUARDIAN, school.pupil2)).singleElement()
                .satisfies(row -> assertThat(row.score().display()).isEqualTo("7"));
        assertThatThrownBy(() -> grades.gradesOf(GUARDIAN, school.pupil1)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> grades.gradesOf(PUPIL, school.pupil2)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> grades.gradesOf(STRANGER, school.pupil2)).isInstanceOf(AccessRefusedException.class);
        assertThat(grades.gradesOf(PRINCIPAL, school.pupil2)).hasSize(1);

        var reads = audit.search(CITY_ADMIN, new AuditQuery(school.pupil2, null, GradeBook.GRADES_READ, null, null), 0, 50);
        assertThat(reads).extracting(e -> e.actor()).anySatisfy(a -> assertThat(a).contains("principal-account"))
                .noneSatisfy(a -> assertThat(a).contains("hanna-account"));
    }

    @Test
    void aYearReportIsRefusedNamingTheStudentAndSubjectWhenAGradeIsMissing() {
        grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null,
                List.of(new GradeEntry(school.pupil1, "9", false))));
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "AI", GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "8", false), new GradeEntry(school.pupil2, "7", false))));

        assertThatThrownBy(() -> reports.classPdf(TEACHER, school.class7b))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage())
                        .contains("Eetu Oppilas has no year grade in Matematiikka (MA)"));
        assertThatThrownBy(() -> reports.classPdf(STRANGER, school.class7b)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> reports.classPdf(TEACHER, fixture.maths)).hasMessageContaining("teaching group");
    }

    @Test
    void theClassReportIsOnePdfWithAPagePerStudentAndEveryLetterPrints() throws Exception {
        grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "9", false), new GradeEntry(school.pupil2, "6", false))));
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "AI", GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "10", false), new GradeEntry(school.pupil2, "8", false))));

        byte[] pdf = reports.classPdf(PRINCIPAL, school.class7b);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = text(document, 1);
            assertThat(first).contains("LUKUVUOSITODISTUS", "Hakunilan koulu", "Luokka 7B", "Aino Oppilas",
                    "Äidinkieli ja kirjallisuus 10", "Matematiikka 9", "Risto Rehtori, rehtori", "2025-2026");
            assertThat(first.indexOf("Äidinkieli")).isLessThan(first.indexOf("Matematiikka"));
            assertThat(first).contains("Lukuvuosi 2025-2026", "Luokka 7B, 7. vuosiluokka", "Oppiaine", "Arvosana",
                    "10 erinomainen", "Hakunilan koulu " + reportDay().format(DateTimeFormatter.ofPattern("d.M.yyyy")))
                    .doesNotContain("LÄSÅRSBETYG", "Läsåret", "Klass", "Vitsord", "rektor");
            assertThat(text(document, 2)).contains("Eetu Oppilas", "Äidinkieli ja kirjallisuus 8", "Matematiikka 6");
        }
    }

    @Test
    void aSecondGradersReportMayBeInWords() throws Exception {
        String words = "Åsa lukee sujuvasti ja kertoo tarinoita elävästi; yhteistyö ryhmässä sujuu hyvin. "
                + "Harjoittelemme vielä kirjoittamista.";
        grades.recordGrades(SECOND_GRADE_TEACHER, new GradeSheet(fixture.class2a, "AI", GradeKind.YEAR, null,
                List.of(new GradeEntry(fixture.secondGrader, words, false))));

        byte[] pdf = reports.studentPdf(SECOND_GRADE_TEACHER, fixture.class2a, fixture.secondGrader);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1).replaceAll("\\s+", " ");
            assertThat(text).contains("Åsa Ärölä", "Äidinkieli ja kirjallisuus", "Åsa lukee sujuvasti",
                    "Harjoittelemme vielä kirjoittamista.");
        }
    }

    @Test
    void aSwedishLanguageSchoolsReportsAreInSwedishThroughout() throws Exception {
        schools.changeSchool(CITY_ADMIN, school.ownSchool, "Håkansböle skola", SchoolKind.BASIC, SchoolLanguage.SWEDISH);
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "AI", GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "10", false), new GradeEntry(school.pupil2, "8", false))));
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "FI", GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "8", false), new GradeEntry(school.pupil2, "7", false))));
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "KU", GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "S", true), new GradeEntry(school.pupil2, "9", false))));
        grades.recordGrades(TEACHER, new GradeSheet(school.class7b, "OP", GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "S", false), new GradeEntry(school.pupil2, "H", false))));
        grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "9", false))));

        assertThatThrownBy(() -> reports.classPdf(PRINCIPAL, school.class7b)).hasMessageContaining(
                "Eetu Oppilas has no year grade in Matematik (MA)");
        grades.recordGrades(TEACHER, new GradeSheet(fixture.maths, null, GradeKind.YEAR, null, List.of(
                new GradeEntry(school.pupil1, "9", false), new GradeEntry(school.pupil2, "6", false))));
        byte[] pdf = reports.classPdf(PRINCIPAL, school.class7b);

        String day = reportDay().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-FI")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = text(document, 1);
            assertThat(first).contains("Håkansböle skola", "LÄSÅRSBETYG", "Läsåret 2025–2026", "Aino Oppilas",
                    "Klass 7B, årskurs 7", "Läroämne Vitsord", "Modersmål och litteratur 10", "Finska 8", "Matematik 9",
                    "Bildkonst (valfritt) G", "Elevhandledning G", "Håkansböle skola " + day, "Risto Rehtori, rektor");
            assertThat(first.replaceAll("\\s+", " ")).contains("Vitsord: 10 utmärkt, 9 berömlig, 8 god, 7 nöjaktig, "
                    + "6 hjälplig, 5 försvarlig, 4 underkänd. G godkänd, U underkänd.");
            assertThat(first.indexOf("Modersmål")).isLessThan(first.indexOf("Finska"));
            assertThat(first.indexOf("Finska")).isLessThan(first.indexOf("Matematik"));
            assertThat(first).doesNotContain("LUKUVUOSITODISTUS", "Lukuvuosi", "Luokka", "vuosiluokka", "Oppiaine",
                    "Arvosana", "rehtori", "Äidinkieli", "Suomi", "Matematiikka", "Kuvataide", "valinnainen",
                    "erinomainen", "suoritettu", "(valfritt) S", "Elevhandledning S");
            String second = text(document, 2);
            assertThat(second).contains("Eetu Oppilas", "Modersmål och litteratur 8", "Finska 7", "Matematik 6",
                    "Bildkonst 9", "Elevhandledning U").doesNotContain("Elevhandledning H");
        }
    }

    /** The day a report is dated: today, or the school year's last day once it has passed. */
    private LocalDate reportDay() {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(2026, 7, 31);
        return today.isBefore(yearEnd) ? today : yearEnd;
    }

    private static String text(PDDocument document, int page) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
