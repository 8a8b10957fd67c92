package org.kamworkbench.service.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.imports.FieldSpec;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;

class KindFieldsTest {
    /** A mapping whose columns are named after the fields they map to. */
    private static ColumnMapping mapped(String... fields) {
        return new ColumnMapping("generic", List.of(fields), fields);
    }

    private static void assertMissing(ImportKind kind, ColumnMapping m, String... phrases) {
        var thrown = assertThatThrownBy(() -> KindFields.require(kind, m)).isInstanceOf(ImportInputException.class);
        for (String phrase : phrases) {
            thrown.hasMessageContaining(phrase);
        }
    }

    @Test
    void everyKindFlagsItsRequiredFields() {
        assertThat(required(ImportKind.ACCOUNTS)).containsExactly("externalId", "name");
        assertThat(required(ImportKind.REVENUE)).containsExactly("account", "amount");
        assertThat(required(ImportKind.FX)).containsExactly("year", "currency", "rate");
        assertThat(required(ImportKind.INFLATION)).containsExactly("year", "scope", "percent");
        assertThat(required(ImportKind.CONTACTS)).as("each has an alternative").isEmpty();
    }

    @Test
    void onlyRevenueListsTheWideFormsPattern() {
        assertThat(KindFields.keysToName(ImportKind.REVENUE)).last().asString().startsWith("amount:YYYY");
        assertThat(KindFields.keysToName(ImportKind.FX)).containsExactly("year", "month", "period", "currency", "rate");
    }

    @Test
    void theFirstMissingFieldIsNamedWithTheHeaders() {
        assertMissing(ImportKind.ACCOUNTS, mapped("externalId"), "'name'", "columns are: externalId.");
        assertMissing(ImportKind.INFLATION, mapped("year", "percent"), "'scope'");
        assertThatCode(() -> KindFields.require(ImportKind.ACCOUNTS, mapped("name", "externalId")))
                .doesNotThrowAnyException();
    }

    @Test
    void revenueAcceptsItsAlternatives() {
        assertThatCode(() -> KindFields.require(ImportKind.REVENUE, mapped("accountName", "period", "amount")))
                .doesNotThrowAnyException();
        assertThatCode(() -> KindFields.require(ImportKind.REVENUE,
                mapped("account", "date", "quantity", "unitPrice"))).doesNotThrowAnyException();
        assertThatCode(() -> KindFields.require(ImportKind.REVENUE, mapped("account", "amount:2023", "amount:2024")))
                .doesNotThrowAnyException();
        assertMissing(ImportKind.REVENUE, mapped("amount", "date"), "'account'");
        assertMissing(ImportKind.REVENUE, mapped("account", "amount"), "'date'", "(or 'period' for period totals)");
        assertMissing(ImportKind.REVENUE, mapped("account", "date", "quantity"), "'unitPrice'", "× 'unitPrice'");
        assertMissing(ImportKind.REVENUE, mapped("account", "date", "unitPrice"), "'quantity'");
        assertMissing(ImportKind.REVENUE, mapped("account", "date"), "'amount'", "one column per year");
    }

    @Test
    void ratesTakeAPeriodForTheYear() {
        assertThatCode(() -> KindFields.require(ImportKind.FX, mapped("period", "currency", "rate")))
                .doesNotThrowAnyException();
        assertMissing(ImportKind.FX, mapped("month", "currency", "rate"), "'year'");
        assertMissing(ImportKind.FX, mapped("year", "currency"), "'rate'");
    }

    @Test
    void contactsNeedAnAccountAndSomeName() {
        assertThatCode(() -> KindFields.require(ImportKind.CONTACTS, mapped("accountName", "fullName")))
                .doesNotThrowAnyException();
        assertThatCode(() -> KindFields.require(ImportKind.CONTACTS, mapped("account", "firstName")))
                .doesNotThrowAnyException();
        assertMissing(ImportKind.CONTACTS, mapped("fullName", "email"), "'account'", "or 'accountName'");
        assertMissing(ImportKind.CONTACTS, mapped("account", "email"), "'lastName'", "or 'fullName'");
    }

    private static List<String> required(ImportKind kind) {
        List<String> keys = new ArrayList<>();
        KindFields.of(kind).stream().filter(FieldSpec::required).forEach(f -> keys.add(f.key()));
        return keys;
    }
}
