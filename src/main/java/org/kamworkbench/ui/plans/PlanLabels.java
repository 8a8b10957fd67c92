package org.kamworkbench.ui.plans;

import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.plan.SnapshotChange;
import org.kamworkbench.ui.common.Texts;

/** How the plan tab names a plan, a person, a review and a change between two reviews. */
final class PlanLabels {
    private final Texts texts;

    PlanLabels(Texts texts) {
        this.texts = texts;
    }

    /** "1/1/25 to 12/31/25 · Active". */
    String plan(AccountPlan p) {
        return texts.format("plans.planName", texts.date(p.start()), texts.date(p.end()), EnumText.of(texts, p.status()));
    }

    /** A colleague by name; one of the client's people marked as such. */
    String person(PersonChoice p) {
        return p.kind() == PersonChoice.Kind.STAKEHOLDER ? texts.format("plans.clientPerson", p.name()) : p.name();
    }

    /** The review's date, and its notes when it has some. */
    String review(PlanReview r) {
        return r.notes() == null || r.notes().isEmpty() ? texts.date(r.date()) : texts.date(r.date()) + " — " + r.notes();
    }

    String change(SnapshotChange c) {
        return switch (c.kind()) {
            case ADDED -> texts.format("plans.change.added", c.item(), c.after());
            case REMOVED -> texts.format("plans.change.removed", c.item(), c.before());
            case CHANGED -> texts.format("plans.change.changed", c.item(), c.before(), c.after());
        };
    }
}
