package org.kamworkbench.ui.shell;

import java.util.List;
import org.kamworkbench.ui.accounts.AccountsView;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.keyaccounts.KeyAccountsView;
import org.kamworkbench.ui.people.PeopleView;
import org.kamworkbench.ui.plans.AccountPlansView;
import org.kamworkbench.ui.plans.KpiPortfolioView;
import org.kamworkbench.ui.plans.MyActionsView;
import org.kamworkbench.ui.portfolio.PortfolioView;
import org.kamworkbench.ui.settings.SettingsView;
import org.kamworkbench.ui.start.StartView;
import org.kamworkbench.ui.team.TeamMatrixView;

/** The screens of the application, in sidebar order. Adding a screen is one line here. */
public final class Screens {
    public static final List<ScreenDescriptor> ALL = List.of(
            new ScreenDescriptor("start", "screen.start", Icons.START, StartView::create),
            new ScreenDescriptor("accounts", "screen.accounts", Icons.ACCOUNTS, AccountsView::create),
            new ScreenDescriptor("portfolio", "screen.portfolio", Icons.PORTFOLIO, PortfolioView::create),
            new ScreenDescriptor("keyaccounts", "screen.keyaccounts", Icons.KEY_ACCOUNTS, KeyAccountsView::create),
            new ScreenDescriptor("plans", "screen.plans", Icons.PLANS, AccountPlansView::create),
            new ScreenDescriptor("actions", "screen.actions", Icons.ACTIONS, MyActionsView::create),
            new ScreenDescriptor("kpiPortfolio", "screen.kpiPortfolio", Icons.KPIS, KpiPortfolioView::create),
            new ScreenDescriptor("people", "screen.people", Icons.PEOPLE, PeopleView::create),
            new ScreenDescriptor("teamMatrix", "screen.teamMatrix", Icons.TEAM_MATRIX, TeamMatrixView::create),
            new ScreenDescriptor("settings", "screen.settings", Icons.SETTINGS, SettingsView::create));

    private Screens() {
    }
}
