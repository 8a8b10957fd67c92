package org.kamworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.DefaultRegions;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * Rerunnable in-process benchmark of the portfolio analysis on synthetic data (3 years of month
 * cells, 5 currencies with yearly rates, lognormal account revenue, ~1 % credit cells). Not a test:
 * run it after {@code mvn test-compile} with
 * <pre>java -cp target/classes:target/test-classes org.kamworkbench.bench.PortfolioBenchmark [accounts...]</pre>
 * Prints per size the load time and, for each analysis, the minimum and median of repeated runs
 * after a warm-up (what a user sees once the JIT has compiled the code).
 */
public final class PortfolioBenchmark {
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY", "CHF"};
    private static final String[] RATES_2022 = {"1", "0.949668", "1.172663", "0.00724480", "0.995322"};
    private static final String[] RATES_2023 = {"1", "0.924813", "1.149703", "0.00657938", "1.029018"};
    private static final String[] RATES_2024 = {"1", "0.923873", "1.181167", "0.00610314", "1.049759"};
    private static final String[] COUNTRIES = {"DE", "FR", "GB", "IT", "ES", "NL", "CH", "US", "CA", "BR", "MX",
        "JP", "SG", "AU", "CN", "IN"};
    private static final String[] DIVISIONS = {"Enterprise", "Mid-Market", "Public Sector", "Channel"};
    private static final int WARMUP = 15;
    private static final int RUNS = 25;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {20_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int accounts : sizes) {
            run(accounts);
        }
    }

    private static void run(int accountCount) {
        Synthetic data = new Synthetic(accountCount, 42);
        PortfolioService service = new PortfolioService(data, data, data, data);
        long[] loads = new long[7];
        long[] loadCpu = new long[loads.length];
        PortfolioData portfolio = null;
        for (int i = 0; i < loads.length; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            portfolio = service.load();
            loads[i] = System.nanoTime() - t0;
            loadCpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        System.out.printf("%,d accounts, %,d month cells%n", accountCount, data.cells.size());
        report("load (cells → ledger)", loads, loadCpu);
        PortfolioData loaded = portfolio;
        String lost1 = loaded.account(0).externalId();
        String lost2 = loaded.account(accountCount / 2).externalId();
        time("analyze whole history", () -> service.analyze(loaded, AnalysisRequest.of(PeriodSpec.wholeHistory())));
        time("analyze whole history --by region", () -> service.analyze(loaded,
                AnalysisRequest.of(PeriodSpec.wholeHistory()).by(Dimension.REGION)));
        time("analyze 2024 --by country (growth, prev. period)", () -> service.analyze(loaded,
                AnalysisRequest.of(PeriodSpec.year(2024)).by(Dimension.COUNTRY)));
        time("scenario lose 2 accounts, 2024 --by region", () -> service.loseAccounts(loaded,
                AnalysisRequest.of(PeriodSpec.year(2024)).by(Dimension.REGION), List.of(lost1, lost2)));
        PortfolioAnalysis now = service.analyze(loaded, AnalysisRequest.of(PeriodSpec.year(2024)).by(Dimension.REGION));
        time("scenario lose 2 accounts, reusing the analysis", () -> service.loseAccounts(now, List.of(lost1, lost2)));
        PortfolioAnalysis check = service.analyze(loaded, AnalysisRequest.of(PeriodSpec.year(2024)));
        System.out.printf("  (2024: N=%d, top20=%.4f, HHI=%.2f, total=%s)%n", check.metrics().accounts(),
                check.metrics().top20Share(), check.metrics().hhi(), check.metrics().totalRevenue().toPlainString());
    }

    private static void time(String label, Runnable work) {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        long[] times = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        report(label, times, cpu);
    }

    /** Wall time and this thread's CPU time: on a shared machine the CPU time is the steadier figure. */
    private static void report(String label, long[] wall, long[] cpu) {
        System.out.printf("  %-50s wall min %7.1f median %7.1f ms | cpu min %7.1f median %7.1f ms%n", label,
                min(wall), median(wall), min(cpu), median(cpu));
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /** A deterministic synthetic workspace, served through the repository ports. */
    private static final class Synthetic implements AccountRepository, RevenueRepository, RatesRepository,
            SettingsRepository {
        final List<Account> accounts = new ArrayList<>();
        final List<RevenueCell> cells = new ArrayList<>();
        final List<FxRate> rates = new ArrayList<>();

        Synthetic(int count, long seed) {
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
                accounts.add(new Account(i + 1, String.format("A%07d", i + 1), "Account " + i, "Owner " + (i % 60),
                        country, DefaultRegions.regionOf(country), DIVISIONS[i % DIVISIONS.length],
                        "Industry " + (i % 12), null, currency, null, null, null, null));
                double weight = Math.exp(1.6 * random.nextGaussian()) * 40_000 / 36;
                boolean withRevenue = random.nextInt(100) != 0;
                for (int year = 2022; year <= 2024 && withRevenue; year++) {
                    for (int month = 1; month <= 12; month++) {
                        double amount = weight * Math.exp(0.5 * random.nextGaussian());
                        if (random.nextInt(100) == 0) {
                            amount = -amount / 4;
                        }
                        cells.add(new RevenueCell(i + 1, currency, year, month, Math.round(amount * 100) * 100, 3));
                    }
                }
            }
            for (int c = 0; c < CURRENCIES.length; c++) {
                rates.add(new FxRate(CURRENCIES[c], 2022, 0, new BigDecimal(RATES_2022[c])));
                rates.add(new FxRate(CURRENCIES[c], 2023, 0, new BigDecimal(RATES_2023[c])));
                rates.add(new FxRate(CURRENCIES[c], 2024, 0, new BigDecimal(RATES_2024[c])));
            }
        }

        @Override
        public List<Account> findAll() {
            return accounts;
        }

        @Override
        public long count() {
            return accounts.size();
        }

        @Override
        public void saveAll(List<Account> added, List<Account> updated) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEachCell(Consumer<RevenueCell> sink) {
            cells.forEach(sink);
        }

        @Override
        public List<Integer> monthsWithRevenue() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(List<RevenueCell> newCells, Set<Integer> coveredMonths, RevenueMode mode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<FxRate> fxRates() {
            return rates;
        }

        @Override
        public void saveFxRates(List<FxRate> newRates) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteFxRate(String currency, int year, int month) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InflationRate> inflationRates() {
            return List.of(new InflationRate("EUR", 2024, new BigDecimal("2.4")),
                    new InflationRate("USD", 2024, new BigDecimal("2.9")));
        }

        @Override
        public void saveInflationRates(List<InflationRate> newRates) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteInflationRate(String scope, int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkspaceSettings load() {
            return new WorkspaceSettings("EUR", DefaultRegions.mapping());
        }

        @Override
        public void save(WorkspaceSettings settings) {
            throw new UnsupportedOperationException();
        }
    }
}
