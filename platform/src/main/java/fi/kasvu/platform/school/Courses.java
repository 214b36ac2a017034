package fi.kasvu.platform.school;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Courses extends JpaRepository<Course, UUID> {

    Optional<Course> findFirstBySchoolIdAndSchoolYearIdAndCourseCode(UUID schoolId, UUID schoolYearId, String courseCode);

    List<Course> findBySchoolIdAndSchoolYearIdOrderByTitle(UUID schoolId, UUID schoolYearId);
}
