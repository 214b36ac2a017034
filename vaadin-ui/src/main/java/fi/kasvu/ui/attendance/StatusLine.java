package fi.kasvu.ui.attendance;

import com.vaadin.flow.component.html.Paragraph;

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
        setText(Texts.problem(this, refusal));
    }
}
