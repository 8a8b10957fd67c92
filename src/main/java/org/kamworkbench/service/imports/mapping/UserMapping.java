package org.kamworkbench.service.imports.mapping;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.parse.Text;

/** The user's own mapping (header → field key, empty to ignore the column): it decides before any name. */
final class UserMapping {
    private UserMapping() {
    }

    /**
     * Applies {@code mapping} in its order.
     *
     * @param strict also reject a mapping that names a column the header lacks, or sends two columns to one field
     * @throws ImportInputException for a field the kind does not have (always), or as {@code strict} says
     */
    static void apply(ImportKind kind, List<String> header, Map<String, String> mapping, ColumnAssignment assignment,
                      boolean strict) {
        Set<String> valid = new HashSet<>();
        KindFields.of(kind).forEach(f -> valid.add(f.key()));
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            int column = findHeader(header, e.getKey());
            if (column < 0) {
                if (strict) {
                    throw new ImportInputException("import.mappedColumnMissing", e.getKey(), String.join(", ", header));
                }
                continue;
            }
            String field = canonicalField(e.getValue(), valid);
            if (field == null) {
                throw new ImportInputException("import.unknownField", e.getValue(), kind.name().toLowerCase(Locale.ROOT),
                        String.join(", ", KindFields.keysToName(kind)));
            }
            if (field.isEmpty()) {
                assignment.ignore(column);
            } else if (!assignment.assign(column, field) && strict) {
                throw new ImportInputException("import.fieldTwice", field);
            }
        }
    }

    /** The field key as the kind spells it (any case; "amount:2024" for revenue), "" to ignore, null if none. */
    static String canonicalField(String value, Set<String> valid) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return "";
        }
        for (String f : valid) {
            if (f.equalsIgnoreCase(v)) {
                return f;
            }
        }
        if (valid.contains(Fields.AMOUNT) && v.regionMatches(true, 0, Fields.AMOUNT_OF_YEAR, 0,
                Fields.AMOUNT_OF_YEAR.length())) {
            String f = Fields.AMOUNT_OF_YEAR + v.substring(Fields.AMOUNT_OF_YEAR.length());
            return Fields.yearOfAmountField(f) > 0 ? f : null;
        }
        return null;
    }

    /** The column a mapping names: its exact header first, else the first whose {@link Text#key} matches; -1. */
    static int findHeader(List<String> header, String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        String key = Text.key(name);
        for (int i = 0; i < header.size(); i++) {
            if (!key.isEmpty() && Text.key(header.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
