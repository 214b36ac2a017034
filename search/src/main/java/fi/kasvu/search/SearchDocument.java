package fi.kasvu.search;

import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one entity: its names (matched by prefix and with typos), other text (analysed in Finnish,
 * Swedish and English), what a result shows, and who may see it.
 *
 * @param id       the entity's key, {@code <entity>:<uuid>} ({@code person:...}, {@code class_group:...}), stable when
 *                 its kind changes
 * @param title    the result's first line (a person's name, a class's title)
 * @param subtitle the result's second line (school, classes), may be empty
 */
public record SearchDocument(String id, Kind kind, String title, String subtitle, List<String> names, String text,
                             Visibility visibility) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(visibility, "visibility");
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        names = names.stream().filter(Objects::nonNull).filter(name -> !name.isBlank()).toList();
        text = text == null ? "" : text;
    }
}
