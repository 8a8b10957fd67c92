package org.kamworkbench.ui.portfolio;

import java.util.List;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.ui.common.Texts;

/**
 * The account lists behind the portfolio screen's numbers (issue 13 §4), titled in the user's
 * language: an ABC class, a breakdown group, the top-20 % and Pareto tiles. Figures come from the
 * same analysis the screen shows.
 */
final class AccountLists {
    /** A titled list of accounts, revenue in {@code currency}. */
    record AccountList(String title, List<AccountDrillDown.Row> rows, String currency) {
    }

    private final Texts texts;

    AccountLists(Texts texts) {
        this.texts = texts;
    }

    AccountList abcClass(PortfolioAnalysis a, String abcClass) {
        return list(a, texts.format("accountList.abc", abcClass), AccountDrillDown.abcClass(a, abcClass));
    }

    AccountList group(PortfolioAnalysis a, String key) {
        return list(a, texts.format("accountList.group", key), AccountDrillDown.group(a, key));
    }

    /** The accounts behind a tile; null for a tile that is not about a set of accounts. */
    AccountList tile(PortfolioAnalysis a, String tileId) {
        return switch (tileId) {
            case "top20" -> list(a, texts.get("accountList.top20"), AccountDrillDown.top20(a));
            case "pareto" -> list(a, texts.get("accountList.pareto"), AccountDrillDown.paretoPoint(a));
            case "accounts" -> list(a, texts.get("portfolio.tile.accounts"), all(a));
            default -> null;
        };
    }

    private static List<AccountDrillDown.Row> all(PortfolioAnalysis a) {
        return AccountDrillDown.accounts(a, a.data().accounts().stream().map(x -> x.externalId()).toList());
    }

    private static AccountList list(PortfolioAnalysis a, String title, List<AccountDrillDown.Row> rows) {
        return new AccountList(title, rows, a.reportingCurrency());
    }
}
