package fi.kasvu.platform.lessons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holidays (lomat) on which no lessons are held: the municipality's (a city admin's to set) and a school's own
 * (its principal's too). A change re-expands the lessons of the classes it touches from today or the holiday's first
 * day, whichever is later, so the lessons of a new holiday go and those of a removed one come back; marked lessons stay.
 */
@Service
public class SchoolHolidays {

    static final int LONGEST_NAME = 100;

    private final EntityManager entities;
    private final SchoolAccess access;
    private final LessonExpansion expansion;
    private final AuditLog audit;
    private final Clock clock;

    SchoolHolidays(EntityManager entities, SchoolAccess access, LessonExpansion expansion, AuditLog audit, Clock clock) {
        this.entities = entities;
        this.access = access;
        this.expansion = expansion;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param schoolId none for a municipality-wide holiday (city admin only)
     */
    @Transactional
    public Holiday addHoliday(Actor actor, UUID schoolId, String name, LocalDate firstDay, LocalDate lastDay) {
        requireMayChange(actor, schoolId);
        String title = name == null ? "" : name.strip();
        if (title.isEmpty()) {
            throw new InvalidFieldException("name", "a holiday needs a name, e.g. Syysloma");
        }
        if (title.length() > LONGEST_NAME) {
            throw new InvalidFieldException("name", "at most " + LONGEST_NAME + " characters");
        }
        if (firstDay == null) {
            throw new InvalidFieldException("firstDay", "enter the first day of the holiday");
        }
        LocalDate last = lastDay == null ? firstDay : lastDay;
        if (last.isBefore(firstDay)) {
            throw new InvalidFieldException("lastDay", "the last day cannot come before the first");
        }
        if (firstDay.plusYears(1).isBefore(last)) {
            throw new InvalidFieldException("lastDay", "a holiday lasts at most a year");
        }
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("INSERT INTO holiday (id, school_id, name, first_day, last_day) "
                        + "VALUES (:id, :school, :name, :first, :last)")
                .setParameter("id", id).setParameter("school", schoolId).setParameter("name", title)
                .setParameter("first", firstDay).setParameter("last", last).executeUpdate();
        reexpand(schoolId, firstDay);
        audit.record(actor, "holiday.added", null, "holiday " + id + (schoolId == null ? "" : " at school " + schoolId));
        return new Holiday(id, schoolId, title, firstDay, last);
    }

    @Transactional
    public void removeHoliday(Actor actor, UUID holidayId) {
        Holiday holiday = holidays("WHERE id = :id", Set.of(holidayId)).stream().findFirst()
                .orElseThrow(() -> new InvalidFieldException("holiday", "there is no such holiday"));
        requireMayChange(actor, holiday.schoolId());
        entities.createNativeQuery("DELETE FROM holiday WHERE id = :id").setParameter("id", holidayId).executeUpdate();
        reexpand(holiday.schoolId(), holiday.firstDay());
        audit.record(actor, "holiday.removed", null, "holiday " + holidayId);
    }

    /** The municipality's holidays and, when a school is given, that school's own; by first day. Public knowledge. */
    @Transactional(readOnly = true)
    public List<Holiday> holidays(UUID schoolId) {
        return schoolId == null ? holidays("WHERE school_id IS NULL", Set.of())
                : holidays("WHERE school_id IS NULL OR school_id = :school", Set.of(schoolId));
    }

    private void requireMayChange(Actor actor, UUID schoolId) {
        if (schoolId == null) {
            access.requireCityAdmin(actor, "sets the municipality's holidays");
        } else {
            access.requireSchool(actor, schoolId);
        }
    }

    private void reexpand(UUID schoolId, LocalDate firstDay) {
        LocalDate today = LocalDate.now(clock);
        expansion.expandSchools(schoolId == null ? List.of() : List.of(schoolId),
                firstDay.isAfter(today) ? firstDay : today);
    }

    private List<Holiday> holidays(String where, Set<UUID> ids) {
        var query = entities.createNativeQuery("SELECT id, school_id, name, first_day, last_day FROM holiday " + where
                + " ORDER BY first_day, name", Tuple.class);
        if (where.contains(":id")) {
            query.setParameter("id", ids.iterator().next());
        } else if (where.contains(":school")) {
            query.setParameter("school", ids.iterator().next());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new Holiday(row.get("id", UUID.class), row.get("school_id", UUID.class),
                row.get("name", String.class), row.get("first_day", LocalDate.class),
                row.get("last_day", LocalDate.class))).toList();
    }
}
