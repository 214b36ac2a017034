package fi.kasvu.platform.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.kasvu.platform.school.InvalidFieldException;

/**
 * The scales of basic education. Tests are marked on {@link #MARKS}, 4-10 with the customary minus, plus and half
 * (7- = 6.75, 7+ = 7.25, 7½ = 7.5); term and year grades are whole numbers on {@link #WHOLE}; some subjects and
 * optional studies are passed or failed ({@link #PASS_FAIL}: S suoritettu, H hylätty); {@link #VERBAL} is words.
 */
public enum Scale {

    MARKS("4-10 (7-, 7, 7+, 7½)"),
    WHOLE("4-10"),
    PASS_FAIL("S/H"),
    VERBAL("sanallinen");

    static final int LONGEST_VERBAL = 4000;
    private static final BigDecimal LOWEST = BigDecimal.valueOf(4);
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(10);
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final Pattern CUSTOMARY = Pattern.compile("^(\\d{1,2})\\s*(-|\\+|½|1/2|,5|\\.5)?$");
    private static final Pattern DECIMAL = Pattern.compile("^\\d{1,2}[.,]\\d{1,2}$");

    private final String label;

    Scale(String label) {
        this.label = label;
    }

    /** How the scale is named to people: "4-10", "S/H", ... */
    public String label() {
        return label;
    }

    public boolean numeric() {
        return this == MARKS || this == WHOLE;
    }

    /**
     * Reads a value as a teacher writes it.
     *
     * @param field names the field in a refusal
     * @throws InvalidFieldException when the text is not on this scale (a number out of 4-10, a mark on the whole
     *                               scale, words where a number is required)
     */
    public Score read(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidFieldException(field, "give a value on the scale " + label);
        }
        return switch (this) {
            case MARKS -> Score.number(marks(field, value));
            case WHOLE -> Score.number(whole(field, value));
            case PASS_FAIL -> switch (value.toUpperCase(Locale.ROOT)) {
                case "S" -> Score.mark("S");
                case "H" -> Score.mark("H");
                default -> throw new InvalidFieldException(field, "'" + shortly(value) + "' is not S or H; the "
                        + "scale is S (passed) / H (failed)");
            };
            case VERBAL -> {
                if (value.length() > LONGEST_VERBAL) {
                    throw new InvalidFieldException(field, "a verbal assessment has at most " + LONGEST_VERBAL
                            + " characters");
                }
                yield Score.verbal(value);
            }
        };
    }

    /** Whether the stored value fits the scale: the database's check that a value read back still fits. */
    public boolean fits(Score score) {
        return switch (this) {
            case MARKS -> score.number() != null && inRange(score.number())
                    && score.number().remainder(QUARTER).signum() == 0;
            case WHOLE -> score.number() != null && inRange(score.number())
                    && score.number().stripTrailingZeros().scale() <= 0;
            case PASS_FAIL -> score.mark() != null;
            case VERBAL -> score.verbal() != null;
        };
    }

    private BigDecimal marks(String field, String value) {
        Matcher customary = CUSTOMARY.matcher(value);
        BigDecimal number;
        if (customary.matches()) {
            number = new BigDecimal(customary.group(1));
            String sign = customary.group(2);
            if (sign != null) {
                number = switch (sign) {
                    case "-" -> number.subtract(QUARTER);
                    case "+" -> number.add(QUARTER);
                    default -> number.add(new BigDecimal("0.5"));
                };
            }
        } else if (DECIMAL.matcher(value).matches()) {
            number = new BigDecimal(value.replace(',', '.'));
            if (number.remainder(QUARTER).signum() != 0) {
                throw new InvalidFieldException(field, "'" + value + "' is between the marks; use quarters such as "
                        + "7.25 (7+) or 7.75 (8-)");
            }
        } else {
            throw notANumber(field, value);
        }
        if (!inRange(number)) {
            throw outOfRange(field, value);
        }
        return number.setScale(2, RoundingMode.UNNECESSARY);
    }

    private BigDecimal whole(String field, String value) {
        if (!value.matches("\\d{1,2}")) {
            if (CUSTOMARY.matcher(value).matches() || DECIMAL.matcher(value).matches()) {
                throw new InvalidFieldException(field, "'" + value + "' is not a whole number; a term or year grade "
                        + "is a whole number from 4 to 10");
            }
            throw notANumber(field, value);
        }
        BigDecimal number = new BigDecimal(value);
        if (!inRange(number)) {
            throw outOfRange(field, value);
        }
        return number;
    }

    private InvalidFieldException notANumber(String field, String value) {
        boolean words = value.codePoints().filter(Character::isLetter).count() > 1;
        return new InvalidFieldException(field, words
                ? "a verbal assessment is not taken where a number is required; give a number on the scale " + label
                : "'" + shortly(value) + "' is not on the scale " + label);
    }

    private InvalidFieldException outOfRange(String field, String value) {
        return new InvalidFieldException(field, "'" + shortly(value) + "' is outside the scale " + label);
    }

    private static boolean inRange(BigDecimal number) {
        return number.compareTo(LOWEST) >= 0 && number.compareTo(HIGHEST) <= 0;
    }

    private static String shortly(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "...";
    }

    /** 6.75 -> "7-", 7 -> "7", 7.25 -> "7+", 7.5 -> "7½". */
    static String markOf(BigDecimal number) {
        BigDecimal whole = number.setScale(0, RoundingMode.FLOOR);
        int quarters = number.subtract(whole).divide(QUARTER, 0, RoundingMode.HALF_UP).intValue();
        int base = whole.intValue();
        return switch (quarters) {
            case 0 -> Integer.toString(base);
            case 1 -> base + "+";
            case 2 -> base + "½";
            default -> (base + 1) + "-";
        };
    }
}
