package fi.kasvu.platform.school;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "academic_session")
class AcademicSession {

    @Id
    private UUID id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String type;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Column(nullable = false)
    private String status;

    protected AcademicSession() {
    }

    AcademicSession(String title, SessionType type, LocalDate startDate, LocalDate endDate, UUID parentId, int schoolYear) {
        this.id = UUID.randomUUID();
        this.sourceId = id.toString();
        this.title = title;
        this.type = type.oneRoster();
        this.startDate = startDate;
        this.endDate = endDate;
        this.parentId = parentId;
        this.schoolYear = schoolYear;
        this.status = "active";
    }

    UUID id() {
        return id;
    }

    AcademicSessionSummary summary() {
        return new AcademicSessionSummary(id, title, SessionType.of(type), startDate, endDate, parentId, schoolYear);
    }
}
