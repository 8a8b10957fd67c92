package org.kamworkbench.ui.plans;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/** The "Account plans" screen's account picker: every account, searched by name or external id. */
public final class AccountPlansViewModel {
    private final PlanService plans;
    private final ServiceCalls work;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final FilteredList<Account> filtered = new FilteredList<>(accounts);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();

    public AccountPlansViewModel(PlanService plans, Background background, Texts texts) {
        this.plans = plans;
        this.work = new ServiceCalls(background, texts);
        search.addListener((o, was, now) -> {
            String s = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(s.isEmpty() ? null : a -> a.name().toLowerCase(Locale.ROOT).contains(s)
                    || a.externalId().toLowerCase(Locale.ROOT).contains(s));
        });
    }

    public void refresh() {
        work.run("progress.accounts", m -> plans.accounts(), this::show);
    }

    void show(List<Account> list) {
        Account chosen = account.get();
        accounts.setAll(list.stream().sorted(java.util.Comparator.comparing(Account::name,
                String.CASE_INSENSITIVE_ORDER)).toList());
        if (chosen != null) {
            account.set(accounts.stream().filter(a -> a.id() == chosen.id()).findFirst().orElse(null));
        }
    }

    /** Shows the account of this workspace id (a row of the plans overview), once the accounts are loaded. */
    public void open(long accountId) {
        accounts.stream().filter(a -> a.id() == accountId).findFirst().ifPresent(account::set);
    }

    public ObservableList<Account> accounts() { return filtered; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<Account> accountProperty() { return account; }
    public ReadOnlyStringProperty errorProperty() { return work.error().getReadOnlyProperty(); }
}
