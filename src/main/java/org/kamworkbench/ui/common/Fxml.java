package org.kamworkbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with the bundle's texts and a controller that was made with its view model. */
public final class Fxml {
    private Fxml() {
    }

    /** Loads {@code name} beside {@code controller}'s class (same package under resources). */
    public static <T extends Parent> T load(Object controller, String name, Texts texts) {
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing FXML " + name + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, texts.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(name + " expects a " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + url, e);
        }
    }
}
