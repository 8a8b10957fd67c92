package org.kamworkbench.service.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.DefaultRegions;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.port.UnitOfWork;

/**
 * Loads the demo portfolio into an empty workspace: 300 accounts in 11 countries, billed in EUR,
 * USD, GBP, CHF and JPY, with the invoices of 2022–2024 and the FX and inflation tables of those
 * years. The years are fixed rather than relative to today so that the demo is the same on every
 * machine and every day, and so that its rate tables can be the real ones of those years.
 *
 * <p>The whole demo — portfolio and story — is written in one transaction: a failure or a cancel at any
 * step leaves the workspace exactly as it was.
 */
public final class DemoPortfolioService {
    private final AccountRepository accounts;
    private final RevenueRepository revenue;
    private final RatesRepository rates;
    private final SettingsRepository settings;
    private final DemoStory story;
    private final UnitOfWork unitOfWork;

    /** The demo's accounts, revenue and rates only (no ratings, people or plans), over in-memory stores. */
    public DemoPortfolioService(AccountRepository accounts, RevenueRepository revenue, RatesRepository rates,
                                SettingsRepository settings) {
        this(accounts, revenue, rates, settings, null, UnitOfWork.DIRECT);
    }

    /**
     * The whole demo: the portfolio, then the {@link DemoStory} told on it, all in one {@code unitOfWork}
     * transaction.
     */
    public DemoPortfolioService(AccountRepository accounts, RevenueRepository revenue, RatesRepository rates,
                                SettingsRepository settings, DemoStory story, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.revenue = revenue;
        this.rates = rates;
        this.settings = settings;
        this.story = story;
        this.unitOfWork = unitOfWork;
    }

    /** The portfolio the demo loads, for the workspace's settings (nothing is written). */
    public DemoPortfolio generate() {
        WorkspaceSettings current = settings.load();
        Map<String, String> mapping = current.regionByCountry();
        return new DemoPortfolioGenerator(DemoPortfolioGenerator.SEED,
                country -> mapping.getOrDefault(country, DefaultRegions.regionOf(country)))
                .generate(current.reportingCurrency());
    }

    /**
     * Generates and stores the demo portfolio. Rates the user already entered are kept.
     *
     * @return what was loaded
     * @throws java.util.concurrent.CancellationException when the monitor was cancelled: nothing was written
     * @throws IllegalStateException with a sentence when the workspace already holds accounts or revenue,
     *                               or its reporting currency is not one the demo has rates for
     */
    public DemoPortfolio load(ProgressMonitor monitor) {
        return load(monitor, true);
    }

    /**
     * The demo's accounts, revenue and rates without its story (no ratings, designations, people or
     * plans): for a workshop that identifies the key accounts from scratch.
     */
    public DemoPortfolio loadPortfolio(ProgressMonitor monitor) {
        return load(monitor, false);
    }

    private DemoPortfolio load(ProgressMonitor monitor, boolean withStory) {
        DemoPortfolio[] loaded = new DemoPortfolio[1];
        unitOfWork.inTransaction(() -> loaded[0] = write(monitor, withStory));
        monitor.progress(1, org.kamworkbench.service.message.Sentence.of("progress.demo.loaded"));
        return loaded[0];
    }

    private DemoPortfolio write(ProgressMonitor monitor, boolean withStory) {
        if (accounts.count() > 0 || !revenue.monthsWithRevenue().isEmpty()) {
            throw new org.kamworkbench.service.message.UserStateException("demo.notEmpty");
        }
        monitor.progress(0.1, org.kamworkbench.service.message.Sentence.of("progress.demo.generating"));
        DemoPortfolio demo = generate();
        stopIfCancelled(monitor);
        monitor.progress(0.3, org.kamworkbench.service.message.Sentence.of("progress.demo.accounts"));
        accounts.saveAll(demo.accounts(), List.of());
        Map<String, Long> idByExternalId = new HashMap<>();
        for (Account a : accounts.findAll()) {
            idByExternalId.put(a.externalId(), a.id());
        }
        stopIfCancelled(monitor);
        monitor.progress(0.6, org.kamworkbench.service.message.Sentence.of("progress.demo.revenue"));
        List<RevenueCell> cells = new ArrayList<>();
        Set<Integer> months = new HashSet<>();
        for (DemoPortfolio.DemoRevenue r : demo.revenue()) {
            cells.add(new RevenueCell(idByExternalId.get(r.externalId()), r.currency(), r.year(), r.month(),
                    r.amountE4(), r.records()));
            months.add(r.year() * 100 + r.month());
        }
        revenue.write(cells, months, RevenueMode.ADD);
        stopIfCancelled(monitor);
        monitor.progress(0.9, org.kamworkbench.service.message.Sentence.of("progress.demo.rates"));
        rates.saveFxRates(missingFx(demo.fxRates()));
        rates.saveInflationRates(missingInflation(demo.inflationRates()));
        if (withStory && story != null) {
            story.tell(monitor);
        }
        stopIfCancelled(monitor);
        return demo;
    }

    /** Throws when the user cancelled: the transaction rolls back everything written so far. */
    static void stopIfCancelled(ProgressMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new java.util.concurrent.CancellationException("The demo was not loaded: cancelled.");
        }
    }

    private List<FxRate> missingFx(List<FxRate> demoRates) {
        Set<String> present = new HashSet<>();
        rates.fxRates().forEach(r -> present.add(r.currency() + ':' + r.year() + ':' + r.month()));
        return demoRates.stream().filter(r -> !present.contains(r.currency() + ':' + r.year() + ':' + r.month()))
                .toList();
    }

    private List<InflationRate> missingInflation(List<InflationRate> demoRates) {
        Set<String> present = new HashSet<>();
        rates.inflationRates().forEach(r -> present.add(r.scope() + ':' + r.year()));
        return demoRates.stream().filter(r -> !present.contains(r.scope() + ':' + r.year())).toList();
    }
}
