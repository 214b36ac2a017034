package fi.kasvu.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import fi.kasvu.platform.school.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The scales: the customary test marks with exact values, whole grades, S/H and words. */
class ScaleTest {

    @Test
    void customaryMarksAreStoredWithTheirExactValue() {
        assertThat(Scale.MARKS.read("score", "7-").number()).isEqualByComparingTo("6.75");
        assertThat(Scale.MARKS.read("score", "7").number()).isEqualByComparingTo("7");
        assertThat(Scale.MARKS.read("score", "7+").number()).isEqualByComparingTo("7.25");
        assertThat(Scale.MARKS.read("score", "7½").number()).isEqualByComparingTo("7.5");
        assertThat(Scale.MARKS.read("score", "8,75").number()).isEqualByComparingTo("8.75");
        assertThat(Scale.MARKS.read("score", "10-").number()).isEqualByComparingTo("9.75");
        assertThat(Scale.MARKS.read("score", "4½").number()).isEqualByComparingTo("4.5");
    }

    @Test
    void marksAreShownAsATeacherWritesThem() {
        assertThat(Score.number(new BigDecimal("6.75")).display()).isEqualTo("7-");
        assertThat(Score.number(new BigDecimal("7.25")).display()).isEqualTo("7+");
        assertThat(Score.number(new BigDecimal("7.50")).display()).isEqualTo("7½");
        assertThat(Score.number(new BigDecimal("9")).display()).isEqualTo("9");
    }

    @Test
    void aMarkOutsideTheScaleIsRefusedNamingTheField() {
        for (String outside : new String[] {"4-", "10+", "11", "3", "7.3"}) {
            assertThatThrownBy(() -> Scale.MARKS.read("score", outside)).as(outside)
                    .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("score: ");
        }
    }

    @Test
    void aGradeIsAWholeNumberAndWordsAreNoNumber() {
        assertThat(Scale.WHOLE.read("value", "8").number()).isEqualByComparingTo("8");
        assertThatThrownBy(() -> Scale.WHOLE.read("value", "8+")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Scale.WHOLE.read("value", "hyvää työtä"))
                .hasMessageContaining("verbal assessment is not taken where a number is required");
        assertThatThrownBy(() -> Scale.MARKS.read("score", "hyvä")).hasMessageContaining("verbal assessment");
    }

    @Test
    void passFailIsSOrH() {
        assertThat(Scale.PASS_FAIL.read("score", "s").mark()).isEqualTo("S");
        assertThat(Scale.PASS_FAIL.read("score", "H").mark()).isEqualTo("H");
        assertThatThrownBy(() -> Scale.PASS_FAIL.read("score", "8")).hasMessageContaining("not S or H");
    }

    @Test
    void theGradeRuleTakesWordsOnlyInGradesOneToThreeAndSHOnlyWhereAllowed() {
        assertThat(GradePolicy.read("Osaa hyvin", 2, false, false, "MA").verbal()).isEqualTo("Osaa hyvin");
        assertThatThrownBy(() -> GradePolicy.read("Osaa hyvin", 4, false, false, "MA"))
                .hasMessageContaining("only in grades 1-3");
        assertThatThrownBy(() -> GradePolicy.read("Osaa hyvin", null, false, false, "MA"))
                .hasMessageContaining("only in grades 1-3");
        assertThat(GradePolicy.read("9", 2, false, false, "MA").number()).isEqualByComparingTo("9");
        assertThatThrownBy(() -> GradePolicy.read("S", 7, false, false, "MA")).hasMessageContaining("S/H is not allowed");
        assertThat(GradePolicy.read("S", 7, true, false, "OP").mark()).isEqualTo("S");
        assertThat(GradePolicy.read("H", 8, false, true, "KU").mark()).isEqualTo("H");
    }
}
