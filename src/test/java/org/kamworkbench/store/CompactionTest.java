package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactionTest {
    private static final long MIB = 1L << 20;

    @Test
    void compactsAFileThisSessionWroteThatIsMostlyDeadSpace() {
        assertThat(Compaction.worthIt(1, 20, 100 * MIB)).isTrue();
    }

    @Test
    void leavesAFileThisSessionDidNotWrite() {
        assertThat(Compaction.worthIt(0, 20, 100 * MIB)).isFalse();
    }

    @Test
    void leavesAFileAtLeastHalfLive() {
        assertThat(Compaction.worthIt(1, 50, 100 * MIB)).isFalse();
        assertThat(Compaction.worthIt(1, 49, 100 * MIB)).isTrue();
    }

    @Test
    void leavesLittleDeadSpaceAsANewWorkspaceHas() {
        assertThat(Compaction.worthIt(1, 10, 64 * 1024)).as("a new workspace").isFalse();
        assertThat(Compaction.worthIt(1, 0, 16 * MIB)).as("exactly 16 MiB dead").isFalse();
        assertThat(Compaction.worthIt(1, 0, 16 * MIB + 100)).isTrue();
    }
}
