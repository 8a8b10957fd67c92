package org.kamworkbench.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.NextStep;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.Workspace;

/**
 * A workspace for the report tests that holds everything a report can show — and every internal
 * item the client version must leave out, each carrying a marker text a test can look for.
 */
public final class ReportFixture {
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    public static final String SWOT = "Marker-SWOT-strength";
    public static final String WEAKNESS = "Marker-SWOT-weakness";
    public static final String RECOMMENDATION = "Marker-recommendation";
    public static final String ECONOMIC = "Marker-economic-issue";
    public static final String NOTES = "Marker-internal-note";
    public static final String HOW = "Marker-how";
    public static final String REASON = "Marker-designation-reason";
    public static final String STAKEHOLDER = "Sara Rossi";
    public static final String STAKEHOLDER_TITLE = "Marker-CFO-title";
    public static final String CRITERION = "Marker-criterion";
    public static final String PURPOSE = "Grow the service business together";
    public static final String OBJECTIVE = "Raise service revenue";
    public static final String KPI = "Service revenue";
    public static final String FEEDBACK = "Happy with delivery, wants faster quotes";
    public static final String NEXT = "Send the new price list";

    private ReportFixture() {
    }

    public static WorkspaceWiring wiring(Path home) {
        return new WorkspaceWiring(home, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /**
     * Twelve accounts (A01 largest ... A12), revenue in 2023 and 2024 in EUR and USD, FX and
     * inflation for both years, and the full plan story on A01 "Alpha Industries Ltd".
     */
    public static Path create(Path home, Path dir) {
        Path workspace = dir.resolve("reports");
        try (Workspace ws = Workspace.open(workspace, null)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            List<Account> list = new ArrayList<>();
            String[] regions = {"EMEA", "AMER", "APAC"};
            for (int i = 1; i <= 12; i++) {
                String id = String.format("A%02d", i);
                String name = i == 1 ? "Alpha Industries Ltd" : "Client " + id;
                list.add(new Account(0, id, name, "Ann", i % 4 == 0 ? "US" : "DE", regions[i % 3], "Industry",
                        "Retail", "Customer", i % 4 == 0 ? "USD" : "EUR", null, 100L, null, null));
            }
            accounts.saveAll(list, List.of());
            List<RevenueCell> cells = new ArrayList<>();
            Set<Integer> months = new HashSet<>();
            for (Account a : accounts.findAll()) {
                int i = Integer.parseInt(a.externalId().substring(1));
                long base = 100L * (13 - i) * (13 - i); // heavy-tailed: A01 14 400, A12 100 a month
                for (int year : new int[] {2023, 2024}) {
                    long amount = (year == 2024 ? base + base / 10 : base) * 10_000L;
                    for (int month : new int[] {1, 6}) {
                        cells.add(new RevenueCell(a.id(), a.currency(), year, month, amount, 1));
                        months.add(year * 100 + month);
                    }
                }
            }
            new RevenueStore(ws.jdbi()).write(cells, months, RevenueMode.ADD);
            RatesStore rates = new RatesStore(ws.jdbi());
            rates.saveFxRates(List.of(new FxRate("USD", 2023, 0, new BigDecimal("0.9")),
                    new FxRate("USD", 2024, 0, new BigDecimal("0.92"))));
            rates.saveInflationRates(List.of(new InflationRate("EUR", 2024, new BigDecimal("2.4")),
                    new InflationRate("USD", 2024, new BigDecimal("3.1"))));
        }
        try (WorkspaceServices ws = wiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            story(ws);
        }
        return workspace;
    }

    private static void story(WorkspaceServices ws) {
        Account alpha = ws.plans().accountByExternalId("A01").orElseThrow();
        long id = alpha.id();
        Colleague ann = ws.plans().addColleague("Ann Keller");
        AccountPlan plan = ws.plans().createPlan(id, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        ws.plans().updatePlan(new AccountPlan(plan.id(), id, null, plan.start(), plan.end(), plan.status(), PURPOSE,
                ECONOMIC, List.of(SWOT), List.of(WEAKNESS), List.of("Marker-SWOT-opportunity"),
                List.of("Marker-SWOT-threat"), List.of(RECOMMENDATION)));
        ws.plans().activate(plan.id());
        KpiDefinition kpi = ws.kpis().saveKpi(new KpiDefinition(0, id, KPI, "k€", KpiDirection.HIGHER_IS_BETTER,
                KpiFrequency.QUARTERLY, new BigDecimal("100"), KpiSource.MANUAL));
        ws.kpis().setEntry(kpi.id(), KpiPeriod.quarter(2024, 3), new BigDecimal("120"), new BigDecimal("118"), "");
        ws.kpis().setEntry(kpi.id(), KpiPeriod.quarter(2024, 4), new BigDecimal("130"), new BigDecimal("112"), "slow");
        Objective objective = ws.plans().saveObjective(new Objective(0, plan.id(), OBJECTIVE,
                LocalDate.of(2024, 6, 30), kpi.id(), new BigDecimal("150"), ann.id(), ObjectiveStatus.OPEN));
        ws.plans().saveAction(new PlanAction(0, plan.id(), "Run the joint workshop", ann.id(), null, HOW,
                LocalDate.of(2025, 2, 1), ActionStatus.PLANNED, objective.id(), null)
                .withStatus(ActionStatus.DONE, LocalDate.of(2025, 2, 3)));
        ws.plans().saveAction(new PlanAction(0, plan.id(), NEXT, ann.id(), null, HOW,
                LocalDate.of(2025, 4, 1), ActionStatus.IN_PROGRESS, objective.id(), null));
        Stakeholder sara = ws.account360().stakeholders().save(new Stakeholder(0, id, STAKEHOLDER, STAKEHOLDER_TITLE,
                "Finance", null, null, BuyingRole.USER, 5, Attitude.SCEPTIC, RelationshipStrength.WEAK, null,
                LocalDate.of(2022, 1, 10), "Marker-stakeholder-note"));
        ws.account360().stakeholders().save(new Stakeholder(0, id, "Marco Bianchi", "Buyer", "Purchasing", null,
                sara.id(), BuyingRole.INFLUENCER, 3, Attitude.CHAMPION, RelationshipStrength.STRONG, null,
                LocalDate.of(2025, 3, 1), null));
        ws.interactions().save(new Interaction(0, id, LocalDate.of(2025, 2, 20), InteractionType.BUSINESS_REVIEW,
                List.of(sara.id()), List.of(ann.id()), "Quarterly review", FEEDBACK,
                List.of(new NextStep(NEXT, null))));
        AccountProfile profile = ws.account360().pages().profile(id);
        ws.account360().pages().updateProfile(new AccountProfile(id, profile.languages(), profile.expertise(),
                profile.complexity(), NOTES));
        ws.account360().teams().addMember(id, ann.id(), "Service lead");
        ws.account360().teams().assignLead(id, ann.id());
        ws.keyAccounts().criteriaSets().save(new CriteriaSet("KAM", 0, null, 50, 12, 12, List.of(
                Criterion.manual(CRITERION, Axis.ATTRACTIVENESS, 40, 5),
                Criterion.manual("Growth outlook", Axis.ATTRACTIVENESS, 30, 5),
                Criterion.manual("Relationship depth", Axis.STRENGTH, 30, 5))));
        for (Account a : ws.plans().accounts()) {
            boolean big = a.externalId().compareTo("A04") <= 0;
            ws.keyAccounts().ratings().rate(a.id(), CRITERION, big ? 5 : 2, "Ann", null);
            ws.keyAccounts().ratings().rate(a.id(), "Growth outlook", big ? 4 : 2, "Ann", null);
            ws.keyAccounts().ratings().rate(a.id(), "Relationship depth",
                    a.externalId().equals("A03") ? 1 : big ? 4 : 3,
                    "Ann", null);
        }
        ws.keyAccounts().designations().designate(id, DesignationStatus.KEY, REASON, "Ann");
        ws.keyAccounts().designations().designate(ws.plans().accountByExternalId("A02").orElseThrow().id(),
                DesignationStatus.KEY,
                "Second largest", "Ann");
        ws.keyAccounts().effort().enterEffort(id, 2024, new BigDecimal("240"), new BigDecimal("18000"));
        ws.keyAccounts().effort().enterEstimatedSpend(id, new BigDecimal("400000"), "EUR");
    }
}
