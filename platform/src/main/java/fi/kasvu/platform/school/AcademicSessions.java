package fi.kasvu.platform.school;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcademicSessions extends JpaRepository<AcademicSession, UUID> {

    @Query("SELECT s FROM AcademicSession s WHERE s.type = 'schoolYear' AND s.status = 'active' ORDER BY s.startDate DESC")
    List<AcademicSession> schoolYears();

    @Query("SELECT s FROM AcademicSession s WHERE s.type = 'schoolYear' AND s.status = 'active' AND s.schoolYear = ?1")
    Optional<AcademicSession> schoolYear(int endingYear);

    @Query("SELECT s FROM AcademicSession s WHERE s.parentId = ?1 AND s.status = 'active' ORDER BY s.startDate, s.title")
    List<AcademicSession> children(UUID parent);
}
