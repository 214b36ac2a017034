package fi.kasvu.platform.school;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Schools extends JpaRepository<School, UUID> {

    List<School> findAllByOrderByName();

    List<School> findByKindOrderByName(SchoolKind kind);

    List<School> findByIdInOrderByName(Collection<UUID> ids);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, UUID id);
}
