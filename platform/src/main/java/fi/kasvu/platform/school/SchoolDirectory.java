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

    /** A city admin adds a Finnish-language school. */
    @Transactional
    public SchoolSummary addSchool(Actor actor, String name, SchoolKind kind) {
        return addSchool(actor, name, kind, SchoolLanguage.FINNISH);
    }

    /** A city admin adds a school that teaches in the language. */
    @Transactional
    public SchoolSummary addSchool(Actor actor, String name, SchoolKind kind, SchoolLanguage language) {
        access.requireCityAdmin(actor, "adds schools");
        SchoolSummary added = addSchool(name, kind, language);
        audit.record(actor, "school.added", null, "school " + added.id() + ", language " + added.language().code());
        return added;
    }

    /** Seeding and tests, where no person acts; every screen goes through {@link #addSchool(Actor, String, SchoolKind)}. */
    @Transactional
    public SchoolSummary addSchool(String name, SchoolKind kind) {
        return addSchool(name, kind, SchoolLanguage.FINNISH);
    }

    /** As {@link #addSchool(String, SchoolKind)}, for a school that teaches in the language. */
    @Transactional
    public SchoolSummary addSchool(String name, SchoolKind kind, SchoolLanguage language) {
        String trimmed = checkedName(name);
        checkKind(kind);
        checkLanguage(language);
        if (schools.existsByName(trimmed)) {
            throw new InvalidFieldException("name", "there is already a school called '" + trimmed + "'");
        }
        return schools.save(new School(trimmed, kind, language)).summary();
    }

    /** A city admin or the school's principal renames it or changes its kind; its language stays. */
    @Transactional
    public SchoolSummary changeSchool(Actor actor, UUID id, String name, SchoolKind kind) {
        access.requireSchool(actor, id);
        return changeSchool(actor, id, name, kind, require(id).language());
    }

    /**
     * A city admin or the school's principal renames it or changes its kind; only a city admin changes the language
     * of instruction, which the municipality as the education provider decides and every year report follows.
     */
    @Transactional
    public SchoolSummary changeSchool(Actor actor, UUID id, String name, SchoolKind kind, SchoolLanguage language) {
        access.requireSchool(actor, id);
        String trimmed = checkedName(name);
        checkKind(kind);
        checkLanguage(language);
        if (schools.existsByNameAndIdNot(trimmed, id)) {
            throw new InvalidFieldException("name", "there is already a school called '" + trimmed + "'");
        }
        School school = require(id);
        SchoolLanguage before = school.language();
        if (language != before) {
            access.requireCityAdmin(actor, "changes a school's language of instruction");
        }
        school.change(trimmed, kind);
        school.teachIn(language);
        audit.record(actor, "school.changed", null, "school " + id);
        if (language != before) {
            audit.record(actor, "school.language-changed", null, "school " + id + ": " + before.code() + " -> "
                    + language.code());
        }
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

    private static void checkLanguage(SchoolLanguage language) {
        if (language == null) {
            throw new InvalidFieldException("language", SchoolLanguage.CHOOSE);
        }
    }

    private static void checkKind(SchoolKind kind) {
        if (kind == null) {
            throw new InvalidFieldException("kind", "choose the kind of school");
        }
    }
}
