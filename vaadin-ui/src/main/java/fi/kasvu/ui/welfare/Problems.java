package fi.kasvu.ui.welfare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.school.InvalidFieldException;

/** The status line of the welfare pages: what was done, or why it was refused, read out as it changes. */
final class Problems {

    private Problems() {
    }

    static Paragraph statusLine(String id) {
        var status = new Paragraph();
        status.setId(id);
        status.getElement().setAttribute("role", "status");
        return status;
    }

    static void done(Paragraph status, String text) {
        status.setClassName("kasvu-status");
        status.setText(text);
    }

    static void refused(Component page, Paragraph status, RuntimeException problem) {
        status.setClassName("kasvu-problem");
        status.setText(switch (problem) {
            case InvalidFieldException invalid -> page.getTranslation("welfare.invalid",
                    page.getTranslation("welfare.field." + invalid.field()), invalid.problem());
            case AccessRefusedException refused -> page.getTranslation("welfare.refused");
            default -> page.getTranslation("welfare.failed");
        });
    }
}
