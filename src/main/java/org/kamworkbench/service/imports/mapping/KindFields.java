package org.kamworkbench.service.imports.mapping;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.imports.FieldSpec;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;

/** The fields of each import kind, and which of them a mapping cannot do without. */
final class KindFields {
    private KindFields() {
    }

    /** The fields of a kind, required ones flagged (alternatives are explained by {@link #require}). */
    static List<FieldSpec> of(ImportKind kind) {
        return switch (kind) {
            case ACCOUNTS -> List.of(new FieldSpec(Fields.EXTERNAL_ID, true), new FieldSpec(Fields.NAME, true),
                    new FieldSpec(Fields.OWNER, false), new FieldSpec(Fields.COUNTRY, false),
                    new FieldSpec(Fields.REGION, false), new FieldSpec(Fields.DIVISION, false),
                    new FieldSpec(Fields.INDUSTRY, false), new FieldSpec(Fields.TYPE, false),
                    new FieldSpec(Fields.CURRENCY, false), new FieldSpec(Fields.ANNUAL_REVENUE, false),
                    new FieldSpec(Fields.EMPLOYEES, false), new FieldSpec(Fields.PARENT_EXTERNAL_ID, false),
                    new FieldSpec(Fields.WEBSITE, false));
            case REVENUE -> List.of(new FieldSpec(Fields.ACCOUNT, true), new FieldSpec(Fields.ACCOUNT_NAME, false),
                    new FieldSpec(Fields.DATE, false), new FieldSpec(Fields.PERIOD, false),
                    new FieldSpec(Fields.YEAR, false), new FieldSpec(Fields.MONTH, false),
                    new FieldSpec(Fields.AMOUNT, true), new FieldSpec(Fields.QUANTITY, false),
                    new FieldSpec(Fields.UNIT_PRICE, false), new FieldSpec(Fields.CURRENCY, false),
                    new FieldSpec(Fields.DOCUMENT_ID, false), new FieldSpec(Fields.PRODUCT_LINE, false),
                    new FieldSpec(Fields.COUNTRY, false));
            case FX -> List.of(new FieldSpec(Fields.YEAR, true), new FieldSpec(Fields.MONTH, false),
                    new FieldSpec(Fields.PERIOD, false), new FieldSpec(Fields.CURRENCY, true),
                    new FieldSpec(Fields.RATE, true));
            case INFLATION -> List.of(new FieldSpec(Fields.YEAR, true), new FieldSpec(Fields.SCOPE, true),
                    new FieldSpec(Fields.PERCENT, true));
            case CONTACTS -> List.of(new FieldSpec(Fields.ACCOUNT, false), new FieldSpec(Fields.ACCOUNT_NAME, false),
                    new FieldSpec(Fields.FIRST_NAME, false), new FieldSpec(Fields.LAST_NAME, false),
                    new FieldSpec(Fields.FULL_NAME, false), new FieldSpec(Fields.TITLE, false),
                    new FieldSpec(Fields.DEPARTMENT, false), new FieldSpec(Fields.EMAIL, false),
                    new FieldSpec(Fields.REPORTS_TO, false), new FieldSpec(Fields.BUYING_ROLE, false));
        };
    }

    /** The field keys of a kind as a message lists them, with the wide form's pattern for revenue. */
    static List<String> keysToName(ImportKind kind) {
        List<String> keys = new ArrayList<>();
        of(kind).forEach(f -> keys.add(f.key()));
        if (kind == ImportKind.REVENUE) {
            keys.add("amount:YYYY (the yearly totals of a year, wide form)");
        }
        return keys;
    }

    /**
     * @throws ImportInputException naming the first required field no column maps to, and the headers
     */
    static void require(ImportKind kind, ColumnMapping m) {
        switch (kind) {
            case ACCOUNTS -> {
                require(m, Fields.EXTERNAL_ID);
                require(m, Fields.NAME);
            }
            case REVENUE -> {
                if (!m.has(Fields.ACCOUNT) && !m.has(Fields.ACCOUNT_NAME)) {
                    require(m, Fields.ACCOUNT);
                }
                if (m.hasLineAmount()) {
                    if (!m.has(Fields.DATE) && !m.has(Fields.PERIOD) && !m.has(Fields.YEAR) && !m.has(Fields.MONTH)) {
                        throw missing(m, Fields.DATE, 1);
                    }
                } else if (m.has(Fields.QUANTITY) != m.has(Fields.UNIT_PRICE)) {
                    throw missing(m, m.has(Fields.QUANTITY) ? Fields.UNIT_PRICE : Fields.QUANTITY, 2);
                } else if (m.yearColumns().isEmpty()) {
                    throw missing(m, Fields.AMOUNT, 3);
                }
            }
            case FX -> {
                if (!m.has(Fields.PERIOD)) {
                    require(m, Fields.YEAR);
                }
                require(m, Fields.CURRENCY);
                require(m, Fields.RATE);
            }
            case INFLATION -> {
                require(m, Fields.YEAR);
                require(m, Fields.SCOPE);
                require(m, Fields.PERCENT);
            }
            case CONTACTS -> {
                if (!m.has(Fields.ACCOUNT) && !m.has(Fields.ACCOUNT_NAME)) {
                    throw missing(m, Fields.ACCOUNT, 4);
                }
                if (!m.has(Fields.FULL_NAME) && !m.has(Fields.LAST_NAME) && !m.has(Fields.FIRST_NAME)) {
                    throw missing(m, Fields.LAST_NAME, 5);
                }
            }
        }
    }

    private static void require(ColumnMapping m, String field) {
        if (!m.has(field)) {
            throw missing(m, field, 0);
        }
    }

    /** {@code alternatives}: 0 none, 1 a period instead of a date, 2 quantity × unit price, 3 amount's others,
     * 4 the account's name instead of its id, 5 a full name instead of first and last. */
    private static ImportInputException missing(ColumnMapping m, String field, int alternatives) {
        return new ImportInputException("import.noColumnFor", field, alternatives, String.join(", ", m.header()));
    }
}
