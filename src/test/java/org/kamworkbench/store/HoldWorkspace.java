package org.kamworkbench.store;

import java.nio.file.Path;

/** Test helper run in a second JVM: opens a workspace, says so, and holds it until stdin closes. */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ignored = Workspace.open(Path.of(args[0]), null)) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the workspace until the parent closes our stdin
            }
        }
    }
}
