package fi.kasvu.ui.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kasvu.platform.school.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** An earlier support document pasted from the previous system keeps its sections in order. */
class LegacySectionsTest {

    @Test
    void headingsWithAColonStartSectionsInTheirOrder() {
        var sections = SupportView.sections("""
                Oppilaan vahvuudet:
                Sinnikäs.
                Utelias.

                Tavoitteet:
                Lukusujuvuus: paranee
                Arviointi:
                """);

        assertThat(sections.keySet()).containsExactly("Oppilaan vahvuudet", "Tavoitteet", "Arviointi");
        assertThat(sections.get("Oppilaan vahvuudet")).isEqualTo("Sinnikäs.\nUtelias.");
        assertThat(sections.get("Tavoitteet")).isEqualTo("Lukusujuvuus: paranee");
        assertThat(sections.get("Arviointi")).isEmpty();
    }

    @Test
    void textBeforeTheFirstHeadingIsRefused() {
        assertThatThrownBy(() -> SupportView.sections("ilman otsikkoa\nTavoitteet:\nx"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("sections"));
    }
}
