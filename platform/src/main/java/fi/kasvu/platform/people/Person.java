package fi.kasvu.platform.people;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A student, guardian or member of staff (OneRoster's user). */
@Entity
@Table(name = "person")
class Person {

    @Id
    private UUID id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    private String email;

    @Column(name = "primary_school_id")
    private UUID primarySchoolId;

    @Column(name = "account_id")
    private String accountId;

    @Column(nullable = false)
    private String status;

    protected Person() {
    }

    Person(String givenName, String familyName, String email, UUID primarySchoolId) {
        this.id = UUID.randomUUID();
        this.sourceId = id.toString();
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.primarySchoolId = primarySchoolId;
        this.status = "active";
    }

    UUID id() {
        return id;
    }

    String name() {
        return givenName + " " + familyName;
    }

    String accountId() {
        return accountId;
    }

    void change(String givenName, String familyName, String email) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
    }

    void linkAccount(String accountId) {
        this.accountId = accountId;
    }
}
