package org.kamworkbench.ui.plans;

import javafx.scene.Parent;

/** The stylesheet of the plan screens and tabs; each root adds it, so the tabs look right on any page. */
final class PlansCss {
    private static final String URL = PlansCss.class.getResource("plans.css").toExternalForm();

    private PlansCss() {
    }

    static <T extends Parent> T apply(T root) {
        if (!root.getStylesheets().contains(URL)) {
            root.getStylesheets().add(URL);
        }
        return root;
    }
}
