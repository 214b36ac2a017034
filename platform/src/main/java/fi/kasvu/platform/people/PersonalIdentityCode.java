package fi.kasvu.platform.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, a three-digit individual number and a
 * check character. Since 2023 the 1900s may also be signed Y, X, W, V or U and the 2000s B, C, D, E or F.
 * <p>
 * {@link #toString()} is masked, so the code never reaches a log line by accident; {@link #value()} is the only way
 * to the whole code, and whoever calls it for a person to see must audit the reveal.
 */
public final class PersonalIdentityCode {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private final String value;
    private final LocalDate birthDate;

    private PersonalIdentityCode(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses a code, accepting surrounding spaces and lower-case letters.
     *
     * @throws InvalidIdentityCodeException naming what is wrong, without repeating the code
     */
    public static PersonalIdentityCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidIdentityCodeException("the identity code is empty");
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 11) {
            throw new InvalidIdentityCodeException("an identity code has 11 characters (DDMMYYCZZZQ), this one has " + code.length());
        }
        String datePart = code.substring(0, 6);
        String individual = code.substring(7, 10);
        if (!datePart.chars().allMatch(Character::isDigit) || !individual.chars().allMatch(Character::isDigit)) {
            throw new InvalidIdentityCodeException("the date (first six) and the individual number (8th-10th) of an identity code are digits");
        }
        int century = century(code.charAt(6));
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(century + Integer.parseInt(datePart.substring(4, 6)),
                    Integer.parseInt(datePart.substring(2, 4)), Integer.parseInt(datePart.substring(0, 2)));
        } catch (DateTimeException e) {
            throw new InvalidIdentityCodeException("the identity code's date (DDMMYY) is not a date");
        }
        if (Integer.parseInt(individual) < 2) {
            throw new InvalidIdentityCodeException("the identity code's individual number is 002-999");
        }
        char expected = CHECK_CHARACTERS.charAt((int) (Long.parseLong(datePart + individual) % 31));
        if (code.charAt(10) != expected) {
            throw new InvalidIdentityCodeException("the identity code's check character does not match");
        }
        return new PersonalIdentityCode(code, birthDate);
    }

    private static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> throw new InvalidIdentityCodeException("the 7th character of an identity code is the century sign (+, -, A-F or U-Y)");
        };
    }

    /** The whole code. Reveal it to a person only through a path that writes the audit log. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The code as it may be shown without a reveal: the date and century sign, the rest hidden ({@code 010106A****}). */
    public String masked() {
        return value.substring(0, 7) + "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
