package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Language;
import org.kamworkbench.ui.common.UserProfile;

class UserIdentityTest {
    private final MemoryPreferences preferences = new MemoryPreferences();
    private final ReadOnlyObjectWrapper<WorkspaceServices> workspace = new ReadOnlyObjectWrapper<>();
    private final WorkspaceServices acme = TestWorkspaces.services("acme", Path.of("acme.mv.db"), new InMemoryWorkspace(),
            () -> { });

    private UserIdentity user() {
        return new UserIdentity(preferences, Language.ITALIAN, workspace.getReadOnlyProperty());
    }

    @Test
    void aNewUserIsAskedOnceAndTheirNameIsRemembered() {
        UserIdentity user = user();
        assertThat(user.unknown()).isTrue();
        assertThat(user.profile().languageProperty().get()).isEqualTo(Language.ITALIAN);
        user.name("  Ada Lovelace ");
        assertThat(user.unknown()).isFalse();
        assertThat(user.profile().name()).isEqualTo("Ada Lovelace");
        assertThat(preferences.userName()).contains("Ada Lovelace");
        assertThat(user().profile().name()).as("next start").isEqualTo("Ada Lovelace");
    }

    @Test
    void aBlankOrCancelledAnswerKeepsTheSystemUsersName() {
        UserIdentity user = user();
        user.name("   ");
        assertThat(preferences.userName()).contains(UserProfile.systemUserName());
        user.name(null);
        assertThat(user.unknown()).isFalse();
        assertThat(user.profile().name()).isEqualTo(UserProfile.systemUserName());
    }

    @Test
    void theUserIsTheAuthorOfWhatTheOpenWorkspaceSavesAlsoAfterARename() {
        preferences.setUserName("Ada");
        UserIdentity user = user();
        user.authorOf(acme);
        assertThat(acme.editor().name()).isEqualTo("Ada");
        workspace.set(acme);
        user.profile().nameProperty().set("Grace Hopper ");
        assertThat(acme.editor().name()).isEqualTo("Grace Hopper");
        assertThat(preferences.userName()).contains("Grace Hopper");
    }
}
