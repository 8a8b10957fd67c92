package org.kamworkbench.service.imports.revenue;

import java.util.Map;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;

/**
 * Where a revenue file's fields are, from its column mapping (-1: not mapped). Quantity and unit price are
 * only mapped when the file has no amount column; the year columns and their years are those of a wide file.
 */
record RevenueColumns(int account, int accountName, int date, int period, int year, int month, int amount,
                      int quantity, int unitPrice, int country, int currency, int document, int product,
                      int[] yearColumns, int[] yearOfColumn) {

    static RevenueColumns of(ColumnMapping m) {
        int amount = m.column(Fields.AMOUNT);
        Map<Integer, Integer> wide = m.yearColumns();
        return new RevenueColumns(m.column(Fields.ACCOUNT), m.column(Fields.ACCOUNT_NAME), m.column(Fields.DATE),
                m.column(Fields.PERIOD), m.column(Fields.YEAR), m.column(Fields.MONTH), amount,
                // a file with an amount column uses it; quantity and unit price only stand in for a missing one
                amount < 0 ? m.column(Fields.QUANTITY) : -1,
                amount < 0 ? m.column(Fields.UNIT_PRICE) : -1,
                m.column(Fields.COUNTRY), m.column(Fields.CURRENCY), m.column(Fields.DOCUMENT_ID),
                m.column(Fields.PRODUCT_LINE),
                wide.keySet().stream().mapToInt(Integer::intValue).toArray(),
                wide.values().stream().mapToInt(Integer::intValue).toArray());
    }
}
