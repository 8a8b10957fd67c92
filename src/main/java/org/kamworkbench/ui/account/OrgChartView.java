package org.kamworkbench.ui.account;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.VLineTo;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.domain.OrgChart;

/**
 * The stakeholder map drawn as an organisation chart (its own CSS, {@code org-chart.css}): a card per
 * person, coloured by attitude, with a role badge and influence dots; the relationship strength is
 * the card's border and the line to its manager. Drag a card onto another to change who it reports
 * to; click selects, a double click edits. Zoom in, out and to fit; {@link #chartNode} is what a PNG
 * shows.
 */
public final class OrgChartView extends Region {
    static final double CARD_WIDTH = 210;
    static final double CARD_HEIGHT = 92;
    static final double H_GAP = 28;
    static final double V_GAP = 54;
    private static final double MARGIN = 20;
    private static final double DRAG_THRESHOLD = 6;
    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 2.5;

    private final Pane canvas = new Pane();
    private final Group zoomGroup = new Group(canvas);
    private final ScrollPane scroll = new ScrollPane(zoomGroup);
    private final Map<Long, VBox> cards = new HashMap<>();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>(this, "selected");
    private final Function<Stakeholder, String> roleBadge;
    private final Function<Stakeholder, String> tooltip;
    private BiConsumer<Long, Long> onMove = (id, manager) -> { };
    private LongConsumer onEdit = id -> { };
    private double zoom = 1;
    private Point2D pressedAt;
    private VBox dragged;
    private VBox target;

    /** {@code roleBadge}: the short badge of a person's buying role ("" for none); {@code tooltip}: the card's tip. */
    public OrgChartView(Function<Stakeholder, String> roleBadge, Function<Stakeholder, String> tooltip) {
        this.roleBadge = roleBadge;
        this.tooltip = tooltip;
        getStyleClass().add("org-chart");
        canvas.getStyleClass().add("org-canvas");
        scroll.getStyleClass().add("org-scroll");
        scroll.setPannable(false);
        getChildren().add(scroll);
        canvas.setOnMouseClicked(e -> {
            if (e.getTarget() == canvas) {
                selected.set(null);
            }
        });
        selected.addListener((o, was, now) -> {
            if (was != null && cards.containsKey(was)) {
                cards.get(was).getStyleClass().remove("selected");
            }
            if (now != null && cards.containsKey(now)) {
                cards.get(now).getStyleClass().add("selected");
            }
        });
    }

    @Override
    public String getUserAgentStylesheet() {
        return OrgChartView.class.getResource("org-chart.css").toExternalForm();
    }

    @Override
    protected void layoutChildren() {
        scroll.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /** Called with (person, new manager) when a card is dropped on another. */
    public void setOnMove(BiConsumer<Long, Long> handler) {
        this.onMove = handler;
    }

    /** Called with the person's id on a double click. */
    public void setOnEdit(LongConsumer handler) {
        this.onEdit = handler;
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    /** Draws the chart (keeps the selection when the person is still there). */
    public void setChart(OrgChart chart) {
        boolean first = cards.isEmpty();
        Long keep = selected.get();
        canvas.getChildren().clear();
        cards.clear();
        double x = MARGIN;
        double maxDepth = 0;
        for (OrgChart.Node root : chart.roots()) {
            maxDepth = Math.max(maxDepth, place(root, x, 0));
            x += root.leaves() * (CARD_WIDTH + H_GAP);
        }
        canvas.setPrefSize(Math.max(x, CARD_WIDTH + 2 * MARGIN),
                MARGIN * 2 + (maxDepth + 1) * (CARD_HEIGHT + V_GAP) - V_GAP);
        cards.values().forEach(javafx.scene.Node::toFront);
        selected.set(keep != null && cards.containsKey(keep) ? keep : null);
        if (selected.get() != null) {
            cards.get(selected.get()).getStyleClass().add("selected");
        }
        if (first && !cards.isEmpty()) {
            // the first drawing shows everyone: fit once the viewport has its size
            javafx.application.Platform.runLater(this::fit);
        }
    }

    /** Places a subtree centred over its leaves; returns its depth. */
    private double place(OrgChart.Node node, double left, int depth) {
        double width = node.leaves() * (CARD_WIDTH + H_GAP) - H_GAP;
        double cardX = left + (width - CARD_WIDTH) / 2;
        double cardY = MARGIN + depth * (CARD_HEIGHT + V_GAP);
        VBox card = card(node.stakeholder());
        card.relocate(cardX, cardY);
        canvas.getChildren().add(card);
        double childLeft = left;
        double deepest = depth;
        for (OrgChart.Node child : node.reports()) {
            double childWidth = child.leaves() * (CARD_WIDTH + H_GAP) - H_GAP;
            double childCardX = childLeft + (childWidth - CARD_WIDTH) / 2;
            canvas.getChildren().add(edge(cardX + CARD_WIDTH / 2, cardY + CARD_HEIGHT,
                    childCardX + CARD_WIDTH / 2, cardY + CARD_HEIGHT + V_GAP, child.stakeholder()));
            deepest = Math.max(deepest, place(child, childLeft, depth + 1));
            childLeft += childWidth + H_GAP;
        }
        return deepest;
    }

    private Path edge(double x1, double y1, double x2, double y2, Stakeholder report) {
        double mid = y1 + (y2 - y1) / 2;
        Path path = new Path(new MoveTo(x1, y1), new VLineTo(mid), new HLineTo(x2), new VLineTo(y2));
        path.getStyleClass().addAll("org-edge", "relationship-" + key(report.relationship()));
        path.setMouseTransparent(true);
        return path;
    }

    private VBox card(Stakeholder s) {
        Label name = new Label(s.name());
        name.getStyleClass().add("org-name");
        Label title = new Label(s.title() == null ? "" : s.title());
        title.getStyleClass().add("org-title");
        HBox facts = new HBox(6);
        facts.getStyleClass().add("org-facts");
        String badge = roleBadge.apply(s);
        if (!badge.isEmpty()) {
            Label role = new Label(badge);
            role.getStyleClass().addAll("org-role", "role-" + key(s.buyingRole()));
            facts.getChildren().add(role);
        }
        if (s.influence() != null) {
            Label influence = new Label("●".repeat(s.influence()) + "○".repeat(5 - s.influence()));
            influence.getStyleClass().add("org-influence");
            facts.getChildren().add(influence);
        }
        VBox card = new VBox(2, name, title, facts);
        card.setId("stakeholder-" + s.id());
        card.setUserData(s.id());
        card.getStyleClass().addAll("org-card", "attitude-" + key(s.attitude()), "relationship-" + key(s.relationship()));
        card.setPrefSize(CARD_WIDTH, CARD_HEIGHT);
        card.setMinSize(CARD_WIDTH, CARD_HEIGHT);
        card.setMaxSize(CARD_WIDTH, CARD_HEIGHT);
        Tooltip.install(card, new Tooltip(tooltip.apply(s)));
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(card, e));
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> dragged(card, e));
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released(card, e));
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                onEdit.accept(s.id());
            }
        });
        cards.put(s.id(), card);
        return card;
    }

    private void pressed(VBox card, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressedAt = new Point2D(e.getSceneX(), e.getSceneY());
        dragged = null;
        selected.set((Long) card.getUserData());
        e.consume();
    }

    private void dragged(VBox card, MouseEvent e) {
        if (pressedAt == null) {
            return;
        }
        double dx = e.getSceneX() - pressedAt.getX();
        double dy = e.getSceneY() - pressedAt.getY();
        if (dragged == null && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        dragged = card;
        card.getStyleClass().add("dragging");
        card.toFront();
        card.setTranslateX(dx / zoom);
        card.setTranslateY(dy / zoom);
        highlight(cardAt(e.getSceneX(), e.getSceneY(), card));
        e.consume();
    }

    private void released(VBox card, MouseEvent e) {
        pressedAt = null;
        if (dragged == null) {
            return;
        }
        VBox onto = cardAt(e.getSceneX(), e.getSceneY(), card);
        highlight(null);
        card.getStyleClass().remove("dragging");
        card.setTranslateX(0);
        card.setTranslateY(0);
        dragged = null;
        e.consume();
        if (onto != null) {
            onMove.accept((Long) card.getUserData(), (Long) onto.getUserData());
        }
    }

    /** The card under a scene point, other than the one being dragged. */
    private VBox cardAt(double sceneX, double sceneY, VBox except) {
        Point2D p = canvas.sceneToLocal(sceneX, sceneY);
        for (VBox c : cards.values()) {
            Bounds b = c.getBoundsInParent();
            if (c != except && b.contains(p.getX() - c.getTranslateX(), p.getY() - c.getTranslateY())) {
                return c;
            }
        }
        return null;
    }

    private void highlight(VBox card) {
        if (target != null) {
            target.getStyleClass().remove("drop-target");
        }
        target = card;
        if (card != null) {
            card.getStyleClass().add("drop-target");
        }
    }

    public void zoomIn() {
        setZoom(zoom * 1.25);
    }

    public void zoomOut() {
        setZoom(zoom / 1.25);
    }

    /** Scales the chart to fit the visible area (never above 100 %). */
    public void fit() {
        double w = canvas.prefWidth(-1);
        double h = canvas.prefHeight(-1);
        double vw = Math.max(1, scroll.getViewportBounds().getWidth());
        double vh = Math.max(1, scroll.getViewportBounds().getHeight());
        setZoom(Math.min(1, Math.min(vw / w, vh / h)));
    }

    public double zoom() {
        return zoom;
    }

    private void setZoom(double z) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        canvas.setScaleX(zoom);
        canvas.setScaleY(zoom);
    }

    /** The whole chart at the current zoom: what a saved PNG shows. */
    public Group chartNode() {
        return zoomGroup;
    }

    /** The card of a person (for tests and keyboard focus), or null. */
    public VBox cardOf(long stakeholderId) {
        return cards.get(stakeholderId);
    }

    private static String key(Enum<?> e) {
        return e == null ? "unknown" : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
