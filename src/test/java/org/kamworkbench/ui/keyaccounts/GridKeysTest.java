package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The grid reads digits from key codes (numpad and AZERTY alike) and moves as a spreadsheet does. */
class GridKeysTest {
    @Test
    void digitsComeFromTheKeyCodeOfTheDigitRowAndTheNumpad() {
        assertThat(GridKeys.digit(KeyCode.DIGIT1)).isEqualTo(1);
        assertThat(GridKeys.digit(KeyCode.NUMPAD1)).isEqualTo(1);
        assertThat(GridKeys.digit(KeyCode.DIGIT9)).isEqualTo(9);
        assertThat(GridKeys.digit(KeyCode.NUMPAD0)).isZero();
        assertThat(GridKeys.digit(KeyCode.A)).isEqualTo(-1);
        assertThat(GridKeys.digit(KeyCode.AMPERSAND)).isEqualTo(-1); // the character, not the key
    }

    @Test
    void enterTabAndArrowsMoveWithShiftGoingBack() {
        assertThat(GridKeys.move(KeyCode.ENTER, false)).isEqualTo(new GridKeys.Move(1, 0));
        assertThat(GridKeys.move(KeyCode.ENTER, true)).isEqualTo(new GridKeys.Move(-1, 0));
        assertThat(GridKeys.move(KeyCode.TAB, false)).isEqualTo(new GridKeys.Move(0, 1));
        assertThat(GridKeys.move(KeyCode.TAB, true)).isEqualTo(new GridKeys.Move(0, -1));
        assertThat(GridKeys.move(KeyCode.UP, false)).isEqualTo(new GridKeys.Move(-1, 0));
        assertThat(GridKeys.move(KeyCode.LEFT, false)).isEqualTo(new GridKeys.Move(0, -1));
        assertThat(GridKeys.move(KeyCode.DELETE, false)).isNull();
    }
}
