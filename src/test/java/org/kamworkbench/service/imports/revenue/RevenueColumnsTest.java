package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.mapping.ColumnMapper;

class RevenueColumnsTest {
    private static RevenueColumns of(String... header) {
        return RevenueColumns.of(ColumnMapper.map(ImportKind.REVENUE, List.of(header), ImportOptions.defaults(), "EUR", true));
    }

    @Test
    void invoiceLinesFindEveryMappedFieldAndMinusOneForTheOthers() {
        RevenueColumns c = of("invoice_id", "account_id", "date", "amount", "currency", "product_line");
        assertThat(c.document()).isZero();
        assertThat(c.account()).isEqualTo(1);
        assertThat(c.date()).isEqualTo(2);
        assertThat(c.amount()).isEqualTo(3);
        assertThat(c.currency()).isEqualTo(4);
        assertThat(c.product()).isEqualTo(5);
        assertThat(c.accountName()).isEqualTo(-1);
        assertThat(c.period()).isEqualTo(-1);
        assertThat(c.country()).isEqualTo(-1);
        assertThat(c.yearColumns()).isEmpty();
    }

    @Test
    void quantityAndUnitPriceOnlyStandInForAMissingAmount() {
        RevenueColumns withAmount = of("account_id", "date", "quantity", "unit price", "amount");
        assertThat(withAmount.amount()).isEqualTo(4);
        assertThat(withAmount.quantity()).isEqualTo(-1);
        assertThat(withAmount.unitPrice()).isEqualTo(-1);

        RevenueColumns without = of("account_id", "date", "quantity", "unit price");
        assertThat(without.amount()).isEqualTo(-1);
        assertThat(without.quantity()).isEqualTo(2);
        assertThat(without.unitPrice()).isEqualTo(3);
    }

    @Test
    void aWideFileListsItsYearColumnsInHeaderOrderWithTheirYears() {
        RevenueColumns c = of("account_id", "2024", "country", "2022");
        assertThat(c.yearColumns()).containsExactly(1, 3);
        assertThat(c.yearOfColumn()).containsExactly(2024, 2022);
        assertThat(c.country()).isEqualTo(2);
    }
}
