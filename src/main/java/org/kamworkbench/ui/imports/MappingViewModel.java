package org.kamworkbench.ui.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.imports.FieldSpec;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportPreview;

/**
 * Column → field mapping. Starts from what the preview suggests; what the user changes is kept as
 * an override (also across a re-read of the file) and wins. Complete when every required field
 * has a column (or one the service accepts instead) and no field is taken by two columns (unless
 * the service itself suggested so).
 */
public final class MappingViewModel {
    /** The field key of an ignored column (as ImportOptions.mapping expects). */
    public static final String IGNORE = "";

    private final WizardText text;
    private final ObservableList<ColumnMapping> columns = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObservableList<RequiredField> requiredFields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    private final Set<String> suggestedTwice = new HashSet<>();
    private Map<String, List<String>> alternatives = Map.of();
    private boolean loading;

    MappingViewModel(WizardText text) {
        this.text = text;
    }

    /** Shows the columns of a (new) preview with its suggestions and the user's overrides. */
    void load(ImportPreview preview) {
        loading = true;
        try {
            fields.clear();
            fields.addAll(preview.fields());
            alternatives = alternatives(preview.kind());
            List<String> keys = new ArrayList<>();
            keys.add(IGNORE);
            fields.forEach(f -> keys.add(f.key()));
            preview.mapping().values().stream().filter(k -> !keys.contains(k)).distinct().forEach(keys::add);
            targets.setAll(keys);
            suggestedTwice.clear();
            suggestedTwice.addAll(takenTwice(preview.mapping()));
            List<ColumnMapping> rows = new ArrayList<>();
            for (int i = 0; i < preview.header().size(); i++) {
                String header = preview.header().get(i);
                String field = overrides.getOrDefault(header, preview.mapping().getOrDefault(header, IGNORE));
                ColumnMapping row = new ColumnMapping(header, sample(preview.sampleRows(), i), field);
                row.fieldProperty().addListener((o, old, now) -> userMapped(header, now));
                rows.add(row);
            }
            columns.setAll(rows);
        } finally {
            loading = false;
        }
        recheck();
    }

    /**
     * Fields the service accepts in place of a required one (its ColumnMapper.requireFields rules,
     * which FieldSpec cannot express): revenue by account name, or as one column per year
     * ("amount:2024"), or quantity and unit price together; FX rates per period instead of per year.
     * A key ending in ':' is a prefix; keys joined by '+' must all be mapped.
     */
    static Map<String, List<String>> alternatives(ImportKind kind) {
        return switch (kind) {
            case REVENUE -> Map.of("account", List.of("accountName"), "amount", List.of(QUANTITY_TIMES_PRICE,
                    AMOUNT_PER_YEAR));
            case FX -> Map.of("year", List.of("period"));
            default -> Map.of();
        };
    }

    /** The prefix of wide-form revenue fields: "amount:2024" holds the totals of 2024. */
    static final String AMOUNT_PER_YEAR = "amount:";
    /** A line without an amount is worth quantity × unit price: both columns stand in for the amount. */
    static final String QUANTITY_TIMES_PRICE = "quantity+unitPrice";

    void clear() {
        columns.clear();
        targets.clear();
        fields.clear();
        suggestedTwice.clear();
        recheck();
    }

    /** Forgets the user's choices (another file or kind). */
    void forgetOverrides() {
        overrides.clear();
    }

    /** Maps a column as the user would in the combo box. */
    public void map(String header, String fieldKey) {
        columns.stream().filter(c -> c.header().equals(header)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + header))
                .fieldProperty().set(fieldKey == null ? IGNORE : fieldKey);
    }

    private void userMapped(String header, String field) {
        if (!loading) {
            overrides.put(header, field == null ? IGNORE : field);
            recheck();
        }
    }

    /** The columns the user changed, for a preview re-read: the rest is left to the service. */
    Map<String, String> overrides() {
        return Map.copyOf(overrides);
    }

    /** Every column with its field ("" = ignored): what validation and import use. */
    Map<String, String> fullMapping() {
        Map<String, String> all = new LinkedHashMap<>();
        columns.forEach(c -> all.put(c.header(), c.field() == null ? IGNORE : c.field()));
        return all;
    }

    private void recheck() {
        Map<String, String> mapping = fullMapping();
        List<RequiredField> required = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (FieldSpec f : fields) {
            if (f.required()) {
                List<String> accepted = new ArrayList<>();
                accepted.add(f.key());
                accepted.addAll(alternatives.getOrDefault(f.key(), List.of()));
                String columns = columnsOf(mapping, accepted);
                required.add(new RequiredField(f.key(), text.fieldLabel(f.key()), columns));
                if (columns == null) {
                    missing.add(accepted.size() == 1 ? text.fieldLabel(f.key())
                            : text.format("mapping.missingOr", text.fieldLabel(f.key()), accepted.subList(1,
                            accepted.size()).stream().map(this::alternativeLabel)
                            .reduce((x, y) -> text.format("mapping.or", x, y)).orElse("")));
                }
            }
        }
        requiredFields.setAll(required);
        List<String> sentences = new ArrayList<>();
        if (!missing.isEmpty()) {
            sentences.add(text.format("mapping.missing", String.join(", ", missing)));
        }
        for (String key : takenTwice(mapping)) {
            if (!suggestedTwice.contains(key)) {
                List<String> from = mapping.entrySet().stream().filter(e -> e.getValue().equals(key))
                        .map(Map.Entry::getKey).toList();
                sentences.add(text.format("mapping.duplicate", text.fieldLabel(key), String.join(", ", from)));
            }
        }
        problem.set(sentences.isEmpty() ? null : String.join("\n", sentences));
        complete.set(!columns.isEmpty() && sentences.isEmpty());
    }

    private static Set<String> takenTwice(Map<String, String> mapping) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        mapping.values().stream().filter(k -> k != null && !k.isEmpty()).forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return twice;
    }

    /** The columns mapped to any of the accepted fields, joined; null when none is. */
    private static String columnsOf(Map<String, String> mapping, List<String> accepted) {
        List<String> keys = new ArrayList<>();
        for (String key : accepted) {
            List<String> parts = List.of(key.split("\\+"));
            if (parts.stream().allMatch(part -> mapping.values().stream().anyMatch(f -> satisfies(f, part)))) {
                keys.addAll(parts);
            }
        }
        List<String> columns = mapping.entrySet().stream()
                .filter(e -> keys.stream().anyMatch(key -> satisfies(e.getValue(), key)))
                .map(Map.Entry::getKey).toList();
        return columns.isEmpty() ? null : String.join(", ", columns);
    }

    private static boolean satisfies(String field, String key) {
        return key.endsWith(":") ? field.startsWith(key) && field.length() > key.length() : key.equals(field);
    }

    private String alternativeLabel(String key) {
        if (key.equals(QUANTITY_TIMES_PRICE)) {
            return text.get("field.quantityTimesPrice");
        }
        return key.equals(AMOUNT_PER_YEAR) ? text.get("field.amountPerYear") : text.fieldLabel(key);
    }

    private static String sample(List<List<String>> rows, int column) {
        for (List<String> row : rows) {
            if (column < row.size() && !row.get(column).isBlank()) {
                return row.get(column);
            }
        }
        return "";
    }

    /** The label of a target in the combo box: "— ignore —", or the field with * when required. */
    public String targetLabel(String key) {
        if (key == null || key.isEmpty()) {
            return text.get("mapping.ignore");
        }
        boolean required = fields.stream().anyMatch(f -> f.key().equals(key) && f.required());
        return text.fieldLabel(key) + (required ? " *" : "");
    }

    public ObservableList<ColumnMapping> columns() {
        return columns;
    }

    /** The choices of every column's combo box: ignore, then the fields of this kind. */
    public ObservableList<String> targets() {
        return targets;
    }

    public ObservableList<RequiredField> requiredFields() {
        return requiredFields;
    }

    /** What blocks the mapping, as sentences (one per line), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
