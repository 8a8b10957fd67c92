package org.kamworkbench.ui.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Language;
import org.kamworkbench.ui.common.UserProfile;

/** Who the user is: asked once at the first start, remembered, and the author of what the open workspace saves. */
final class UserIdentity {
    private final UiPreferences preferences;
    private final UserProfile profile;

    /** The user as remembered, speaking {@code language}; a new name also goes to the workspace open in {@code workspace}. */
    UserIdentity(UiPreferences preferences, Language language, ReadOnlyObjectProperty<WorkspaceServices> workspace) {
        this.preferences = preferences;
        profile = new UserProfile(preferences.userName().orElse(""), language);
        profile.nameProperty().addListener((o, was, name) -> {
            preferences.setUserName(name.trim());
            WorkspaceServices open = workspace.get();
            if (open != null) {
                authorOf(open);
            }
        });
    }

    UserProfile profile() {
        return profile;
    }

    /** Whether the user has not yet said who they are: asked once, at the first start. */
    boolean unknown() {
        return preferences.userName().isEmpty();
    }

    /** Records who the user is; a blank answer keeps the system user's name. */
    void name(String name) {
        String given = name == null || name.isBlank() ? UserProfile.systemUserName() : name.trim();
        profile.nameProperty().set(given);
        preferences.setUserName(given);
    }

    /** Makes the user the author of what {@code services} saves from this window ("who I am"). */
    void authorOf(WorkspaceServices services) {
        if (services.editor() != null) {
            services.editor().set(profile.name());
        }
    }
}
