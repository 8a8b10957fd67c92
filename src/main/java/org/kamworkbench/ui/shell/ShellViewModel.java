package org.kamworkbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceStatus;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Language;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.UserProfile;

/**
 * The shell's state: which workspace is open, what the status bar and title say, the recent list,
 * theme and presentation mode. Opening, status and closing run in the background.
 */
public final class ShellViewModel {

    /** A workspace that could not be opened; {@code inUse} when another window or process holds it. */
    public record OpenFailure(WorkspaceLocation path, String message, boolean inUse) {
    }

    /** An encrypted workspace that needs its password: none was given ({@code wrong} false) or it was wrong. */
    public record PasswordRequest(WorkspaceLocation path, String message, boolean wrong) {
    }

    private record Opened(WorkspaceServices services, WorkspaceStatus status, List<WorkspaceLocation> recent) {
    }

    private final WorkspaceOpener opener;
    private final UiPreferences preferences;
    private final Background background;
    private Texts texts;

    private final ReadOnlyObjectWrapper<WorkspaceServices> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WorkspaceStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accountsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revenueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper revenueWarning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<WorkspaceLocation> recent = FXCollections.observableArrayList();
    private final ObservableList<WorkspaceLocation> recentView = FXCollections.unmodifiableObservableList(recent);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final BooleanProperty presentationMode = new SimpleBooleanProperty(false);
    private final BooleanProperty sidebarShown = new SimpleBooleanProperty(true);
    private final UserProfile profile;
    private final ReadOnlyObjectWrapper<Texts> currentTexts = new ReadOnlyObjectWrapper<>();
    private Consumer<OpenFailure> onOpenFailure = f -> { };
    private Consumer<PasswordRequest> onPasswordNeeded;
    /** The open workspace's password (null: not encrypted), to read its backups; dropped when it closes. */
    private char[] password;

    public ShellViewModel(WorkspaceOpener opener, UiPreferences preferences, Background background, Texts texts) {
        this.opener = opener;
        this.preferences = preferences;
        this.background = background;
        this.texts = texts;
        recent.setAll(preferences.recentWorkspaces());
        darkTheme.set(preferences.darkTheme());
        darkTheme.addListener((o, was, dark) -> preferences.setDarkTheme(dark));
        presentationMode.addListener((o, was, on) -> sidebarShown.set(!on));
        profile = new UserProfile(preferences.userName().orElse(""), Language.of(texts.locale()));
        profile.nameProperty().addListener((o, was, name) -> {
            preferences.setUserName(name.trim());
            WorkspaceServices open = workspace.get();
            if (open != null && open.editor() != null) {
                open.editor().set(profile.name());
            }
        });
        profile.languageProperty().addListener((o, was, language) -> {
            if (language != null && language != Language.of(texts.locale())) {
                switchLanguage(language);
            }
        });
        currentTexts.set(texts);
        title.set(texts.get("app.title"));
    }

    /** The texts of the language the user chose, or of the system's when they chose none. */
    public static Texts startingTexts(UiPreferences preferences, Locale system) {
        Language language = preferences.language().map(Language::ofTag).orElse(Language.of(system));
        return Texts.forLocale(language.locale(system));
    }

    /** The texts of the language spoken now; it changes when the profile's language does. */
    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return currentTexts.getReadOnlyProperty();
    }

    /** Speaks {@code language} from now on and remembers it; the title and status bar are rewritten. */
    private void switchLanguage(Language language) {
        preferences.setLanguage(language.tag());
        texts = Texts.forLocale(language.locale(Locale.getDefault()));
        WorkspaceServices services = workspace.get();
        title.set(services == null ? texts.get("app.title") : texts.format("app.titleWithWorkspace", WorkspaceNames.shown(services, texts)));
        if (services != null) {
            workspaceName.set(WorkspaceNames.shown(services, texts));
        }
        if (status.get() != null) {
            applyStatus(status.get());
        }
        currentTexts.set(texts);
    }

    public Language language() {
        return Language.of(texts.locale());
    }

    /** Whether the user has not yet said who they are: asked once, at the first start. */
    public boolean userNameUnknown() {
        return preferences.userName().isEmpty();
    }

    /** Records who the user is; a blank answer keeps the system user's name. */
    public void setUserName(String name) {
        String given = name == null || name.isBlank() ? UserProfile.systemUserName() : name.trim();
        profile.nameProperty().set(given);
        preferences.setUserName(given);
    }

    public UserProfile profile() {
        return profile;
    }

    /** Creates (and opens) a new workspace named as the user typed it in a save dialog (see {@link WorkspaceNames#file}). */
    public void createWorkspace(Path chosen) {
        createWorkspace(chosen, null);
    }

    /** The same, encrypted with {@code password} (null: not encrypted). */
    public void createWorkspace(Path chosen, char[] password) {
        open(WorkspaceNames.file(chosen), password);
    }

    /** Opens the workspace the app starts on. */
    public void openDefault() {
        open(opener.defaultWorkspace());
    }

    /** Opens {@code path} (creating it when missing); the current workspace is closed once the new one is open. */
    public void open(WorkspaceLocation path) {
        open(path, null);
    }

    /** Opens the workspace file {@code file}, as {@link #open(WorkspaceLocation)}. */
    public void open(Path file) {
        open(WorkspaceLocation.of(file));
    }

    /**
     * Opens {@code path} with {@code password} (null: none); a missing workspace is created, encrypted
     * when a password is given. An encrypted one opened without its password, or with a wrong one, asks
     * for it through {@link #setOnPasswordNeeded} (when set) instead of failing.
     */
    public void open(WorkspaceLocation path, char[] password) {
        open(path, password, () -> { }, null);
    }

    /** Opens the workspace file {@code file} with {@code password}, as {@link #open(WorkspaceLocation, char[])}. */
    public void open(Path file, char[] password) {
        open(WorkspaceLocation.of(file), password);
    }

    /**
     * Connects to the team workspace {@code address} (File › Connect to team workspace…): as {@link #open},
     * but a failure goes to {@code failed} (the dialog says it and stays open) and
     * {@code opened} runs once it is open.
     */
    public void connect(ServerAddress address, char[] password, Runnable opened, Consumer<Throwable> failed) {
        open(WorkspaceLocation.of(address), password, opened, failed);
    }

    private void open(WorkspaceLocation path, char[] password, Runnable then, Consumer<Throwable> failed) {
        WorkspaceServices current = workspace.get();
        if (current != null && current.location().normalized().equals(path.normalized())) {
            then.run();
            return;
        }
        opening.set(true);
        List<WorkspaceLocation> known = List.copyOf(recent);
        background.run(texts.format("progress.opening", WorkspaceNames.display(path, texts)), monitor -> {
            WorkspaceServices services = opener.open(path, password);
            try {
                WorkspaceStatus s = services.status().status();
                return new Opened(services, s, RecentWorkspaces.afterOpening(known, services.location(), opener::exists));
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        }, opened -> {
            this.password = password == null ? null : password.clone();
            opened(opened);
            then.run();
        }, failure -> {
            opening.set(false);
            if (failed != null) {
                failed.accept(failure);
                return;
            }
            if (failure instanceof WorkspacePasswordException p && onPasswordNeeded != null) {
                onPasswordNeeded.accept(new PasswordRequest(path, Problems.sentence(failure, texts), !p.missing()));
                return;
            }
            onOpenFailure.accept(new OpenFailure(path, Problems.sentence(failure, texts),
                    failure instanceof WorkspaceUnavailableException u && u.inUse()));
        });
    }

    private void opened(Opened opened) {
        WorkspaceServices previous = workspace.get();
        if (opened.services().editor() != null) {
            opened.services().editor().set(profile.name()); // who I am: the author of what this window saves
        }
        workspace.set(opened.services());
        title.set(texts.format("app.titleWithWorkspace", WorkspaceNames.shown(opened.services(), texts)));
        workspaceName.set(WorkspaceNames.shown(opened.services(), texts));
        applyStatus(opened.status());
        recent.setAll(opened.recent());
        preferences.setRecentWorkspaces(opened.recent());
        opening.set(false);
        if (previous != null) {
            background.run(texts.get("progress.closing"), monitor -> {
                previous.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    /**
     * Opens a workspace of the recent list. One whose file has gone is dropped from the list with a
     * message, rather than silently created anew.
     */
    public void openRecent(WorkspaceLocation path) {
        background.run(texts.format("progress.opening", WorkspaceNames.display(path, texts)), monitor -> opener.exists(path), exists -> {
            if (exists) {
                open(path);
            } else {
                recent.remove(path);
                preferences.setRecentWorkspaces(List.copyOf(recent));
                onOpenFailure.accept(new OpenFailure(path, texts.format("open.missing", path), false));
            }
        }, failure -> onOpenFailure.accept(new OpenFailure(path, Problems.sentence(failure, texts), false)));
    }

    /** The open workspace's server address, when it is a team workspace. */
    public java.util.Optional<ServerAddress> teamWorkspace() {
        WorkspaceServices services = workspace.get();
        return services == null ? java.util.Optional.empty() : services.location().server();
    }

    /** Reloads the status bar's counts and totals. */
    public void refreshStatus() {
        WorkspaceServices services = workspace.get();
        if (services == null) {
            return;
        }
        background.run(texts.get("progress.status"), monitor -> services.status().status(), s -> {
            if (workspace.get() == services) {
                applyStatus(s);
            }
        }, failure -> {
            revenueText.set(Problems.sentence(failure, texts));
            revenueWarning.set(true);
        });
    }

    private void applyStatus(WorkspaceStatus s) {
        status.set(s);
        accountsText.set(texts.format("status.accounts", s.accounts()));
        if (s.totalRevenue() != null) {
            revenueText.set(texts.format("status.revenue", texts.money(s.totalRevenue(), s.reportingCurrency())));
            revenueWarning.set(false);
        } else {
            revenueText.set(s.missingRate().text(texts.locale()));
            revenueWarning.set(true);
        }
    }

    /** Lists the open workspace's automatic backups in the background, newest first, each compared with it. */
    public void listBackups(Consumer<List<BackupInfo>> then) {
        WorkspaceServices services = workspace.get();
        if (services == null) {
            return;
        }
        WorkspaceLocation path = services.location();
        background.run(texts.get("progress.backups"), monitor -> opener.backups(password).list(path), then,
                failure -> onOpenFailure.accept(new OpenFailure(path, Problems.sentence(failure, texts), false)));
    }

    /**
     * Puts the backup {@code fileName} in place of the open workspace: closes it, restores (the current
     * file is kept as one more backup) and opens it again. On failure the workspace opens as it was.
     */
    public void restore(String fileName) {
        WorkspaceServices services = workspace.get();
        if (services == null) {
            return;
        }
        WorkspaceLocation path = services.location();
        workspace.set(null);
        opening.set(true);
        background.run(texts.get("progress.restoring"), monitor -> {
            services.close();
            opener.backups(password).restore(path, fileName);
            return null;
        }, done -> open(path, password), failure -> {
            onOpenFailure.accept(new OpenFailure(path, Problems.sentence(failure, texts),
                    failure instanceof WorkspaceUnavailableException u && u.inUse()));
            open(path, password);
        });
    }

    /** Whether the open workspace is encrypted. */
    public boolean encrypted() {
        WorkspaceServices services = workspace.get();
        return services != null && opener.passwords().encrypted(services.location());
    }

    /**
     * Changes (next null: removes) the password of the open workspace: closes it, re-encrypts it (see
     * {@link org.kamworkbench.service.workspace.WorkspacePasswords#change}) and opens it again, with the new
     * password, or as it was when that failed ({@code failed} gets the sentence).
     */
    public void changePassword(char[] current, char[] next, Consumer<String> done, Consumer<String> failed) {
        WorkspaceServices services = workspace.get();
        if (services == null) {
            return;
        }
        WorkspaceLocation path = services.location();
        char[] before = password;
        workspace.set(null);
        opening.set(true);
        background.run(texts.get("password.change.progress"), monitor -> {
            services.close();
            opener.passwords().change(path, current, next);
            return null;
        }, ok -> {
            open(path, next);
            done.accept(texts.get(next == null ? "password.removed" : "password.changed"));
        }, failure -> {
            failed.accept(Problems.sentence(failure, texts));
            open(path, before);
        });
    }

    /** Export and import of workspace archives, with this shell's workspaces and background. */
    public ArchiveActions archives() {
        return new ArchiveActions(opener, background, texts);
    }

    /** Closes the open workspace in the background, then runs {@code then} (on the UI thread). */
    public void shutdown(Runnable then) {
        WorkspaceServices services = workspace.get();
        if (services == null) {
            then.run();
            return;
        }
        workspace.set(null);
        background.run(texts.get("progress.closing"), monitor -> {
            services.close();
            return null;
        }, done -> then.run(), failure -> then.run());
    }

    /** Called (on the UI thread) when an encrypted workspace needs its password; then nothing is opened yet. */
    public void setOnPasswordNeeded(Consumer<PasswordRequest> handler) {
        this.onPasswordNeeded = handler;
    }

    public void setOnOpenFailure(Consumer<OpenFailure> handler) {
        this.onOpenFailure = handler;
    }

    public ReadOnlyObjectProperty<WorkspaceServices> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountsTextProperty() {
        return accountsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revenueTextProperty() {
        return revenueText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revenueWarningProperty() {
        return revenueWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Recently opened workspaces, most recent first (read-only for the view). */
    public ObservableList<WorkspaceLocation> recentWorkspaces() {
        return recentView;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public BooleanProperty presentationModeProperty() {
        return presentationMode;
    }

    /** Whether the navigation sidebar shows: hidden by presentation mode, F9 brings it back. */
    public BooleanProperty sidebarShownProperty() {
        return sidebarShown;
    }
}
