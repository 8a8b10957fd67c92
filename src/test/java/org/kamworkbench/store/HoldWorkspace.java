package org.kamworkbench.store;

import java.nio.file.Path;

/**
 * Test helper run in a second JVM: opens a workspace (noting itself as its holder when given a
 * {@link HolderNote.Kind} as second argument), says so, and holds it until stdin closes.
 */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace held = Workspace.open(Path.of(args[0]), null)) {
            if (args.length > 1) {
                held.noteHolder(HolderNote.Kind.valueOf(args[1]));
            }
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the workspace until the parent closes our stdin
            }
        }
    }
}
