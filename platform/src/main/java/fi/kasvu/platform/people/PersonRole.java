package fi.kasvu.platform.people;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's role at a school, from a day to a day. */
@Entity
@Table(name = "person_role")
class PersonRole {

    @Id
    private UUID id;

    @Column(name = "source_id")
    private String sourceId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(nullable = false)
    private String role;

    @Column(name = "role_type", nullable = false)
    private String roleType;

    @Column(name = "school_id")
    private UUID schoolId;

    @Column(name = "begin_date")
    private LocalDate beginDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private String status;

    protected PersonRole() {
    }

    PersonRole(UUID personId, Role role, boolean primary, UUID schoolId, LocalDate beginDate) {
        this.id = UUID.randomUUID();
        this.sourceId = id.toString();
        this.personId = personId;
        this.role = role.oneRoster();
        this.roleType = primary ? "primary" : "secondary";
        this.schoolId = schoolId;
        this.beginDate = beginDate;
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

    String role() {
        return role;
    }

    LocalDate beginDate() {
        return beginDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    void end(LocalDate day) {
        this.endDate = day;
    }
}
