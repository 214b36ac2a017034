package fi.kasvu.platform.people;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The one stored copy of a person's identity code; set once, never changed here. */
@Entity
@Immutable
@Table(name = "person_identity_code")
class IdentityCodeRecord {

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(nullable = false)
    private String code;

    protected IdentityCodeRecord() {
    }

    IdentityCodeRecord(UUID personId, PersonalIdentityCode code) {
        this.personId = personId;
        this.code = code.value();
    }

    PersonalIdentityCode code() {
        return PersonalIdentityCode.parse(code);
    }

    @Override
    public String toString() {
        return "IdentityCodeRecord[" + personId + "]";
    }
}
