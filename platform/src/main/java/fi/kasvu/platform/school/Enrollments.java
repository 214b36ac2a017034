package fi.kasvu.platform.school;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Enrollments extends JpaRepository<Enrollment, UUID> {

    @Query("SELECT e FROM Enrollment e WHERE e.classId = ?1 AND e.role = ?2 AND e.status = 'active' ORDER BY e.id")
    List<Enrollment> inClass(UUID classId, String role);

    @Query("""
            SELECT count(e) > 0 FROM Enrollment e WHERE e.classId = ?1 AND e.personId = ?2 AND e.role = ?3
              AND e.status = 'active' AND (e.endDate IS NULL OR e.endDate >= ?4)""")
    boolean enrolledOn(UUID classId, UUID personId, String role, java.time.LocalDate day);
}
