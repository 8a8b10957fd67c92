package org.kamworkbench.service.port;

import java.util.List;
import java.util.Optional;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;

/** Account plans (and plan templates) with their objectives, actions and reviews. Every write is one transaction. */
public interface PlanRepository {
    /** The plans of an account, newest start first. */
    List<AccountPlan> plansOf(long accountId);

    /** Every plan of every account (no templates). */
    List<AccountPlan> allPlans();

    List<AccountPlan> templates();

    Optional<AccountPlan> plan(long id);

    /**
     * Inserts a plan with its objectives and actions; the actions' {@code objectiveId} name ids of
     * the given objectives, which get new ids. Returns the stored plan.
     */
    AccountPlan insertPlan(AccountPlan plan, List<Objective> objectives, List<PlanAction> actions);

    /** Updates a stored plan's dates, status, situation and lists. */
    void updatePlan(AccountPlan plan);

    /** Makes a plan its account's active plan; the one active before is closed. */
    void activate(long planId);

    void deletePlan(long id);

    List<Objective> objectives(long planId);

    Objective saveObjective(Objective objective);

    void deleteObjective(long id);

    List<PlanAction> actions(long planId);

    List<PlanAction> allActions();

    PlanAction saveAction(PlanAction action);

    void deleteAction(long id);

    /** The reviews of a plan, oldest first. */
    List<PlanReview> reviews(long planId);

    PlanReview saveReview(PlanReview review);
}
