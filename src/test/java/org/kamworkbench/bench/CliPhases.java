package org.kamworkbench.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.cli.KamCli;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioLoader;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.SettingsStore;
import org.kamworkbench.store.Workspace;

/**
 * Where the time of one {@code analyze pareto --by region --json} process goes, phase by phase, in
 * a fresh JVM (run it several times; the first phase is the JVM start up to main):
 * <pre>java -cp target/kam-workbench.jar:target/test-classes org.kamworkbench.bench.CliPhases WORKSPACE</pre>
 * Then it runs the real command once more in the same (now warm) JVM for comparison.
 */
public final class CliPhases {
    private static final java.lang.management.ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static long last;
    private static long lastCpu;

    private CliPhases() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%-40s %6d ms%n", "JVM start to main", System.currentTimeMillis() - jvmStart);
        last = System.nanoTime();
        lastCpu = THREAD.getCurrentThreadCpuTime();
        long first = last;
        Path path = Path.of(args[0]);
        try (Workspace ws = Workspace.open(path, null)) {
            phase("open workspace (H2 + Flyway)");
            AccountStore accounts = new AccountStore(ws.jdbi());
            RevenueStore revenue = new RevenueStore(ws.jdbi());
            RatesStore rates = new RatesStore(ws.jdbi());
            SettingsStore settings = new SettingsStore(ws.jdbi());
            List<Account> accountList = accounts.findAll();
            phase("read accounts (" + accountList.size() + ")");
            List<org.kamworkbench.domain.RevenueCell> cells = new java.util.ArrayList<>();
            revenue.forEachCell(cells::add);
            phase("read revenue cells (" + cells.size() + ") into a list");
            var fx = rates.fxRates();
            var inflation = rates.inflationRates();
            var workspaceSettings = settings.load();
            phase("read rates and settings");
            PortfolioData data = PortfolioLoader.load(accountList, cells::forEach, fx, inflation, workspaceSettings);
            phase("build ledger from the list (cold)");
            PortfolioLoader.load(accountList, cells::forEach, fx, inflation, workspaceSettings);
            phase("build ledger from the list (2nd run)");
            PortfolioService service = new PortfolioService(accounts, revenue, rates, settings);
            PortfolioAnalysis analysis = service.analyze(data,
                    AnalysisRequest.of(PeriodSpec.wholeHistory()).by(Dimension.REGION));
            phase("analyze --by region (cold)");
            service.analyze(data, AnalysisRequest.of(PeriodSpec.wholeHistory()).by(Dimension.REGION));
            phase("analyze --by region (2nd run)");
            System.out.printf("  N=%d, total %s%n", analysis.metrics().accounts(),
                    analysis.metrics().totalRevenue().toPlainString());
        }
        phase("close workspace");
        System.out.printf("%-40s %6.0f ms%n", "total after main", (System.nanoTime() - first) / 1e6);
        StringWriter out = new StringWriter();
        long t0 = System.nanoTime();
        int code = new KamCli(new WorkspaceWiring(path.getParent()), new PrintWriter(out), new PrintWriter(System.err))
                .run(new String[] {"analyze", "pareto", "--by", "region", "--json", "--workspace", path.toString()});
        System.out.printf("%-40s %6.0f ms (exit %d, %d chars of JSON)%n", "whole command again, warm JVM",
                (System.nanoTime() - t0) / 1e6, code, out.toString().length());
    }

    /** Prints the wall time and this thread's CPU time since the previous phase. */
    private static void phase(String name) {
        long now = System.nanoTime();
        long cpu = THREAD.getCurrentThreadCpuTime();
        System.out.printf("%-40s %6.0f ms   (cpu %6.0f ms)%n", name, (now - last) / 1e6, (cpu - lastCpu) / 1e6);
        last = now;
        lastCpu = cpu;
    }
}
