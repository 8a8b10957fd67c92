package org.kamworkbench.ui.plans;

import javafx.scene.Parent;

/** What the screens spanning every account (My actions, KPI portfolio) share. */
final class CrossAccountViews {
    private CrossAccountViews() {
    }

    /** Other screens change what such a view shows: it reloads whenever it is shown again. */
    static void reloadWhenShown(Parent root, Runnable reload) {
        root.parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                reload.run();
            }
        });
    }
}
