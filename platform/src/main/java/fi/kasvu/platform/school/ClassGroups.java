package fi.kasvu.platform.school;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassGroups extends JpaRepository<ClassGroup, UUID> {

    @Query("""
            SELECT count(g) > 0 FROM ClassGroup g, Course c
            WHERE c.id = g.courseId AND g.schoolId = ?1 AND c.schoolYearId = ?2 AND lower(g.title) = lower(?3)
              AND g.status = 'active'""")
    boolean titleTaken(UUID school, UUID schoolYear, String title);
}
