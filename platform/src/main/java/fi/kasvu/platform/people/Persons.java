package fi.kasvu.platform.people;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Persons extends JpaRepository<Person, UUID> {

    Optional<Person> findByAccountId(String accountId);

    @Query("SELECT p FROM Person p WHERE lower(p.email) = lower(?1) AND p.status = 'active' ORDER BY p.id LIMIT 1")
    Optional<Person> byEmail(String email);
}
