package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.PreparedBy;

/** "Prepared by" in a real workspace: name, organisation and logo bytes round-trip and can be removed. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class PreparedByStoreTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    @Test
    void savesReadsAndReplacesThePreparedByBlock() {
        byte[] logo = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, (byte) 0xff};
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            PreparedByStore saving = new PreparedByStore(ws.jdbi());
            assertThat(saving.load()).isEqualTo(PreparedBy.NONE.withoutLogo());
            saving.save(new PreparedBy(" Anna Conti ", "Conti & Partner S.r.l.", logo, "image/png"));
            PreparedByStore store = new PreparedByStore(ws.openAgain()); // read back through another open
            PreparedBy read = store.load();
            assertThat(read.name()).isEqualTo("Anna Conti");
            assertThat(read.organisation()).isEqualTo("Conti & Partner S.r.l.");
            assertThat(read.logo()).containsExactly(logo);
            assertThat(read.logoType()).isEqualTo("image/png");
            store.save(read.withoutLogo());
            assertThat(store.load().hasLogo()).isFalse();
            assertThat(store.load().name()).isEqualTo("Anna Conti");
        }
    }
}
