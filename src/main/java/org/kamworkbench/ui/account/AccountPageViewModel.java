package org.kamworkbench.ui.account;

import java.math.BigDecimal;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.AccountOverview;
import org.kamworkbench.service.criteria.ScoringService;
import org.kamworkbench.service.criteria.KeyAccountStatus;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The account page's header: who the client is, who owns it on our side, its ABC class and revenue
 * trend; and the session's undo. {@link #standingProperty} is the hook where the account's quadrant
 * and designation (scoring feature) go: empty shows nothing.
 */
public final class AccountPageViewModel {
    private final Account360Services services;
    private final ScoringService keyAccounts;
    private final long accountId;
    private final Background background;
    private final Texts texts;
    private final Runnable dataChanged;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper abcText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leadText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trendTitle = new ReadOnlyStringWrapper("");
    private final StringProperty standing = new SimpleStringProperty(this, "standing", "");
    private final ObservableMap<Integer, BigDecimal> trend = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");

    /** {@code keyAccounts} may be null: the header then shows no quadrant or designation. */
    public AccountPageViewModel(Account360Services services, ScoringService keyAccounts, long accountId,
                                Background background, Texts texts, Runnable dataChanged) {
        this.services = services;
        this.keyAccounts = keyAccounts;
        this.accountId = accountId;
        this.background = background;
        this.texts = texts;
        this.dataChanged = dataChanged;
    }

    public void load() {
        loading.set(true);
        background.run(texts.get("account.loading"), m -> services.pages().overview(accountId), this::show, e -> {
            loading.set(false);
            error.set(Problems.sentence(e, texts));
        });
        if (keyAccounts != null) {
            background.run(texts.get("account.loading"), m -> keyAccounts.status(accountId),
                    status -> standing.set(standingText(status, texts)),
                    e -> standing.set("")); // the header's other facts stand without it
        }
    }

    /** "Strategic · score 72 · designated Key account", saying so when the designation differs. */
    static String standingText(KeyAccountStatus status, Texts texts) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (status.state() == KeyAccountStatus.State.SCORED) {
            parts.add(texts.format("account.standing.scored", texts.get("keys.quadrant."
                    + status.quadrant().name().toLowerCase(java.util.Locale.ROOT)), Math.round(status.score())));
        } else if (status.state() == KeyAccountStatus.State.INCOMPLETE) {
            parts.add(texts.get("account.standing.incomplete"));
        }
        if (status.designation() != null) {
            String designated = texts.get("keys.status."
                    + status.designation().status().name().toLowerCase(java.util.Locale.ROOT));
            parts.add(texts.format(status.designationDiffers() ? "account.standing.differs"
                    : "account.standing.designated", designated));
        }
        return String.join(" \u00b7 ", parts);
    }

    private void show(AccountOverview o) {
        loading.set(false);
        error.set("");
        Account a = o.account();
        title.set(a.name());
        StringBuilder sub = new StringBuilder(a.externalId());
        if (a.country() != null) {
            sub.append(" · ").append(a.country());
        }
        if (a.industry() != null) {
            sub.append(" · ").append(a.industry());
        }
        if (a.owner() != null) {
            sub.append(" · ").append(texts.format("account.owner", a.owner()));
        }
        subtitle.set(sub.toString());
        abcText.set(o.abcClass() == null ? "" : texts.format("account.abc", o.abcClass()));
        leadText.set(o.leadKam() == null ? texts.get("account.noLead") : texts.format("account.lead", o.leadKam().name()));
        trendTitle.set(texts.format("account.trend", o.reportingCurrency()));
        trend.clear();
        trend.putAll(o.revenueByYear());
        undoText.set(services.history().next().orElse(""));
    }

    /** Reverts the session's last edit of an account page, then reloads everything. */
    public void undo() {
        background.run(texts.get("account.undoing"), m -> services.history().undo(), done -> {
            message.set(done.map(d -> texts.format("account.undone", d)).orElse(texts.get("account.nothingToUndo")));
            dataChanged.run();
        }, e -> error.set(Problems.sentence(e, texts)));
    }

    /** The session's next undo, after a tab saved an edit. */
    public void editsChanged() {
        undoText.set(services.history().next().orElse(""));
    }

    public long accountId() {
        return accountId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty abcTextProperty() {
        return abcText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leadTextProperty() {
        return leadText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trendTitleProperty() {
        return trendTitle.getReadOnlyProperty();
    }

    /** The quadrant and designation of the account (empty: not scored); the scoring feature sets it. */
    public StringProperty standingProperty() {
        return standing;
    }

    /** Revenue per year in the reporting currency. */
    public Map<Integer, BigDecimal> trend() {
        return trend;
    }

    public ObservableMap<Integer, BigDecimal> trendProperty() {
        return trend;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }
}
