package fi.kasvu.platform.school;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school of the municipality; it lives in the tenant's schema. */
@Entity
@Table(name = "school")
class School {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolKind kind;

    @Convert(converter = SchoolLanguageColumn.class)
    @Column(nullable = false)
    private SchoolLanguage language;

    /** The OneRoster sourcedId; for a school made in Kasvu, its id. */
    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected School() {
    }

    School(String name, SchoolKind kind, SchoolLanguage language) {
        this.id = UUID.randomUUID();
        this.sourceId = id.toString();
        this.name = name;
        this.kind = kind;
        this.language = language;
    }

    UUID id() {
        return id;
    }

    void change(String name, SchoolKind kind) {
        this.name = name;
        this.kind = kind;
    }

    SchoolLanguage language() {
        return language;
    }

    void teachIn(SchoolLanguage language) {
        this.language = language;
    }

    SchoolSummary summary() {
        return new SchoolSummary(id, name, kind, language);
    }
}
