package org.kamworkbench.store;

import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;

/** The one way a Jdbi is made on a workspace's data source. */
final class JdbiSetup {
    private JdbiSetup() {
    }

    static Jdbi on(javax.sql.DataSource ds) {
        Jdbi jdbi = Jdbi.create(ds);
        // our SQL has no templates and plain parameters: skip Jdbi's ANTLR lexers (see PlainSqlParser)
        jdbi.setSqlParser(new PlainSqlParser());
        jdbi.setTemplateEngine(TemplateEngine.NOP);
        return jdbi;
    }

    /**
     * {@link #on} on a second thread: Jdbi's first set-up (its configuration classes) costs a short call
     * tens of milliseconds, which then overlaps with H2 opening the file.
     */
    static CompletableFuture<Jdbi> ahead(javax.sql.DataSource ds) {
        return CompletableFuture.supplyAsync(() -> on(ds), JdbiSetup::onItsOwnThread);
    }

    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "jdbi-ahead");
        thread.setDaemon(true);
        thread.start();
    }
}
