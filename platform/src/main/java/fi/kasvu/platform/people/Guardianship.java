package fi.kasvu.platform.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A guardian (huoltaja) of a student, and when the student, of age, allowed the guardian to go on acting for them. */
@Entity
@IdClass(Guardianship.Key.class)
@Table(name = "guardianship")
class Guardianship {

    @Id
    @Column(name = "guardian_id")
    private UUID guardianId;

    @Id
    @Column(name = "student_id")
    private UUID studentId;

    @Column(nullable = false)
    private String relation;

    @Column(name = "allowed_by_student_at")
    private Instant allowedByStudentAt;

    protected Guardianship() {
    }

    Guardianship(UUID guardianId, UUID studentId, String relation) {
        this.guardianId = guardianId;
        this.studentId = studentId;
        this.relation = relation;
    }

    UUID guardianId() {
        return guardianId;
    }

    UUID studentId() {
        return studentId;
    }

    Instant allowedByStudentAt() {
        return allowedByStudentAt;
    }

    void allowedByStudent(Instant at) {
        this.allowedByStudentAt = at;
    }

    record Key(UUID guardianId, UUID studentId) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
