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

    @Column(name = "preferred_given_name")
    private String preferredGivenName;

    private String email;

    private String phone;

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

    PersonChange details() {
        return new PersonChange(givenName, familyName, preferredGivenName, email, phone);
    }

    void change(PersonChange changed) {
        this.givenName = changed.givenName();
        this.familyName = changed.familyName();
        this.preferredGivenName = changed.preferredGivenName();
        this.email = changed.email();
        this.phone = changed.phone();
    }

    void linkAccount(String accountId) {
        this.accountId = accountId;
    }
}
