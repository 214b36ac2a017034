package fi.kasvu.platform.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fi.kasvu.platform.school.SchoolLanguage;

/**
 * The fixed words of a year report in the school's language of instruction: a Finnish-language school's
 * lukuvuositodistus, a Swedish-language school's läsårsbetyg. The subject names come from the {@code subject} table;
 * the Swedish words, grade words and marks are those of the core curriculum (docs/assessment.md says where from).
 */
enum YearReportWording {

    FINNISH("LUKUVUOSITODISTUS", "Lukuvuosi ", "Oppiaine", "Arvosana", " (valinnainen)",
            "Arvosanat: 10 erinomainen, 9 kiitettävä, 8 hyvä, 7 tyydyttävä, 6 kohtalainen, 5 välttävä, 4 hylätty. "
                    + "S suoritettu, H hylätty.", ", rehtori"),
    SWEDISH("LÄSÅRSBETYG", "Läsåret ", "Läroämne", "Vitsord", " (valfritt)",
            "Vitsord: 10 utmärkt, 9 berömlig, 8 god, 7 nöjaktig, 6 hjälplig, 5 försvarlig, 4 underkänd. "
                    + "G godkänd, U underkänd.", ", rektor");

    private static final DateTimeFormatter FINNISH_DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    /** Written out as Finland-Swedish writes a date in a letter (30 maj 2026), not from the JDK's locale data. */
    private static final String[] SWEDISH_MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december"};

    final String title;
    final String subjectHeading;
    final String gradeHeading;
    final String scale;
    private final String schoolYearWord;
    private final String optional;
    private final String principalTitle;

    YearReportWording(String title, String schoolYearWord, String subjectHeading, String gradeHeading, String optional,
                      String scale, String principalTitle) {
        this.title = title;
        this.schoolYearWord = schoolYearWord;
        this.subjectHeading = subjectHeading;
        this.gradeHeading = gradeHeading;
        this.optional = optional;
        this.scale = scale;
        this.principalTitle = principalTitle;
    }

    static YearReportWording of(SchoolLanguage language) {
        return language == SchoolLanguage.SWEDISH ? SWEDISH : FINNISH;
    }

    /** "Lukuvuosi 2025-2026", "Läsåret 2025–2026". */
    String schoolYear(String years) {
        return schoolYearWord + years;
    }

    /** "Luokka 7B, 7. vuosiluokka", "Klass 7B, årskurs 7". */
    String classLine(String classTitle, Integer gradeLevel) {
        return switch (this) {
            case FINNISH -> "Luokka " + classTitle + (gradeLevel == null ? "" : ", " + gradeLevel + ". vuosiluokka");
            case SWEDISH -> "Klass " + classTitle + (gradeLevel == null ? "" : ", årskurs " + gradeLevel);
        };
    }

    String subject(YearReport.Line row) {
        return row.subjectName() + (row.optional() ? optional : "");
    }

    /** The grade as the report prints it: a pass is S (suoritettu) in Finnish, G (godkänd) in Swedish. */
    String grade(YearReport.Line row) {
        if (this == FINNISH || row.verbal()) {
            return row.value();
        }
        return switch (row.value()) {
            case "S" -> "G";
            case "H" -> "U";
            default -> row.value();
        };
    }

    /** "Hakunilan koulu 31.7.2026", "Kyrkoby skola 31 juli 2026". */
    String placeAndDay(String school, LocalDate day) {
        return school + " " + switch (this) {
            case FINNISH -> FINNISH_DAY.format(day);
            case SWEDISH -> day.getDayOfMonth() + " " + SWEDISH_MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
        };
    }

    String signature(String principal) {
        return principal + principalTitle;
    }
}
