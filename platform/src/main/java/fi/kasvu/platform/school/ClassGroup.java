package fi.kasvu.platform.school;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A class (luokka) or a teaching group (opetusryhmä), with the terms it runs in. */
@Entity
@Table(name = "class_group")
class ClassGroup {

    @Id
    private UUID id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(nullable = false)
    private String title;

    @Column(name = "class_type", nullable = false)
    private String classType;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] grades;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subject_codes", nullable = false)
    private String[] subjectCodes;

    @Column(nullable = false)
    private String status = "active";

    @ElementCollection
    @CollectionTable(name = "class_term", joinColumns = @JoinColumn(name = "class_id"))
    @Column(name = "session_id")
    private Set<UUID> terms = new LinkedHashSet<>();

    protected ClassGroup() {
    }

    ClassGroup(String title, ClassType type, UUID courseId, UUID schoolId, String grade, String subjectCode,
               Set<UUID> terms) {
        this.id = UUID.randomUUID();
        this.sourceId = id.toString();
        this.title = title;
        this.classType = type.oneRoster();
        this.courseId = courseId;
        this.schoolId = schoolId;
        this.grades = grade == null ? new String[0] : new String[] {grade};
        this.subjectCodes = subjectCode == null ? new String[0] : new String[] {subjectCode};
        this.terms.addAll(terms);
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    ClassType type() {
        return ClassType.of(classType);
    }

    UUID courseId() {
        return courseId;
    }

    UUID schoolId() {
        return schoolId;
    }

    String grade() {
        return grades.length == 0 ? null : grades[0];
    }

    String subjectCode() {
        return subjectCodes.length == 0 ? null : subjectCodes[0];
    }
}
