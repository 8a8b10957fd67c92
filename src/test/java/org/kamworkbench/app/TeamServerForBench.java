package org.kamworkbench.app;

import org.kamworkbench.store.TeamServer;

/**
 * A throw-away PostgreSQL server with one new, empty team database, for timing whole command-line calls
 * against it (src/bench/cli-two-databases.sh): prints the database's address, then runs until its standard
 * input closes. The password is {@link TeamServer#PASSWORD}.
 * <pre>java -cp CLASSPATH org.kamworkbench.app.TeamServerForBench</pre>
 */
public final class TeamServerForBench {
    private TeamServerForBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(TeamServer.newDatabase());
        System.out.flush();
        while (System.in.read() >= 0) {
            // keep serving until the caller closes our input
        }
        System.exit(0);
    }
}
