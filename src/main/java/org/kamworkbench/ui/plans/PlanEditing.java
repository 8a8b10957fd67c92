package org.kamworkbench.ui.plans;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.ReadVersions;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.ui.common.Texts;

/**
 * What the parts of the plan tab share: the plan service, the texts, one busy flag and error line, the
 * plan in view with the versions it was read at (what its saves are based on), and how to reload it after
 * a change.
 */
final class PlanEditing {
    final PlanService plans;
    final Texts texts;
    final ServiceCalls work;
    private final ObjectProperty<AccountPlan> plan;
    private final LongConsumer reload;
    private final ReadVersions versions = new ReadVersions();

    PlanEditing(PlanService plans, Background background, Texts texts, ObjectProperty<AccountPlan> plan,
                LongConsumer reload) {
        this.plans = plans;
        this.texts = texts;
        this.work = new ServiceCalls(background, texts);
        this.plan = plan;
        this.reload = reload;
    }

    /** The plan in view; null while the account has none. */
    AccountPlan plan() {
        return plan.get();
    }

    void show(Versions read) {
        versions.loaded(read);
    }

    /** A change of {@code key}, on the worker (see {@link ReadVersions#based}). */
    <T> T based(VersionKey key, LongFunction<T> change) {
        return versions.based(key, change);
    }

    /** As {@link #based}, for a deletion. */
    void deleting(VersionKey key, LongConsumer delete) {
        based(key, basedOn -> {
            delete.accept(basedOn);
            return null;
        });
    }

    void reload(long planId) {
        reload.accept(planId);
    }

    /** Runs a change of the plan in view off the UI thread, then reloads it; nothing without a plan. */
    void withPlan(Consumer<AccountPlan> action) {
        AccountPlan p = plan.get();
        if (p == null) {
            return;
        }
        work.run("progress.plans", m -> {
            action.accept(p);
            return p.id();
        }, this::reload);
    }
}
