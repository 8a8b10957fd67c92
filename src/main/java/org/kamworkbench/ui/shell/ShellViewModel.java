package org.kamworkbench.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
 * The shell's state: which workspace is open (opening, switching and closing run in the background), the
 * recent list and the language spoken. Its parts: the {@link StatusBarViewModel status bar}, the
 * {@link DisplayModes display modes}, the {@link UserIdentity user} and {@link BackupsAndPassword backups and password}.
 */
public final class ShellViewModel {

    /** A workspace that could not be opened; {@code inUse} when another window or process holds it. */
    public record OpenFailure(WorkspaceLocation path, String message, boolean inUse) {
        /** {@code failure} said as a sentence; in use when it says another window or process holds the workspace. */
        static OpenFailure of(WorkspaceLocation path, Throwable failure, Texts texts) {
            return new OpenFailure(path, Problems.sentence(failure, texts),
                    failure instanceof WorkspaceUnavailableException u && u.inUse());
        }
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
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<WorkspaceLocation> recent = FXCollections.observableArrayList();
    private final ObservableList<WorkspaceLocation> recentView = FXCollections.unmodifiableObservableList(recent);
    private final StatusBarViewModel statusBar;
    private final DisplayModes displayModes;
    private final BackupsAndPassword backupsAndPassword;
    private final UserIdentity user;
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
        statusBar = new StatusBarViewModel(workspace.getReadOnlyProperty(), background, texts);
        displayModes = new DisplayModes(preferences);
        backupsAndPassword = new BackupsAndPassword(this, opener, background);
        user = new UserIdentity(preferences, Language.of(texts.locale()), workspace.getReadOnlyProperty());
        user.profile().languageProperty().addListener((o, was, language) -> {
            if (language != null && language != language()) { // the language spoken now, not at the start
                switchLanguage(language);
            }
        });
        currentTexts.set(texts);
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
        statusBar.speak(texts);
        currentTexts.set(texts);
    }

    public Language language() {
        return Language.of(texts.locale());
    }

    /** Who the user is (their name, their language), for the screens. */
    public UserProfile profile() {
        return user.profile();
    }

    /** Who the user is: asked once, remembered, the author of what the open workspace saves. */
    UserIdentity user() {
        return user;
    }

    /**
     * Creates (and opens) a new workspace named as the user typed it in a save dialog (see
     * {@link WorkspaceNames#file}), encrypted with {@code password} (null: not encrypted).
     */
    public void createWorkspace(Path chosen, char[] password) {
        open(WorkspaceLocation.of(WorkspaceNames.file(chosen)), password);
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
            onOpenFailure.accept(OpenFailure.of(path, failure, texts));
        });
    }

    private void opened(Opened opened) {
        WorkspaceServices previous = workspace.get();
        user.authorOf(opened.services());
        workspace.set(opened.services());
        statusBar.opened(opened.services(), opened.status());
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
        statusBar.refresh();
    }

    /** Listing and restoring backups, changing the password of the open workspace. */
    BackupsAndPassword backupsAndPassword() {
        return backupsAndPassword;
    }

    /** The open workspace's password (null: not encrypted), to read its backups. */
    char[] password() {
        return password;
    }

    /**
     * Takes the open workspace out of the window for a change to its file (the caller closes it and opens it
     * again): none is open, and one is opening. Null when none was open.
     */
    WorkspaceServices takeForChange() {
        WorkspaceServices services = workspace.get();
        if (services != null) {
            workspace.set(null);
            opening.set(true);
        }
        return services;
    }

    /** Says that a workspace did not open (or a step of a change to it failed), through {@link #setOnOpenFailure}. */
    void openFailed(OpenFailure failure) {
        onOpenFailure.accept(failure);
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

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Recently opened workspaces, most recent first (read-only for the view). */
    public ObservableList<WorkspaceLocation> recentWorkspaces() {
        return recentView;
    }

    /** The title and the status bar. */
    StatusBarViewModel statusBar() {
        return statusBar;
    }

    /** Dark theme, presentation mode and the sidebar. */
    DisplayModes displayModes() {
        return displayModes;
    }
}
