package org.kamworkbench.service.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiEntry;
import org.kamworkbench.service.account.StakeholderService;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.service.plan.NextPlanReview;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.port.KpiRepository;
import org.kamworkbench.service.export.TableExporter;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.team.TeamMember;
import org.kamworkbench.service.team.TeamService;

/**
 * The tables the workbench exports — accounts with their figures, ratings, plans, actions, KPI
 * values, stakeholders, effort, spend and the CRM update files — and writing any table (these or a
 * screen's) to XLSX or CSV. The same tables serve the app and the command line.
 */
public final class ExportService {
    /** The account columns of the ratings sheet, which the ratings import reads (the criteria follow). */
    public static final String RATINGS_ACCOUNT_COLUMN = ImportableExports.ACCOUNT;
    public static final String RATINGS_NAME_COLUMN = ImportableExports.NAME;

    private final TableExporter exporter;
    private final AccountRepository accounts;
    private final PortfolioService portfolio;
    private final KeyAccountServices keyAccounts;
    private final PlanService plans;
    private final KpiRepository kpis;
    private final StakeholderService stakeholders;
    private final TeamService teams;
    private final ColleagueRepository colleagues;

    public ExportService(TableExporter exporter, AccountRepository accounts, PortfolioService portfolio,
                         KeyAccountServices keyAccounts, PlanService plans, KpiRepository kpis,
                         StakeholderService stakeholders, TeamService teams, ColleagueRepository colleagues) {
        this.exporter = exporter;
        this.accounts = accounts;
        this.portfolio = portfolio;
        this.keyAccounts = keyAccounts;
        this.plans = plans;
        this.kpis = kpis;
        this.stakeholders = stakeholders;
        this.teams = teams;
        this.colleagues = colleagues;
    }

    /**
     * Writes the table; returns the file written.
     *
     * @throws ExportException with a sentence for the user when the file cannot be written
     */
    public Path write(ExportTable table, Path file, ExportFormat format) {
        try {
            exporter.write(table, file, format);
            return file;
        } catch (IOException e) {
            throw new ExportException("Cannot write " + file + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** Every account with ABC class, revenue, shares and growth of {@code year} (null: the last complete year). */
    public ExportTable accounts(Integer year, ExportTexts texts) {
        PortfolioData data = portfolio.load();
        return AccountsExport.of(portfolio, data, year != null ? year : keyAccounts.scoring().defaultYear(data), texts);
    }

    /**
     * The ratings of the current criteria set: {@code wide} one row per account and a column per manual
     * criterion (the sheet to fill in at a workshop), else one row per rating with its date, author and comment.
     *
     * @throws CriteriaInputException when there is no criteria set
     */
    public ExportTable ratings(boolean wide) {
        CriteriaSet set = currentSet();
        List<Account> all = accounts.findAll();
        return wide ? ImportableExports.ratingsWide(all, set, keyAccounts.ratings().all())
                : ImportableExports.ratingsLong(all, set, keyAccounts.ratings().all());
    }

    public ExportTable kpiValues() {
        Map<KpiDefinition, List<KpiEntry>> entries = new LinkedHashMap<>();
        kpis.allKpis().forEach(k -> entries.put(k, kpis.entries(k.id())));
        return ImportableExports.kpiValues(accounts.findAll(), entries);
    }

    public ExportTable effort() {
        return ImportableExports.effort(accounts.findAll(), keyAccounts.effort().efforts());
    }

    public ExportTable estimatedSpend() {
        return ImportableExports.spend(accounts.findAll(), keyAccounts.effort().estimatedSpends());
    }

    public ExportTable plans(ExportTexts texts) {
        Map<Long, String> leads = new HashMap<>();
        for (Account a : plans.accounts()) {
            if (!plans.plansOf(a.id()).isEmpty()) {
                leads.put(a.id(), lead(a.id()));
            }
        }
        return PlanExports.plans(plans, leads, texts);
    }

    /** The actions of every plan that is not closed, by due date. */
    public ExportTable actions(ExportTexts texts) {
        return PlanExports.actions(plans.actions(null, false), texts);
    }

    public ExportTable stakeholders(ExportTexts texts) {
        Map<Long, String> names = new HashMap<>();
        colleagues.findAll().forEach(c -> names.put(c.id(), c.name()));
        return StakeholdersExport.of(accounts.findAll(), stakeholders, names, texts);
    }

    /**
     * The CRM update file for {@code target}: only accounts imported with that CRM's preset. Scores and
     * ABC classes are those of the current criteria set and the last complete year (empty when not scored).
     */
    public ExportTable crm(CrmTarget target) {
        Map<String, String> sources = accounts.idSources();
        ScoringData data = keyAccounts.scoring().load(null);
        Scoreboard board;
        try {
            board = keyAccounts.criteriaSets().currentSet().isPresent() ? keyAccounts.scoring().score(data) : null;
        } catch (CriteriaInputException e) {
            board = null;
        }
        Scoreboard scores = board;
        Map<Long, Designation> designations = keyAccounts.designations().currentByAccount();
        return CrmExport.of(target, accounts.findAll(), sources, a -> new CrmExport.Facts(designations.get(a.id()),
                CrmExport.scoreOf(scores, a), blankToNull(data.abcClass(a)), lead(a.id()), nextReview(a.id())));
    }

    /** How many accounts have ids that came from each CRM (by preset name). */
    public Map<String, Long> idSourceCounts() {
        Map<String, Long> counts = new HashMap<>();
        accounts.idSources().values().forEach(crm -> counts.merge(crm, 1L, Long::sum));
        return counts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private CriteriaSet currentSet() {
        return keyAccounts.criteriaSets().currentSet().orElseThrow(() -> new CriteriaInputException(
                "No criteria set yet: define one (or import it with 'criteria import') first."));
    }

    private String lead(long accountId) {
        return teams.team(accountId).stream().filter(TeamMember::lead).map(m -> m.colleague().name()).findFirst()
                .orElse(null);
    }

    private java.time.LocalDate nextReview(long accountId) {
        AccountPlan plan = plans.currentPlan(accountId).orElse(null);
        return plan == null ? null : NextPlanReview.of(plan, plans.details(plan.id()).reviews());
    }
}
