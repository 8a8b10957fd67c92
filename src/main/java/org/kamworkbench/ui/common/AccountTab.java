package org.kamworkbench.ui.common;

import java.util.function.BiFunction;
import javafx.scene.Parent;

/**
 * One tab of the account page: its id, the bundle key of its title, and how to build its content
 * for one account (by the account's workspace id). Features add their tabs to the page's list.
 */
public record AccountTab(String id, String titleKey, BiFunction<ScreenContext, Long, Parent> content) {
}
