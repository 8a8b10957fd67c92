package org.kamworkbench.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who is using the app: the name recorded as the author of ratings, designations, actions and
 * meetings, and the owner "My actions" opens on; and the language the app speaks (the shell rebuilds
 * its screens when it changes). Kept in the user's preferences, not the workspace.
 */
public final class UserProfile {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);

    public UserProfile(String name) {
        this(name, Language.ENGLISH);
    }

    public UserProfile(String name, Language language) {
        this.name.set(name == null ? "" : name);
        this.language.set(language);
    }

    /** The name of the operating system's user: the default until the user gives theirs. */
    public static String systemUserName() {
        return System.getProperty("user.name", "").trim();
    }

    /** The name as recorded: the one given, trimmed, or the system user's when none was given. */
    public String name() {
        String given = name.get() == null ? "" : name.get().trim();
        return given.isEmpty() ? systemUserName() : given;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The language the app speaks: setting it switches the whole app at once. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }
}
