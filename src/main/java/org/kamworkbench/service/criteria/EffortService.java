package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.port.EffortRepository;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * The effort we spend on accounts (hours, budget per year: what the review alert weighs) and the
 * clients' estimated spend (what share of wallet divides by), entered one at a time or from a file.
 */
public final class EffortService {
    private final EffortRepository effort;
    private final PortfolioService portfolio;
    private final TableFiles files;

    public EffortService(EffortRepository effort, PortfolioService portfolio, TableFiles files) {
        this.effort = effort;
        this.portfolio = portfolio;
        this.files = files;
    }

    public List<Effort> efforts() {
        return effort.efforts();
    }

    /**
     * Enters the effort of an account in a year (replacing what was there).
     *
     * @throws CriteriaInputException for negative numbers or neither hours nor budget
     */
    public Effort enterEffort(long accountId, int year, BigDecimal hours, BigDecimal budget) {
        if (hours == null && budget == null) {
            throw new CriteriaInputException("criteria.effortMissing", String.valueOf(year));
        }
        if ((hours != null && hours.signum() < 0) || (budget != null && budget.signum() < 0)) {
            throw new CriteriaInputException("criteria.effortNegative");
        }
        Effort e = new Effort(accountId, year, hours, budget);
        effort.saveEfforts(List.of(e));
        return e;
    }

    /** Imports an effort file; returns how many rows were stored. */
    public int importEffort(Path file) {
        List<Effort> list = InputImports.of(files, portfolio).efforts(file);
        effort.saveEfforts(list);
        return list.size();
    }

    /** Every account's estimated spend. */
    public List<EstimatedSpend> estimatedSpends() {
        return effort.estimatedSpend();
    }

    /** The client's estimated spend of an account, or null. */
    public EstimatedSpend estimatedSpend(long accountId) {
        return effort.estimatedSpend().stream().filter(s -> s.accountId() == accountId).findFirst().orElse(null);
    }

    /**
     * Enters the client's estimated yearly spend (for share of wallet).
     *
     * @throws CriteriaInputException for a negative amount or an unknown currency
     */
    public EstimatedSpend enterEstimatedSpend(long accountId, BigDecimal amount, String currency) {
        String code = Currencies.code(currency);
        if (code == null) {
            throw new CriteriaInputException("criteria.badCurrency", currency);
        }
        if (amount == null || amount.signum() <= 0) {
            throw new CriteriaInputException("criteria.spendPositive");
        }
        EstimatedSpend s = new EstimatedSpend(accountId, amount, code);
        effort.saveEstimatedSpend(List.of(s));
        return s;
    }

    /** Imports an estimated-spend file; returns how many rows were stored. */
    public int importEstimatedSpend(Path file) {
        List<EstimatedSpend> list = InputImports.of(files, portfolio).spend(file);
        effort.saveEstimatedSpend(list);
        return list.size();
    }
}
