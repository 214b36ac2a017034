package fi.kasvu.platform.school;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A course of a school in a school year: the homeroom course its classes (luokat) belong to, or a subject's course its
 * teaching groups (opetusryhmät) belong to.
 */
@Entity
@Table(name = "course")
class Course {

    static final String HOMEROOM = "HOMEROOM";

    @Id
    private UUID id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(nullable = false)
    private String title;

    @Column(name = "course_code")
    private String courseCode;

    @Column(name = "school_year_id")
    private UUID schoolYearId;

    @Column(name = "school_id")
    private UUID schoolId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subject_codes", nullable = false)
    private String[] subjectCodes;

    protected Course() {
    }

    Course(String title, String courseCode, UUID schoolYearId, UUID schoolId, String subjectCode) {
        this.id = UUID.randomUUID();
        this.sourceId = id.toString();
        this.title = title;
        this.courseCode = courseCode;
        this.schoolYearId = schoolYearId;
        this.schoolId = schoolId;
        this.subjectCodes = subjectCode == null ? new String[0] : new String[] {subjectCode};
    }

    UUID id() {
        return id;
    }

    CourseSummary summary() {
        return new CourseSummary(id, title, courseCode, schoolId, schoolYearId,
                subjectCodes.length == 0 ? null : subjectCodes[0]);
    }
}
