package org.kamworkbench.service.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {
    private static final String ADDRESS = "postgresql://db.example.com:5432/kam?user=anna&sslmode=require";

    @Test
    void aServerAddressIsATeamWorkspaceShownByDatabaseAndHost() {
        WorkspaceLocation team = WorkspaceLocation.parse(ADDRESS);
        assertThat(team).isInstanceOf(WorkspaceLocation.OnServer.class);
        assertThat(team.onServer()).isTrue();
        assertThat(team.file()).isEmpty();
        assertThat(team.server()).contains(ServerAddress.parse(ADDRESS));
        assertThat(team.text()).isEqualTo(ADDRESS);
        assertThat(team).hasToString(ADDRESS);
        assertThat(team.displayName()).isEqualTo("kam (db.example.com)");
        assertThat(team.normalized()).isEqualTo(team);
        assertThat(WorkspaceLocation.parse(team.text())).isEqualTo(team);
    }

    @Test
    void anythingElseIsAFileShownByItsPath() {
        WorkspaceLocation file = WorkspaceLocation.parse("clients/acme.mv.db");
        assertThat(file).isEqualTo(WorkspaceLocation.of(Path.of("clients/acme.mv.db")));
        assertThat(file.onServer()).isFalse();
        assertThat(file.server()).isEmpty();
        assertThat(file.file()).contains(Path.of("clients/acme.mv.db"));
        assertThat(file.text()).isEqualTo(Path.of("clients/acme.mv.db").toString());
        assertThat(file.displayName()).isEqualTo(file.text());
        assertThat(file.normalized()).isEqualTo(WorkspaceLocation.of(Path.of("clients/acme.mv.db").toAbsolutePath()));
        assertThat(WorkspaceLocation.parse("postgresql.mv.db").onServer()).as("a file named like the scheme").isFalse();
    }

    @Test
    void anAddressAsOlderVersionsRememberedItReadsTheSame() {
        // the recent list used to hold the address as a path, which folds "//" into "/"
        assertThat(WorkspaceLocation.parse("postgresql:/db.example.com:5432/kam?user=anna&sslmode=require"))
                .isEqualTo(WorkspaceLocation.parse(ADDRESS));
        assertThat(WorkspaceLocation.parse("postgres://db.example.com/kam?user=anna&sslmode=require"))
                .isEqualTo(WorkspaceLocation.parse(ADDRESS));
    }

    @Test
    void anIncompleteAddressIsRefusedWithASentenceNotReadAsAFile() {
        assertThatThrownBy(() -> WorkspaceLocation.parse("postgresql://db.example.com/kam"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The server's address needs a user (…?user=name).");
        assertThatThrownBy(() -> WorkspaceLocation.parse(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Name a workspace");
    }

    @Test
    void onWindowsAnAddressIsNeverMadeIntoAPath() {
        WindowsLikeFileSystem windows = new WindowsLikeFileSystem();
        assertThatThrownBy(() -> windows.getPath("postgresql://db.example.com:5432/kam?user=anna"))
                .as("what Path.of does with an address on Windows")
                .isInstanceOf(java.nio.file.InvalidPathException.class);
        windows.asked.clear();

        WorkspaceLocation team = WorkspaceLocation.parse(ADDRESS, windows);

        assertThat(team.server()).contains(ServerAddress.parse(ADDRESS));
        assertThat(windows.asked).as("paths made while reading an address").isEmpty();
        WorkspaceLocation file = WorkspaceLocation.parse("C:\\Users\\anna\\acme.mv.db", windows);
        assertThat(file.onServer()).isFalse();
        assertThat(windows.asked).containsExactly("C:\\Users\\anna\\acme.mv.db\\");
    }

    @Test
    void aNameThatIsNoPathHereIsRefusedWithASentence() {
        assertThatThrownBy(() -> WorkspaceLocation.parse("acme|2024.mv.db", new WindowsLikeFileSystem()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'acme|2024.mv.db' is not a valid file path here.");
    }
}
