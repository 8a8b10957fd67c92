package org.kamworkbench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.port.PlanRepository;

/** Account plans in {@code account_plan} with their lists, objectives, actions and reviews in child tables. */
public final class PlanStore implements PlanRepository {
    private static final List<String> LISTS = List.of("strengths", "weaknesses", "opportunities", "threats",
            "recommendations");
    private static final String PLAN_COLUMNS = "SELECT id, account_id, template_name, start_date, end_date, status, "
            + "challenges, economic_issues FROM account_plan ";
    private static final String ACTION_COLUMNS = "SELECT id, plan_id, what, colleague_id, stakeholder_id, how, "
            + "due_date, status, objective_id, completed_on, author FROM plan_action ";

    private final Jdbi jdbi;

    public PlanStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<AccountPlan> plansOf(long accountId) {
        return jdbi.withHandle(h -> loadPlans(h, "WHERE account_id = :id ORDER BY start_date DESC, id DESC",
                Map.of("id", accountId)));
    }

    @Override
    public List<AccountPlan> allPlans() {
        return jdbi.withHandle(h -> loadPlans(h, "WHERE account_id IS NOT NULL ORDER BY id", Map.of()));
    }

    @Override
    public List<AccountPlan> templates() {
        return jdbi.withHandle(h -> loadPlans(h, "WHERE account_id IS NULL ORDER BY LOWER(template_name), id",
                Map.of()));
    }

    @Override
    public Optional<AccountPlan> plan(long id) {
        return jdbi.withHandle(h -> loadPlans(h, "WHERE id = :id", Map.of("id", id))).stream().findFirst();
    }

    @Override
    public AccountPlan insertPlan(AccountPlan plan, List<Objective> objectives, List<PlanAction> actions) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO account_plan (account_id, template_name, start_date, end_date, "
                            + "status, challenges, economic_issues) VALUES (:accountId, :templateName, :start, :end, "
                            + ":status, :challenges, :economicIssues)")
                    .bindMethods(plan).bind("status", plan.status().name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertLists(h, id, plan);
            Map<Long, Long> objectiveIds = new HashMap<>();
            for (Objective o : objectives) {
                objectiveIds.put(o.id(), insertObjective(h, new Objective(0, id, o.title(), o.due(), o.kpiId(),
                        o.target(), o.ownerId(), o.status(), o.targetText())));
            }
            for (PlanAction a : actions) {
                Long objective = a.objectiveId() == null ? null : objectiveIds.get(a.objectiveId());
                insertAction(h, new PlanAction(0, id, a.what(), a.colleagueId(), a.stakeholderId(), a.how(), a.due(),
                        a.status(), objective, a.completedOn(), a.author()));
            }
            return plan.withId(id);
        });
    }

    @Override
    public void updatePlan(AccountPlan plan) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE account_plan SET template_name = :templateName, start_date = :start, "
                            + "end_date = :end, status = :status, challenges = :challenges, "
                            + "economic_issues = :economicIssues WHERE id = :id")
                    .bindMethods(plan).bind("status", plan.status().name()).execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No plan with id " + plan.id() + ".");
            }
            h.createUpdate("DELETE FROM plan_list_item WHERE plan_id = :id").bind("id", plan.id()).execute();
            insertLists(h, plan.id(), plan);
        });
    }

    @Override
    public void activate(long planId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE account_plan SET status = 'CLOSED' WHERE status = 'ACTIVE' AND id <> :id "
                    + "AND account_id = (SELECT account_id FROM account_plan WHERE id = :id)").bind("id", planId)
                    .execute();
            h.createUpdate("UPDATE account_plan SET status = 'ACTIVE' WHERE id = :id").bind("id", planId).execute();
        });
    }

    @Override
    public void deletePlan(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM account_plan WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<Objective> objectives(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, plan_id, title, due_date, kpi_id, target, owner_id, "
                        + "status, target_text FROM plan_objective WHERE plan_id = :id ORDER BY due_date, id")
                .bind("id", planId)
                .map((rs, ctx) -> new Objective(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), (Long) rs.getObject(5, Long.class),
                        KpiStore.exact(rs.getBigDecimal(6)),
                        rs.getObject(7, Long.class), ObjectiveStatus.valueOf(rs.getString(8)), rs.getString(9)))
                .list());
    }

    @Override
    public Objective saveObjective(Objective objective) {
        return jdbi.inTransaction(h -> {
            if (objective.id() == 0) {
                return objective.withId(insertObjective(h, objective));
            }
            int updated = h.createUpdate("UPDATE plan_objective SET title = :title, due_date = :due, kpi_id = :kpiId, "
                            + "target = :target, owner_id = :ownerId, status = :status, target_text = :targetText WHERE id = :id")
                    .bindMethods(objective).bind("status", objective.status().name()).execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No objective with id " + objective.id() + ".");
            }
            return objective;
        });
    }

    @Override
    public void deleteObjective(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plan_objective WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<PlanAction> actions(long planId) {
        return jdbi.withHandle(h -> h.createQuery(ACTION_COLUMNS + "WHERE plan_id = :id ORDER BY due_date, id")
                .bind("id", planId).map((rs, ctx) -> action(rs)).list());
    }

    @Override
    public List<PlanAction> allActions() {
        return jdbi.withHandle(h -> h.createQuery(ACTION_COLUMNS + "WHERE plan_id IN (SELECT id FROM account_plan "
                + "WHERE account_id IS NOT NULL) ORDER BY due_date, id").map((rs, ctx) -> action(rs)).list());
    }

    @Override
    public PlanAction saveAction(PlanAction action) {
        return jdbi.inTransaction(h -> {
            if (action.id() == 0) {
                return action.withId(insertAction(h, action));
            }
            int updated = h.createUpdate("UPDATE plan_action SET what = :what, colleague_id = :colleagueId, "
                            + "stakeholder_id = :stakeholderId, how = :how, due_date = :due, status = :status, "
                            + "objective_id = :objectiveId, completed_on = :completedOn WHERE id = :id")
                    .bindMethods(action).bind("status", action.status().name()).execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No action with id " + action.id() + ".");
            }
            return action;
        });
    }

    @Override
    public void deleteAction(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plan_action WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<PlanReview> reviews(long planId) {
        return jdbi.withHandle(h -> {
            List<PlanReview> reviews = h.createQuery("SELECT id, plan_id, review_date, notes FROM plan_review "
                            + "WHERE plan_id = :id ORDER BY review_date, id").bind("id", planId)
                    .map((rs, ctx) -> new PlanReview(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                            List.of(), List.of(), rs.getString(4), Map.of()))
                    .list();
            List<PlanReview> full = new ArrayList<>();
            for (PlanReview r : reviews) {
                List<Long> colleagues = new ArrayList<>();
                List<Long> stakeholders = new ArrayList<>();
                h.createQuery("SELECT colleague_id, stakeholder_id FROM plan_review_participant WHERE review_id = :id")
                        .bind("id", r.id())
                        .map((rs, ctx) -> {
                            Long c = rs.getObject(1, Long.class);
                            return c != null ? colleagues.add(c) : stakeholders.add(rs.getLong(2));
                        }).list();
                Map<String, String> snapshot = new LinkedHashMap<>();
                h.createQuery("SELECT item_key, item_value FROM plan_review_item WHERE review_id = :id "
                                + "ORDER BY position").bind("id", r.id())
                        .map((rs, ctx) -> snapshot.put(rs.getString(1), rs.getString(2))).list();
                full.add(new PlanReview(r.id(), r.planId(), r.date(), colleagues, stakeholders, r.notes(), snapshot));
            }
            return full;
        });
    }

    @Override
    public PlanReview saveReview(PlanReview review) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO plan_review (plan_id, review_date, notes) "
                            + "VALUES (:planId, :date, :notes)").bindMethods(review)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            PreparedBatch people = h.prepareBatch("INSERT INTO plan_review_participant (review_id, colleague_id, "
                    + "stakeholder_id) VALUES (:id, :colleague, :stakeholder)");
            review.colleagueIds().forEach(c -> people.bind("id", id).bindByType("colleague", c, Long.class)
                    .bindByType("stakeholder", null, Long.class).add());
            review.stakeholderIds().forEach(s -> people.bind("id", id)
                    .bindByType("colleague", null, Long.class).bindByType("stakeholder", s, Long.class).add());
            if (people.size() > 0) {
                people.execute();
            }
            PreparedBatch items = h.prepareBatch("INSERT INTO plan_review_item (review_id, position, item_key, "
                    + "item_value) VALUES (:id, :position, :key, :value)");
            int position = 0;
            for (Map.Entry<String, String> e : review.snapshot().entrySet()) {
                items.bind("id", id).bind("position", position++).bind("key", e.getKey()).bind("value", e.getValue())
                        .add();
            }
            if (items.size() > 0) {
                items.execute();
            }
            return review.withId(id);
        });
    }

    static long insertAction(Handle h, PlanAction action) {
        return h.createUpdate("INSERT INTO plan_action (plan_id, what, colleague_id, stakeholder_id, how, due_date, "
                        + "status, objective_id, completed_on, author) VALUES (:planId, :what, :colleagueId, "
                        + ":stakeholderId, :how, :due, :status, :objectiveId, :completedOn, :author)")
                .bindMethods(action).bind("status", action.status().name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static long insertObjective(Handle h, Objective objective) {
        return h.createUpdate("INSERT INTO plan_objective (plan_id, title, due_date, kpi_id, target, owner_id, status, "
                        + "target_text) VALUES (:planId, :title, :due, :kpiId, :target, :ownerId, :status, :targetText)")
                .bindMethods(objective).bind("status", objective.status().name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static PlanAction action(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PlanAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class),
                rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                ActionStatus.valueOf(rs.getString(8)), rs.getObject(9, Long.class), rs.getObject(10, LocalDate.class),
                rs.getString(11));
    }

    private static void insertLists(Handle h, long planId, AccountPlan plan) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO plan_list_item (plan_id, list_name, position, item_text) "
                + "VALUES (:id, :list, :position, :text)");
        List<List<String>> lists = List.of(plan.strengths(), plan.weaknesses(), plan.opportunities(), plan.threats(),
                plan.recommendations());
        for (int l = 0; l < LISTS.size(); l++) {
            List<String> items = lists.get(l);
            for (int i = 0; i < items.size(); i++) {
                batch.bind("id", planId).bind("list", LISTS.get(l)).bind("position", i).bind("text", items.get(i))
                        .add();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static List<AccountPlan> loadPlans(Handle h, String filter, Map<String, Object> params) {
        List<AccountPlan> plans = h.createQuery(PLAN_COLUMNS + filter).bindMap(params)
                .map((rs, ctx) -> new AccountPlan(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        PlanStatus.valueOf(rs.getString(6)), nullToEmpty(rs.getString(7)),
                        nullToEmpty(rs.getString(8)), List.of(), List.of(), List.of(), List.of(), List.of()))
                .list();
        List<AccountPlan> result = new ArrayList<>(plans.size());
        for (AccountPlan p : plans) {
            Map<String, List<String>> lists = new HashMap<>();
            h.createQuery("SELECT list_name, item_text FROM plan_list_item WHERE plan_id = :id "
                            + "ORDER BY list_name, position").bind("id", p.id())
                    .map((rs, ctx) -> lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2)))
                    .list();
            result.add(new AccountPlan(p.id(), p.accountId(), p.templateName(), p.start(), p.end(), p.status(),
                    p.challenges(), p.economicIssues(), lists.getOrDefault("strengths", List.of()),
                    lists.getOrDefault("weaknesses", List.of()), lists.getOrDefault("opportunities", List.of()),
                    lists.getOrDefault("threats", List.of()), lists.getOrDefault("recommendations", List.of())));
        }
        return result;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
