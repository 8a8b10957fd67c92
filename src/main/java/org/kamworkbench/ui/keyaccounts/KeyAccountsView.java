package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;

/**
 * The "Key accounts" screen: the matrix, the criteria editor, the rating grid and designations
 * with review alerts, in tabs over one shared {@link KeyAccountsViewModel}. Ctrl+S saves the draft set.
 */
public final class KeyAccountsView implements Screen {
    private final KeyAccountsViewModel model;
    private final RatingsViewModel ratings;
    private final DesignationsViewModel designations;
    private final ScreenContext context;
    private final Texts texts;
    private final Parent root;
    private MatrixPane matrix;

    @FXML private Label savedInfoLabel;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label errorLabel;
    @FXML private TabPane tabs;
    @FXML private Tab matrixTab;
    @FXML private Tab criteriaTab;
    @FXML private Tab ratingsTab;
    @FXML private Tab designationsTab;

    private KeyAccountsView(ScreenContext context) {
        this.context = context;
        this.texts = context.texts();
        this.model = new KeyAccountsViewModel(context.services().keyAccounts(), context.background(), texts,
                context.shell()::dataChanged);
        this.ratings = new RatingsViewModel(context.services().keyAccounts().ratings(), context.background(), texts,
                model::refresh, model::refresh);
        this.designations = new DesignationsViewModel(context.services().keyAccounts().designations(),
                context.services().keyAccounts().effort(), context.background(), texts);
        // ratings and designations record who made them: the user's name from Settings
        ratings.authorProperty().set(context.profile().name()); // the grid's author field may change it
        designations.authorProperty().bind(context.profile().nameProperty().map(n -> context.profile().name()));
        this.root = Fxml.load(this, "KeyAccountsView.fxml", texts);
        root.getStylesheets().add(KeyAccountsView.class.getResource("keyaccounts.css").toExternalForm());
        KeyCodeCombination save = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (save.match(e)) {
                model.save();
                e.consume();
            }
        });
    }

    public static Screen create(ScreenContext context) {
        KeyAccountsView view = new KeyAccountsView(context);
        view.model.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        ListExports exports = new ListExports(context.background(), texts, context.services().exports());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> exports.clear());
        matrix = new MatrixPane(model, exports, context);
        matrixTab.setContent(matrix.root());
        criteriaTab.setContent(new CriteriaPane(model, exports, texts).root());
        ratingsTab.setContent(new RatingsPane(ratings, exports, texts).root());
        DesignationsPane designationsPane = new DesignationsPane(designations, exports, texts, this::designationsChanged,
                context.shell());
        designationsTab.setContent(designationsPane.root());
        org.kamworkbench.ui.common.ExportBar.ofView(texts, context.background(), context.services().exports(), texts.get("export.file.designations"),
                designationsPane.table()).above(designationsPane.table());
        savedInfoLabel.textProperty().bind(model.savedInfoProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        org.kamworkbench.ui.common.MessageLine.bind(errorLabel, model.errorProperty());
        // a message belongs to the tab it was given on ("Exported 300 rows…")
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> exports.clear());
        List<Integer> years = new ArrayList<>();
        years.add(null);
        int now = java.time.Year.now().getValue();
        for (int y = now; y >= now - 10; y--) {
            years.add(y);
        }
        model.ratingRequestProperty().addListener((o, was, todo) -> {
            if (todo != null) {
                ratings.showOnly(todo);
                tabs.getSelectionModel().select(ratingsTab);
            }
        });
        yearBox.getItems().setAll(years);
        yearBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? texts.get("keys.year.default") : String.valueOf(y);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        yearBox.getSelectionModel().select(0);
        yearBox.valueProperty().addListener((o, was, y) -> {
            model.yearProperty().set(y);
            model.refresh();
        });
        model.loadsProperty().addListener((o, was, count) -> {
            var data = model.dataProperty().get();
            ratings.show(data, model.savedProperty().get(), model.ratingVersions()); // in place when only ratings changed
            designations.show(data == null ? List.of() : data.accounts(), model.boardProperty().get());
        });
    }

    private void designationsChanged() {
        var data = model.dataProperty().get();
        designations.show(data == null ? List.of() : data.accounts(), model.boardProperty().get());
    }

    /** The matrix chart, for tests. */
    public MatrixChart matrixChart() {
        return matrix.chart();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
