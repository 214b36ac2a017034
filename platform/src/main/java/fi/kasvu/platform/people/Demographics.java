package fi.kasvu.platform.people;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's demographics; the birth date decides when a guardian's access ends. */
@Entity
@Table(name = "demographics")
class Demographics {

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    protected Demographics() {
    }

    Demographics(UUID personId, LocalDate birthDate) {
        this.personId = personId;
        this.birthDate = birthDate;
    }

    LocalDate birthDate() {
        return birthDate;
    }
}
