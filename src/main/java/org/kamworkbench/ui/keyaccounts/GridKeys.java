package org.kamworkbench.ui.keyaccounts;

import javafx.scene.input.KeyCode;

/**
 * The rating grid's keys as in a spreadsheet. Digits are read from the key code, never from the
 * typed text: the numpad gives the same digits, and on an AZERTY keyboard the digit row types
 * "&é\"'(" unshifted but still reports DIGIT1..DIGIT9.
 */
final class GridKeys {
    /** A move of the focused cell by rows and columns. */
    record Move(int rows, int columns) {
    }

    private GridKeys() {
    }

    /** The digit of a digit key (top row or numpad), or -1. */
    static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> -1;
        };
    }

    /** Where a navigation key moves the focus (Enter down, Tab right, with Shift the other way), or null. */
    static Move move(KeyCode code, boolean shift) {
        return switch (code) {
            case ENTER -> new Move(shift ? -1 : 1, 0);
            case TAB -> new Move(0, shift ? -1 : 1);
            case UP, KP_UP -> new Move(-1, 0);
            case DOWN, KP_DOWN -> new Move(1, 0);
            case LEFT, KP_LEFT -> new Move(0, -1);
            case RIGHT, KP_RIGHT -> new Move(0, 1);
            default -> null;
        };
    }
}
