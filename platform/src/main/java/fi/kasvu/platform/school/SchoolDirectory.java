package fi.kasvu.platform.school;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of the municipality whose tenant is bound to the current thread. */
@Service
public class SchoolDirectory {

    static final int MAX_NAME_LENGTH = 200;

    private final Schools schools;

    SchoolDirectory(Schools schools) {
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    public List<SchoolSummary> schools() {
        return schools.findAllByOrderByName().stream().map(School::summary).toList();
    }

    @Transactional
    public SchoolSummary addSchool(String name, SchoolKind kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a school needs a name");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name: a school's name can be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose the kind of school");
        }
        if (schools.existsByName(trimmed)) {
            throw new IllegalArgumentException("name: there is already a school called '" + trimmed + "'");
        }
        return schools.save(new School(trimmed, kind)).summary();
    }
}
