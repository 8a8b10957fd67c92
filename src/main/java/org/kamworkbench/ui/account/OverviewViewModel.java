package org.kamworkbench.ui.account;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.service.account.AccountOverview;
import org.kamworkbench.service.account.AccountPageService;
import org.kamworkbench.service.account.GroupMember;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.ReadVersions;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The Overview tab: the account's profile fields and its needs and notes as editable text, each
 * group saved as one edit, based on the version loaded (a save from a form older than another person's change is
 * refused with who and when, and the typed fields stay until a reload); the group (parent, subsidiaries with rolled-up revenue, group revenue).
 */
public final class OverviewViewModel {
    private final AccountPageService pages;
    private final long accountId;
    private final Background background;
    private final Texts texts;
    private final Runnable changed;
    private Account loaded;
    private AccountProfile loadedProfile;
    /** The versions of the account's fields and of its needs and notes as loaded: what a save is based on. */
    private final ReadVersions versions = new ReadVersions();

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty owner = new SimpleStringProperty("");
    final StringProperty country = new SimpleStringProperty("");
    final StringProperty region = new SimpleStringProperty("");
    final StringProperty division = new SimpleStringProperty("");
    final StringProperty industry = new SimpleStringProperty("");
    final StringProperty type = new SimpleStringProperty("");
    final StringProperty currency = new SimpleStringProperty("");
    final StringProperty annualRevenue = new SimpleStringProperty("");
    final StringProperty employees = new SimpleStringProperty("");
    final StringProperty parent = new SimpleStringProperty("");
    final StringProperty website = new SimpleStringProperty("");
    final StringProperty languages = new SimpleStringProperty("");
    final StringProperty expertise = new SimpleStringProperty("");
    final ObjectProperty<Integer> complexity = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper externalId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper groupText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Account> parentAccount = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GroupMember> children = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currencyOfGroup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper needsMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper needsError = new ReadOnlyStringWrapper("");

    public OverviewViewModel(AccountPageService pages, long accountId, Background background, Texts texts,
                             Runnable changed) {
        this.pages = pages;
        this.accountId = accountId;
        this.background = background;
        this.texts = texts;
        this.changed = changed;
    }

    public void load() {
        // the versions before the account: a change in between is refused on save, never overwritten
        background.run(texts.get("account.loading"), m -> new Loaded(pages.versions(accountId), pages.overview(accountId)),
                l -> {
                    versions.loaded(l.versions());
                    show(l.overview());
                }, e -> profileError.set(Problems.sentence(e, texts)));
    }

    private record Loaded(Versions versions, AccountOverview overview) {
    }

    private void show(AccountOverview o) {
        Account a = o.account();
        loaded = a;
        profileError.set(""); // what the form said about older data ("changed by … reload to see it") is done
        needsError.set("");
        externalId.set(a.externalId());
        name.set(text(a.name()));
        owner.set(text(a.owner()));
        country.set(text(a.country()));
        region.set(text(a.region()));
        division.set(text(a.division()));
        industry.set(text(a.industry()));
        type.set(text(a.type()));
        currency.set(text(a.currency()));
        annualRevenue.set(a.annualRevenue() == null ? "" : texts.groupedDecimal(a.annualRevenue()));
        employees.set(a.employees() == null ? "" : a.employees().toString());
        parent.set(text(a.parentExternalId()));
        website.set(text(a.website()));
        AccountProfile p = o.profile();
        loadedProfile = p;
        languages.set(String.join(", ", p.languages()));
        expertise.set(String.join(", ", p.expertise()));
        complexity.set(p.complexity());
        notes.set(text(p.notes()));
        parentAccount.set(o.parent());
        children.setAll(o.children());
        currencyOfGroup.set(o.reportingCurrency());
        String total = texts.money(o.groupRevenue(), o.reportingCurrency());
        String group = o.groupTop().externalId().equals(a.externalId()) && o.children().isEmpty()
                ? texts.format("overview.group.alone", total)
                : texts.format("overview.group.total", o.groupTop().name(), total);
        groupText.set(o.missingRates().isEmpty() ? group
                : group + " " + texts.format("overview.group.missing", String.join(", ", o.missingRates())));
    }

    /** Saves the profile fields as one edit. */
    public void saveProfile() {
        profileMessage.set("");
        BigDecimal revenue = null;
        if (!annualRevenue.get().isBlank()) {
            revenue = texts.parseDecimal(annualRevenue.get());
            if (revenue == null) {
                profileError.set(texts.format("overview.notANumber", annualRevenue.get(), texts.get("overview.annualRevenue")));
                return;
            }
        }
        Long staff = null;
        if (!employees.get().isBlank()) {
            staff = texts.parseWhole(employees.get());
            if (staff == null) {
                profileError.set(texts.format("overview.notANumber", employees.get(), texts.get("overview.employees")));
                return;
            }
        }
        if (loaded == null) {
            return;
        }
        Account before = loaded;
        Account changedAccount = new Account(loaded.id(), loaded.externalId(), name.get(), owner.get(), country.get(),
                region.get(), division.get(), industry.get(), type.get(), currency.get(), revenue, staff, parent.get(),
                website.get());
        VersionKey key = VersionKey.account(accountId);
        background.run(texts.get("overview.saving"), m -> {
            long basedOn = versions.of(key);
            Account saved = pages.updateAccount(changedAccount, basedOn);
            if (!saved.sameContentAs(before)) { // an unchanged form saves nothing and keeps the version
                versions.saved(key, basedOn);
            }
            return saved;
        }, saved -> {
            profileError.set("");
            profileMessage.set(texts.get("overview.saved"));
            changed.run(); // reloads every tab of the page, this one included
        }, e -> profileError.set(Problems.sentence(e, texts)));
    }

    /** Saves the needs and notes as one edit. */
    public void saveNeeds() {
        needsMessage.set("");
        AccountProfile before = loadedProfile;
        AccountProfile p = new AccountProfile(accountId, ShownText.split(languages.get()),
                ShownText.split(expertise.get()), complexity.get(), notes.get());
        VersionKey key = VersionKey.accountProfile(accountId);
        background.run(texts.get("overview.saving"), m -> {
            long basedOn = versions.of(key);
            AccountProfile saved = pages.updateProfile(p, basedOn);
            if (!saved.equals(before)) { // unchanged needs and notes save nothing and keep the version
                versions.saved(key, basedOn);
            }
            return saved;
        }, saved -> {
            needsError.set("");
            needsMessage.set(texts.get("overview.saved"));
            changed.run();
        }, e -> needsError.set(Problems.sentence(e, texts)));
    }


    private static String text(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyStringProperty externalIdProperty() {
        return externalId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty groupTextProperty() {
        return groupText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Account> parentAccountProperty() {
        return parentAccount.getReadOnlyProperty();
    }

    public ObservableList<GroupMember> children() {
        return children;
    }

    public String reportingCurrency() {
        return currencyOfGroup.get();
    }

    public ReadOnlyStringProperty profileMessageProperty() {
        return profileMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileErrorProperty() {
        return profileError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty needsMessageProperty() {
        return needsMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty needsErrorProperty() {
        return needsError.getReadOnlyProperty();
    }
}
