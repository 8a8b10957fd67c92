package org.kamworkbench.service.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.accounts.AccountGroups;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;

/**
 * The portfolio analysis (ARCHITECTURE §4): Pareto, ABC, concentration, breakdowns, currency
 * exposure, growth and "lose accounts" scenarios.
 *
 * <p>Usage: {@link #load()} once per workspace state (tens of ms for 20 000 accounts; reload after
 * an import or an edit of accounts, FX or inflation rates), then {@link #analyze} or
 * {@link #loseAccounts} as often as the user changes period, dimension, thresholds or accounts:
 * each is pure computation over the loaded data, well under 50 ms for 20 000 accounts, safe to run
 * in a background task and to call from several threads.
 */
public final class PortfolioService {
    /** How many accounts per group {@link #loseAccounts} ranks by how much their loss would hurt. */
    public static final int DEFAULT_RANKING_SIZE = 5;

    private final AccountRepository accounts;
    private final RevenueRepository revenue;
    private final RatesRepository rates;
    private final SettingsRepository settings;

    public PortfolioService(AccountRepository accounts, RevenueRepository revenue, RatesRepository rates,
                            SettingsRepository settings) {
        this.accounts = accounts;
        this.revenue = revenue;
        this.rates = rates;
        this.settings = settings;
    }

    /**
     * Reads the workspace into memory. The revenue is read first and decoded on another thread while
     * the accounts are read: each takes about as long as the other (all reading stays on this thread,
     * in its transaction if there is one).
     */
    public PortfolioData load() {
        Consumer<Consumer<RevenueCell>> stored = revenue.readAmounts();
        CompletableFuture<PortfolioLoader.CellBuffer> cells =
                CompletableFuture.supplyAsync(() -> PortfolioLoader.CellBuffer.of(stored));
        List<Account> all = accounts.findAll();
        List<org.kamworkbench.domain.FxRate> fxRates = rates.fxRates();
        List<org.kamworkbench.domain.InflationRate> inflationRates = rates.inflationRates();
        WorkspaceSettings current = settings.load();
        return PortfolioLoader.load(all, joined(cells), fxRates, inflationRates, current);
    }

    private static <T> T joined(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Reads the workspace with accounts rolled up to their groups: each group (the top of a
     * {@code parentExternalId} hierarchy) is one account holding its subsidiaries' revenue as well;
     * the subsidiaries are left out. Analyse it as {@link #load()}'s data.
     */
    /**
     * The product lines an account bought, by month (year*100+month): every product line its revenue
     * records named that month, in any currency. Months without named product lines are absent.
     */
    public Map<Integer, java.util.Set<String>> productLinesByMonth(long accountId) {
        Map<Integer, java.util.Set<String>> byMonth = new java.util.TreeMap<>();
        revenue.forEachCell(c -> {
            if (c.accountId() == accountId && !c.productLines().isEmpty()) {
                byMonth.computeIfAbsent(c.periodKey(), k -> new java.util.TreeSet<>()).addAll(c.productLines());
            }
        });
        return byMonth;
    }

    public PortfolioData loadByGroup() {
        List<Account> all = accounts.findAll();
        AccountGroups groups = new AccountGroups(all);
        Map<Long, Long> topOf = new HashMap<>();
        List<Account> tops = new ArrayList<>();
        for (Account a : all) {
            Account top = groups.topOf(a);
            topOf.put(a.id(), top.id());
            if (top == a) {
                tops.add(a);
            }
        }
        return PortfolioLoader.load(tops, sink -> revenue.forEachAmount(c -> sink.accept(new RevenueCell(
                        topOf.getOrDefault(c.accountId(), c.accountId()), c.currency(), c.year(), c.month(),
                        c.amountE4(), c.records()))),
                rates.fxRates(), rates.inflationRates(), settings.load());
    }

    /**
     * @throws PortfolioInputException when the period holds no revenue
     * @throws MissingRateException    when revenue in the period has no FX rate
     */
    public PortfolioAnalysis analyze(PortfolioData data, AnalysisRequest request) {
        return PortfolioAnalyzer.analyze(data, request, null);
    }

    /**
     * The portfolio without the accounts with these external ids.
     *
     * @throws PortfolioInputException for an unknown id, no id, or a period without revenue
     * @throws MissingRateException    when revenue in the period has no FX rate
     */
    public ScenarioResult loseAccounts(PortfolioData data, AnalysisRequest request, Collection<String> externalIds) {
        return loseAccounts(analyze(data, request), externalIds);
    }

    /**
     * The same, starting from an analysis already at hand (the screen's current one): only the
     * portfolio after the loss is computed.
     *
     * @throws PortfolioInputException for an unknown id or no id
     */
    public ScenarioResult loseAccounts(PortfolioAnalysis before, Collection<String> externalIds) {
        return ScenarioAnalyzer.loseAccounts(before, externalIds, DEFAULT_RANKING_SIZE);
    }

    /**
     * Per group of the analysis' dimension (or the whole portfolio), the {@code size} accounts
     * whose loss would hurt it most, with the group's HHI and band after each loss.
     */
    public List<GroupLossRanking> lossRanking(PortfolioAnalysis analysis, int size) {
        return ScenarioAnalyzer.lossRanking(analysis, size);
    }
}
