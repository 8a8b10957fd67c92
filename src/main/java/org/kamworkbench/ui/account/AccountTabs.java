package org.kamworkbench.ui.account;

import java.util.List;
import javafx.scene.Parent;
import org.kamworkbench.ui.common.AccountTab;
import org.kamworkbench.ui.plans.InteractionsView;
import org.kamworkbench.ui.plans.KpiTimelineView;
import org.kamworkbench.ui.plans.PlanTabView;

/**
 * The tabs of the account page, in order. Another feature adds its tab with one line here; a tab's
 * content may register {@link #onRefresh} to reload when the workspace's data changes.
 */
public final class AccountTabs {
    /** The node property holding a tab content's reload ({@link Runnable}). */
    public static final String REFRESH = org.kamworkbench.ui.common.Refreshable.KEY;

    public static final List<AccountTab> ALL = List.of(
            new AccountTab("overview", "account.tab.overview", OverviewView::create),
            new AccountTab("stakeholders", "account.tab.stakeholders", StakeholdersView::create),
            new AccountTab("team", "account.tab.team", TeamView::create),
            PlanTabView.TAB, KpiTimelineView.TAB, InteractionsView.TAB);

    private AccountTabs() {
    }

    /** Marks {@code content} to be reloaded by {@code reload} when the data changes; returns it. */
    public static Parent onRefresh(Parent content, Runnable reload) {
        return org.kamworkbench.ui.common.Refreshable.mark(content, reload);
    }
}
