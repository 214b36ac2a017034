package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's school years (1 August - 31 July), each with its autumn and spring term, and the grading periods
 * (an upper secondary school's jaksot) inside them. The calendar is the municipality's, so only a city admin changes it.
 */
@Service
public class SchoolCalendar {

    static final MonthDay YEAR_STARTS = MonthDay.of(8, 1);
    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2100;
    static final int LONGEST_TITLE = 200;

    private final AcademicSessions sessions;
    private final SchoolAccess access;
    private final AuditLog audit;

    SchoolCalendar(AcademicSessions sessions, SchoolAccess access, AuditLog audit) {
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The first day of the school year that holds the day: the municipality's own school year where it has one, else
     * 1 August (the law's school year, 1.8.-31.7.). For figures of "this school year"; no actor, as it reveals nothing.
     */
    @Transactional(readOnly = true)
    public LocalDate schoolYearStart(LocalDate day) {
        return sessions.schoolYears().stream().map(AcademicSession::summary)
                .filter(year -> !year.startDate().isAfter(day) && !year.endDate().isBefore(day))
                .map(AcademicSessionSummary::startDate).findFirst()
                .orElseGet(() -> YEAR_STARTS.atYear(day.getMonthValue() >= YEAR_STARTS.getMonthValue()
                        ? day.getYear() : day.getYear() - 1));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AcademicSessionSummary> schoolYears(Actor actor) {
        access.scopeOf(actor);
        return sessions.schoolYears().stream().map(AcademicSession::summary).toList();
    }

    /** The terms and grading periods of a year or term, in date order. */
    @Transactional(readOnly = true)
    public List<AcademicSessionSummary> sessionsIn(Actor actor, UUID parent) {
        access.scopeOf(actor);
        return sessions.children(parent).stream().map(AcademicSession::summary).toList();
    }

    /**
     * Adds the school year that ends in {@code endingYear} (2026 for 2025-2026) with its autumn term (1.8.-31.12.) and
     * spring term (1.1.-31.7.).
     */
    @Transactional
    public AcademicSessionSummary addSchoolYear(Actor actor, int endingYear) {
        access.requireCityAdmin(actor, "adds school years");
        if (endingYear < EARLIEST_YEAR || endingYear > LATEST_YEAR) {
            throw new InvalidFieldException("schoolYear", "a school year ends between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        if (sessions.schoolYear(endingYear).isPresent()) {
            throw new InvalidFieldException("schoolYear", "the school year " + (endingYear - 1) + "-" + endingYear
                    + " exists already");
        }
        int startingYear = endingYear - 1;
        var year = sessions.save(new AcademicSession("Lukuvuosi " + startingYear + "-" + endingYear,
                SessionType.SCHOOL_YEAR, YEAR_STARTS.atYear(startingYear), LocalDate.of(endingYear, 7, 31), null,
                endingYear));
        sessions.save(new AcademicSession("Syyslukukausi " + startingYear, SessionType.TERM,
                YEAR_STARTS.atYear(startingYear), LocalDate.of(startingYear, 12, 31), year.id(), endingYear));
        sessions.save(new AcademicSession("Kevätlukukausi " + endingYear, SessionType.TERM,
                LocalDate.of(endingYear, 1, 1), LocalDate.of(endingYear, 7, 31), year.id(), endingYear));
        audit.record(actor, "school-year.added", null, "school year " + year.id());
        return year.summary();
    }

    /** A grading period (e.g. an upper secondary school's period, jakso) inside a year or a term. */
    @Transactional
    public AcademicSessionSummary addGradingPeriod(Actor actor, UUID parent, String title, LocalDate start, LocalDate end) {
        access.requireCityAdmin(actor, "adds grading periods");
        AcademicSessionSummary within = require(parent, "parent");
        if (within.type() == SessionType.GRADING_PERIOD) {
            throw new InvalidFieldException("parent", "a grading period is inside a school year or a term");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "a grading period needs a title, e.g. '1. jakso'");
        }
        if (title.strip().length() > LONGEST_TITLE) {
            throw new InvalidFieldException("title", "at most " + LONGEST_TITLE + " characters");
        }
        if (start == null) {
            throw new InvalidFieldException("startDate", "enter the first day");
        }
        if (end == null) {
            throw new InvalidFieldException("endDate", "enter the last day");
        }
        if (end.isBefore(start)) {
            throw new InvalidFieldException("endDate", "the last day cannot come before the first");
        }
        if (!within.includes(start) || !within.includes(end)) {
            throw new InvalidFieldException("startDate", "a grading period lies within " + within.title() + " ("
                    + within.startDate() + " - " + within.endDate() + ")");
        }
        var period = sessions.save(new AcademicSession(title.strip(), SessionType.GRADING_PERIOD, start, end,
                within.id(), within.schoolYear()));
        audit.record(actor, "grading-period.added", null, "grading period " + period.id());
        return period.summary();
    }

    AcademicSessionSummary require(UUID id, String field) {
        if (id == null) {
            throw new InvalidFieldException(field, "choose a school year or term");
        }
        return sessions.findById(id).map(AcademicSession::summary)
                .orElseThrow(() -> new InvalidFieldException(field, "there is no such school year or term"));
    }

    /** The school year that ends in the given year, if the municipality has added it. */
    java.util.Optional<AcademicSessionSummary> schoolYear(int endingYear) {
        return sessions.schoolYear(endingYear).map(AcademicSession::summary);
    }

    List<AcademicSessionSummary> children(UUID parent) {
        return sessions.children(parent).stream().map(AcademicSession::summary).toList();
    }
}
