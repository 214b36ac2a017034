package fi.kasvu.platform.school;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Schools extends JpaRepository<School, UUID> {

    List<School> findAllByOrderByName();

    boolean existsByName(String name);
}
