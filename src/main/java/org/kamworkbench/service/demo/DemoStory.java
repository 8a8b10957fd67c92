package org.kamworkbench.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.Rating;
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
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.StakeholderService;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.CriteriaTemplates;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.port.EffortRepository;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.RatingRepository;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.service.team.TeamService;

/**
 * What the demo adds on top of its accounts and revenue so that every screen has something to show:
 * the KAM portfolio criteria with a rating of every manual criterion and an estimated spend for every
 * account with revenue, four colleagues with competencies, the six best-scoring strategic accounts
 * designated key (each with a lead), stakeholders with a reporting line on four of them, three active
 * plans with objectives, actions, KPIs (revenue computed from the invoices, NPS entered) and reviews,
 * one draft plan, and meetings. Everything follows from the accounts' own figures and fixed dates, so
 * the demo is the same on every machine.
 */
public final class DemoStory {
    static final String AUTHOR = "Demo";
    private static final LocalDate PLAN_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate PLAN_END = LocalDate.of(2026, 12, 31);

    private final KeyAccountServices keyAccounts;
    private final RatingRepository ratings;
    private final EffortRepository spend;
    private final PeopleService people;
    private final TeamService teams;
    private final StakeholderService stakeholders;
    private final PlanService plans;
    private final KpiService kpis;
    private final InteractionService interactions;

    /**
     * @param ratings and {@code spend}: the demo's 1 500 ratings and 300 estimated spends are written in
     *                one transaction each (through the key-account service, one at a time, they took ~50 s)
     */
    public DemoStory(KeyAccountServices keyAccounts, RatingRepository ratings, EffortRepository spend,
                     PeopleService people, TeamService teams,
                     StakeholderService stakeholders, PlanService plans, KpiService kpis,
                     InteractionService interactions) {
        this.keyAccounts = keyAccounts;
        this.ratings = ratings;
        this.spend = spend;
        this.people = people;
        this.teams = teams;
        this.stakeholders = stakeholders;
        this.plans = plans;
        this.kpis = kpis;
        this.interactions = interactions;
    }

    /** Adds the story to a workspace that holds the demo accounts and revenue (and nothing else). */
    public void tell(ProgressMonitor monitor) {
        monitor.progress(0.92, org.kamworkbench.service.message.Sentence.of("progress.demo.rating"));
        if (keyAccounts.criteriaSets().currentSet().isEmpty()) {
            keyAccounts.criteriaSets().save(CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO));
        }
        ScoringData data = keyAccounts.scoring().load(null);
        rate(data);
        DemoPortfolioService.stopIfCancelled(monitor);
        monitor.progress(0.95, org.kamworkbench.service.message.Sentence.of("progress.demo.designating"));
        List<Account> key = designate(keyAccounts.scoring().load(null));
        List<Colleague> team = colleagues();
        for (int i = 0; i < key.size(); i++) {
            Account account = key.get(i);
            teams.assignLead(account.id(), team.get(i % 3).id());
            teams.addMember(account.id(), team.get(3).id(), "Supply chain expert");
        }
        DemoPortfolioService.stopIfCancelled(monitor);
        monitor.progress(0.98, org.kamworkbench.service.message.Sentence.of("progress.demo.plans"));
        for (int i = 0; i < Math.min(4, key.size()); i++) {
            Account account = key.get(i);
            List<Stakeholder> client = stakeholders(account, team.get(i % 3));
            if (i < 3) {
                plan(account, data.revenue(account), client, team.get(i % 3), team.get(3), i);
            } else {
                plans.createPlan(account.id(), LocalDate.of(2025, 1, 1), PLAN_END);
            }
        }
    }

    /** Every manual criterion, for every account: a level that follows its ABC class, nudged by its id. */
    private void rate(ScoringData data) {
        List<Criterion> criteria = keyAccounts.criteriaSets().currentSet().orElseThrow().criteria();
        String currency = data.reportingCurrency();
        LocalDate today = keyAccounts.criteriaSets().today();
        List<Rating> levels = new ArrayList<>();
        List<EstimatedSpend> spends = new ArrayList<>();
        for (Account account : data.accounts()) {
            BigDecimal revenue = data.revenue(account);
            if (revenue == null || revenue.signum() <= 0) {
                continue;
            }
            int base = switch (String.valueOf(data.abcClass(account))) {
                case "A" -> 4;
                case "B" -> 3;
                default -> 2;
            };
            for (Criterion c : criteria) {
                if (c.source() == CriterionSource.MANUAL) {
                    levels.add(new Rating(account.id(), c.name(), level(base + nudge(account, c.name()), c.scale()),
                            today, AUTHOR, ""));
                } else if (c.source() == CriterionSource.SHARE_OF_WALLET) {
                    // our share of the client's spend: 10 % to 60 %, so the spend is revenue ÷ share
                    int sharePercent = 10 + Math.floorMod((account.externalId() + "wallet").hashCode(), 51);
                    BigDecimal amount = revenue.multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(sharePercent), 0, RoundingMode.HALF_UP);
                    spends.add(new EstimatedSpend(account.id(), amount, currency));
                }
            }
        }
        ratings.saveAll(levels);
        spend.saveEstimatedSpend(spends);
    }

    private static int nudge(Account account, String criterion) {
        return Math.floorMod((account.externalId() + '|' + criterion).hashCode(), 3) - 1;
    }

    private static int level(int wanted, int scale) {
        return Math.max(1, Math.min(scale, wanted));
    }

    /** The six best-scoring strategic accounts become key accounts; the two best development ones, development. */
    private List<Account> designate(ScoringData data) {
        List<AccountScore> ranked = keyAccounts.scoring().score(data).ranked();
        List<Account> key = new ArrayList<>();
        int development = 0;
        for (AccountScore s : ranked) {
            if (s.quadrant() == Quadrant.STRATEGIC && key.size() < 6) {
                keyAccounts.designations().designate(s.account().id(), DesignationStatus.KEY,
                        "Strategic quadrant, rank " + (ranked.indexOf(s) + 1) + " by total score", AUTHOR);
                key.add(s.account());
            } else if (s.quadrant() == Quadrant.DEVELOPMENT && development < 2) {
                keyAccounts.designations().designate(s.account().id(), DesignationStatus.DEVELOPMENT,
                        "Attractive, and we are not strong there yet", AUTHOR);
                development++;
            }
        }
        if (key.isEmpty()) {
            // no strategic account: the best scores are still the ones to manage as key accounts
            ranked.stream().limit(6).forEach(s -> {
                keyAccounts.designations().designate(s.account().id(), DesignationStatus.KEY, "Best total score",
                        AUTHOR);
                key.add(s.account());
            });
        }
        return key;
    }

    private List<Colleague> colleagues() {
        return List.of(
                people.save(colleague("Giulia Romano", "Key account manager", 4, List.of("Italian", "English"),
                        5, 4, 4, 4, 5, 3, 4)),
                people.save(colleague("Lukas Becker", "Key account manager", 4, List.of("German", "English"),
                        4, 5, 3, 5, 3, 4, 3)),
                people.save(colleague("Claire Dubois", "Key account manager", 3, List.of("French", "English"),
                        3, 3, 5, 3, 4, 4, 4)),
                people.save(colleague("Tom Hughes", "Supply chain", null, List.of("English"),
                        0, 0, 0, 0, 0, 0, 0)));
    }

    private static Colleague colleague(String name, String function, Integer capacity, List<String> languages,
                                       int... levels) {
        Map<Competency, Integer> competencies = new EnumMap<>(Competency.class);
        Competency[] all = Competency.values();
        for (int i = 0; i < all.length && i < levels.length; i++) {
            if (levels[i] > 0) {
                competencies.put(all[i], levels[i]);
            }
        }
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
        return new Colleague(0, name, function, email, capacity == null ? List.of("Logistics") : List.of(),
                languages, capacity, competencies);
    }

    /** A chief executive, a purchasing director reporting to them, a buyer reporting to the director, a CTO. */
    private List<Stakeholder> stakeholders(Account account, Colleague owner) {
        String n = account.externalId();
        Stakeholder ceo = stakeholders.save(person(account, "Chief executive " + n, "CEO", "Management", null,
                BuyingRole.ECONOMIC_BUYER, 5, Attitude.NEUTRAL, RelationshipStrength.WEAK, owner));
        Stakeholder cpo = stakeholders.save(person(account, "Purchasing director " + n, "CPO", "Purchasing",
                ceo.id(), BuyingRole.ECONOMIC_BUYER, 4, Attitude.SUPPORTER, RelationshipStrength.GOOD, owner));
        Stakeholder buyer = stakeholders.save(person(account, "Senior buyer " + n, "Buyer", "Purchasing",
                cpo.id(), BuyingRole.USER, 2, Attitude.CHAMPION, RelationshipStrength.STRONG, owner));
        Stakeholder cto = stakeholders.save(person(account, "Technical director " + n, "CTO", "Engineering",
                ceo.id(), BuyingRole.TECHNICAL_BUYER, 4, Attitude.SCEPTIC, RelationshipStrength.WEAK, owner));
        return List.of(ceo, cpo, buyer, cto);
    }

    private static Stakeholder person(Account account, String name, String title, String department, Long reportsTo,
                                      BuyingRole role, int influence, Attitude attitude,
                                      RelationshipStrength relationship, Colleague owner) {
        return new Stakeholder(0, account.id(), name, title, department, null, reportsTo, role, influence, attitude,
                relationship, owner.id(), null, null);
    }

    /** An active 2024–2026 plan: three objectives, four actions, a revenue and an NPS KPI, two reviews, two meetings. */
    private void plan(Account account, BigDecimal revenue2024, List<Stakeholder> client, Colleague lead,
                      Colleague expert, int index) {
        AccountPlan plan = plans.createPlan(account.id(), PLAN_START, PLAN_END);
        plans.updatePlan(new AccountPlan(plan.id(), plan.accountId(), null, PLAN_START, PLAN_END, plan.status(),
                "Consolidating suppliers; pressure on purchase prices.",
                "Energy and transport costs; currency swings on imports.",
                List.of("Long relationship", "On-time delivery"), List.of("Few contacts above purchasing"),
                List.of("New plant in 2025", "Private-label range"), List.of("Low-cost competitor"),
                List.of("Reach the technical director", "Propose a joint forecast")));
        BigDecimal target = revenue2024.multiply(new BigDecimal(index == 2 ? "1.25" : "0.95"))
                .setScale(0, RoundingMode.HALF_UP);
        KpiDefinition revenueKpi = kpis.saveKpi(new KpiDefinition(0, account.id(), "Revenue", "",
                KpiDirection.HIGHER_IS_BETTER, KpiFrequency.YEARLY, null, KpiSource.REVENUE));
        kpis.setEntry(revenueKpi.id(), KpiPeriod.year(2024), target, null, "Plan target for the first year");
        kpis.setEntry(revenueKpi.id(), KpiPeriod.year(2025), target.multiply(new BigDecimal("1.05"))
                .setScale(0, RoundingMode.HALF_UP), null, null);
        kpis.setEntry(revenueKpi.id(), KpiPeriod.year(2026), target.multiply(new BigDecimal("1.10"))
                .setScale(0, RoundingMode.HALF_UP), null, null);
        KpiDefinition nps = kpis.saveKpi(new KpiDefinition(0, account.id(), "Net promoter score", "",
                KpiDirection.HIGHER_IS_BETTER, KpiFrequency.QUARTERLY, new BigDecimal("30"), KpiSource.MANUAL));
        int[] actual = {32, 35, 38 - 6 * index, 41 - 8 * index};
        for (int q = 1; q <= 4; q++) {
            kpis.setEntry(nps.id(), KpiPeriod.quarter(2024, q), new BigDecimal("35"), BigDecimal.valueOf(actual[q - 1]),
                    null);
        }
        Objective grow = plans.saveObjective(new Objective(0, plan.id(), "Grow revenue 5 % a year", PLAN_END,
                revenueKpi.id(), target, lead.id(), ObjectiveStatus.OPEN));
        plans.saveObjective(new Objective(0, plan.id(), "Listed as preferred supplier", LocalDate.of(2024, 12, 31),
                null, null, lead.id(), ObjectiveStatus.ACHIEVED));
        Objective nps40 = plans.saveObjective(new Objective(0, plan.id(), "NPS of 40 or more",
                LocalDate.of(2025, 12, 31), nps.id(), new BigDecimal("40"), expert.id(),
                index == 0 ? ObjectiveStatus.ACHIEVED : ObjectiveStatus.OPEN));
        plans.saveAction(new PlanAction(0, plan.id(), "Quarterly business review", lead.id(), null,
                "On site, with the purchasing director", LocalDate.of(2024, 3, 31), ActionStatus.DONE, grow.id(),
                LocalDate.of(2024, 3, 28)));
        plans.saveAction(new PlanAction(0, plan.id(), "Meet the technical director", lead.id(), null,
                "Ask the senior buyer for an introduction", LocalDate.of(2025, 6, 30),
                index == 0 ? ActionStatus.DONE : ActionStatus.IN_PROGRESS, grow.id(),
                index == 0 ? LocalDate.of(2025, 6, 12) : null));
        plans.saveAction(new PlanAction(0, plan.id(), "Delivery performance report", expert.id(), null,
                "Monthly, shared with the senior buyer", LocalDate.of(2025, 9, 30), ActionStatus.PLANNED, nps40.id(),
                null));
        plans.saveAction(new PlanAction(0, plan.id(), "Send the joint forecast template", null, client.get(2).id(),
                "The client's buyer fills it in", LocalDate.of(2027, 3, 31), ActionStatus.PLANNED, grow.id(), null));
        plans.activate(plan.id());
        List<Long> attendees = List.of(client.get(1).id(), client.get(2).id());
        interactions.save(new Interaction(0, account.id(), LocalDate.of(2024, 3, 28), InteractionType.BUSINESS_REVIEW,
                attendees, List.of(lead.id(), expert.id()), "Year plan, delivery performance, price review",
                "Happy with delivery; wants a forecast process.",
                List.of(new NextStep("Propose a joint forecast", null))));
        interactions.save(new Interaction(0, account.id(), LocalDate.of(2024, 10, 15), InteractionType.WORKSHOP,
                List.of(client.get(2).id(), client.get(3).id()), List.of(lead.id()), "Private-label range",
                index == 2 ? "The technical director doubts our capacity." : "Interested in a pilot in 2025.",
                List.of()));
        plans.recordReview(plan.id(), LocalDate.of(2024, 6, 30), List.of(lead.id(), expert.id()),
                List.of(client.get(1).id()), "First half: on plan.");
        plans.recordReview(plan.id(), LocalDate.of(2024, 12, 15), List.of(lead.id()), List.of(), "Year-end review.");
    }
}
