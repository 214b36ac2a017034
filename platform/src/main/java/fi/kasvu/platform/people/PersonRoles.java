package fi.kasvu.platform.people;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRoles extends JpaRepository<PersonRole, UUID> {

    @Query("""
            SELECT count(r) > 0 FROM PersonRole r WHERE r.personId = ?1 AND r.role = ?2 AND r.schoolId = ?3
              AND r.status = 'active' AND r.endDate IS NULL""")
    boolean holds(UUID person, String role, UUID school);

    @Query("SELECT count(r) = 0 FROM PersonRole r WHERE r.personId = ?1")
    boolean noneFor(UUID person);
}
