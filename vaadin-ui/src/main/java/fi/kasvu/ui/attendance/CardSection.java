package fi.kasvu.ui.attendance;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A home page card: a section labelled by its heading. */
class CardSection extends Section {

    CardSection(String id, String headingKey, Object... parameters) {
        setId(id);
        addClassName("kasvu-card");
        var heading = new H2(getTranslation(headingKey, parameters));
        heading.setId(id + "-otsikko");
        getElement().setAttribute("aria-labelledby", id + "-otsikko");
        add(heading);
    }
}
