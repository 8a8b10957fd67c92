package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.workspace.WorkspacePasswordException;

class FilePasswordsTest {
    @TempDir
    Path dir;

    @Test
    void theFilePasswordIsTheUtf8BytesInLowerCaseHexSoSpacesSurvive() {
        assertThat(new String(FilePasswords.filePassword("a b".toCharArray()))).isEqualTo("612062");
        assertThat(new String(FilePasswords.filePassword("è€".toCharArray()))).isEqualTo("c3a8e282ac");
        assertThat(FilePasswords.filePassword(new char[0])).isEmpty();
    }

    @Test
    void aPlainFileNeedsNoPasswordEvenWhenOneIsGiven() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.mv.db"), "H:2,block:2");
        assertThat(FilePasswords.passwordFor(plain, "secret".toCharArray())).isNull();
    }

    @Test
    void anEncryptedFileTakesTheGivenPasswordAndRefusesToOpenWithout() throws Exception {
        Path encrypted = dir.resolve("secret.mv.db");
        Files.write(encrypted, "H2encrypt\nrest".getBytes(StandardCharsets.US_ASCII));
        char[] given = "secret".toCharArray();
        assertThat(FilePasswords.passwordFor(encrypted, given)).isSameAs(given);
        assertThatThrownBy(() -> FilePasswords.passwordFor(encrypted, null))
                .isInstanceOf(WorkspacePasswordException.class)
                .hasMessage("The workspace " + encrypted + " is encrypted and needs its password.");
    }

    @Test
    void aWrongPasswordIsOneSentence() {
        Path file = dir.resolve("secret.mv.db");
        assertThat(FilePasswords.wrongPassword(file, null))
                .hasMessage("That is not the password of the workspace " + file + ".");
    }
}
