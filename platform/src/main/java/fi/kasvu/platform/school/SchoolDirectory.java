package fi.kasvu.platform.school;

import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of the municipality whose tenant is bound to the current thread. */
@Service
public class SchoolDirectory {

    static final int MAX_NAME_LENGTH = 200;

    private final Schools schools;
    private final SchoolAccess access;
    private final AuditLog audit;

    SchoolDirectory(Schools schools, SchoolAccess access, AuditLog audit) {
        this.schools = schools;
        this.access = access;
        this.audit = audit;
    }

    /** Every school: names and kinds are public information (the portal's front page lists them). */
    @Transactional(readOnly = true)
    public List<SchoolSummary> schools() {
        return schools.findAllByOrderByName().stream().map(School::summary).toList();
    }

    /** The schools the actor administers, of one kind or ({@code null}) of all. */
    @Transactional(readOnly = true)
    public List<SchoolSummary> schools(Actor actor, SchoolKind kind) {
        SchoolScope scope = access.scopeOf(actor);
        List<School> found = scope.everything()
                ? (kind == null ? schools.findAllByOrderByName() : schools.findByKindOrderByName(kind))
                : schools.findByIdInOrderByName(scope.schools());
        return found.stream().map(School::summary).filter(school -> kind == null || school.kind() == kind).toList();
    }

    @Transactional(readOnly = true)
    public SchoolSummary school(Actor actor, UUID id) {
        access.requireSchool(actor, id);
        return require(id).summary();
    }

    /** A city admin adds a school. */
    @Transactional
    public SchoolSummary addSchool(Actor actor, String name, SchoolKind kind) {
        access.requireCityAdmin(actor, "adds schools");
        SchoolSummary added = addSchool(name, kind);
        audit.record(actor, "school.added", null, "school " + added.id());
        return added;
    }

    /** Seeding and tests, where no person acts; every screen goes through {@link #addSchool(Actor, String, SchoolKind)}. */
    @Transactional
    public SchoolSummary addSchool(String name, SchoolKind kind) {
        String trimmed = checkedName(name);
        checkKind(kind);
        if (schools.existsByName(trimmed)) {
            throw new InvalidFieldException("name", "there is already a school called '" + trimmed + "'");
        }
        return schools.save(new School(trimmed, kind)).summary();
    }

    /** A city admin or the school's principal renames it or changes its kind. */
    @Transactional
    public SchoolSummary changeSchool(Actor actor, UUID id, String name, SchoolKind kind) {
        access.requireSchool(actor, id);
        String trimmed = checkedName(name);
        checkKind(kind);
        if (schools.existsByNameAndIdNot(trimmed, id)) {
            throw new InvalidFieldException("name", "there is already a school called '" + trimmed + "'");
        }
        School school = require(id);
        school.change(trimmed, kind);
        audit.record(actor, "school.changed", null, "school " + id);
        return school.summary();
    }

    School require(UUID id) {
        if (id == null) {
            throw new InvalidFieldException("school", "choose a school");
        }
        return schools.findById(id).orElseThrow(() -> new InvalidFieldException("school", "there is no such school"));
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "a school needs a name");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("name", "a school's name can be at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    private static void checkKind(SchoolKind kind) {
        if (kind == null) {
            throw new InvalidFieldException("kind", "choose the kind of school");
        }
    }
}
