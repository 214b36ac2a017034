package fi.kasvu.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code audit_log}; the table refuses updates and deletes by trigger, and Hibernate never tries. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "person_id")
    private UUID personId;

    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, String actor, String action, UUID personId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.personId = personId;
        this.detail = detail;
    }

    AuditEntry entry() {
        return new AuditEntry(id, at, actor, action, personId, detail);
    }
}
