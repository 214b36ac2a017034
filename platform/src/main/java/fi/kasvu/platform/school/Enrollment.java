package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person in a class, as a student, teacher or aide, from a day to a day (open-ended while it lasts). */
@Entity
@Table(name = "enrollment")
class Enrollment {

    @Id
    private UUID id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(name = "class_id", nullable = false)
    private UUID classId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    @Column(nullable = false)
    private String role;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "begin_date")
    private LocalDate beginDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private String status;

    protected Enrollment() {
    }

    Enrollment(UUID classId, UUID personId, UUID schoolId, EnrollmentRole role, boolean primary, LocalDate beginDate,
               LocalDate endDate) {
        this.id = UUID.randomUUID();
        this.sourceId = id.toString();
        this.classId = classId;
        this.personId = personId;
        this.schoolId = schoolId;
        this.role = role.oneRoster();
        this.primary = primary;
        this.beginDate = beginDate;
        this.endDate = endDate;
        this.status = "active";
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    UUID schoolId() {
        return schoolId;
    }

    LocalDate beginDate() {
        return beginDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    boolean lastsBeyond(LocalDate day) {
        return endDate == null || endDate.isAfter(day);
    }

    void endOn(LocalDate day) {
        this.endDate = day;
    }
}
