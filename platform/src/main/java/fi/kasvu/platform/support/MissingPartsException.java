package fi.kasvu.platform.support;

import fi.kasvu.platform.school.InvalidFieldException;
import java.util.List;

/** A decision refused because required parts are missing; names every part, so the form can show them all at once. */
public class MissingPartsException extends InvalidFieldException {

    private final List<String> parts;

    public MissingPartsException(List<String> parts) {
        super(parts.getFirst(), "a support decision needs its required parts; missing: " + String.join(", ", parts));
        this.parts = List.copyOf(parts);
    }

    public List<String> parts() {
        return parts;
    }
}
