package fi.kasvu.ui.administration;

import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.school.InvalidFieldException;

/** What the last action did, or why it was refused, read out by screen readers as it changes. */
class StatusLine extends Paragraph {

    StatusLine(String id) {
        setId(id);
        getElement().setAttribute("role", "status");
    }

    void done(String text) {
        setClassName("kasvu-status");
        setText(text);
    }

    void refused(RuntimeException refusal) {
        setClassName("kasvu-problem");
        setText(switch (refusal) {
            case AccessRefusedException refused -> getTranslation("administration.refused");
            case InvalidFieldException invalid -> FieldProblems.translated(invalid);
            default -> getTranslation("administration.failed");
        });
    }
}
