package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class H2DataSourcesTest {
    private static final Path FILE = Path.of("/data/client.mv.db").toAbsolutePath();

    @Test
    void theBaseIsTheFileWithoutItsSuffix() {
        assertThat(H2DataSources.baseOf(FILE)).isEqualTo(FILE.resolveSibling("client"));
    }

    @Test
    void aPlainWorkspaceLosesNoCommitAndIsNotCompactedByH2AtClose() {
        JdbcDataSource ds = H2DataSources.at(H2DataSources.baseOf(FILE), null);
        assertThat(ds.getURL()).isEqualTo("jdbc:h2:file:" + FILE.resolveSibling("client")
                + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        assertThat(ds.getUser()).isEqualTo("kam");
        assertThat(ds.getPassword()).isEmpty();
        assertThat(H2DataSources.isReadOnly(ds)).isFalse();
    }

    @Test
    void anEncryptedWorkspaceGivesH2TheHexPasswordForTheFileAndTheUser() {
        JdbcDataSource ds = H2DataSources.at(H2DataSources.baseOf(FILE), "a b".toCharArray());
        assertThat(ds.getURL()).endsWith(";WRITE_DELAY=0;MAX_COMPACT_TIME=0;CIPHER=AES");
        assertThat(ds.getPassword()).isEqualTo("612062 612062");
    }

    @Test
    void aReadOnlySourceWritesNothingIntoTheFile() {
        JdbcDataSource ds = H2DataSources.readOnly(FILE, null);
        assertThat(ds.getURL()).startsWith("jdbc:h2:file:" + FILE.resolveSibling("client") + ";")
                .endsWith(";ACCESS_MODE_DATA=r");
        assertThat(H2DataSources.isReadOnly(ds)).isTrue();
    }
}
