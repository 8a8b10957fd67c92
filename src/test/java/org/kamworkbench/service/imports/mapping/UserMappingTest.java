package org.kamworkbench.service.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;

class UserMappingTest {
    private static final List<String> HEADER = List.of("Nummer", "Name", "Kunden Name", "Umsatz");

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aFieldIsSpelledAsTheKindSpellsItAndEmptyIgnores() {
        Set<String> revenue = Set.of("account", "amount", "unitPrice");
        assertThat(UserMapping.canonicalField(" UNITPRICE ", revenue)).isEqualTo("unitPrice");
        assertThat(UserMapping.canonicalField("Amount:2024", revenue)).isEqualTo("amount:2024");
        assertThat(UserMapping.canonicalField("amount:24", revenue)).isNull();
        assertThat(UserMapping.canonicalField("amount:2024", Set.of("name"))).isNull();
        assertThat(UserMapping.canonicalField("colour", revenue)).isNull();
        assertThat(UserMapping.canonicalField("  ", revenue)).isEmpty();
        assertThat(UserMapping.canonicalField(null, revenue)).isEmpty();
    }

    @Test
    void aColumnIsFoundByItsExactHeaderFirstThenByItsKey() {
        List<String> header = List.of("Kunden-Name", "kundenname", "Name");
        assertThat(UserMapping.findHeader(header, "kundenname")).isEqualTo(1);
        assertThat(UserMapping.findHeader(header, "KUNDEN NAME")).isZero();
        assertThat(UserMapping.findHeader(header, "Ort")).isEqualTo(-1);
        assertThat(UserMapping.findHeader(header, "--")).as("an empty key matches nothing").isEqualTo(-1);
    }

    @Test
    void theMappingDecidesItsColumnsAndIgnoresOnes() {
        ColumnAssignment a = new ColumnAssignment(HEADER.size());
        UserMapping.apply(ImportKind.ACCOUNTS, HEADER, ordered("nummer", "EXTERNALID", "Name", ""), a, true);
        assertThat(a.fields()).containsExactly("externalId", null, null, null);
        assertThat(a.isDecided(1)).as("ignored: no name may claim it").isTrue();
        assertThat(a.isDecided(2)).isFalse();
    }

    @Test
    void strictRefusesAMissingColumnAndAFieldTwiceThePreviewShowsThem() {
        Map<String, String> twice = ordered("Name", "name", "Kunden Name", "name");
        assertThatThrownBy(() -> UserMapping.apply(ImportKind.ACCOUNTS, HEADER, twice,
                new ColumnAssignment(HEADER.size()), true)).isInstanceOf(ImportInputException.class)
                .hasMessageContaining("'name'");
        ColumnAssignment preview = new ColumnAssignment(HEADER.size());
        UserMapping.apply(ImportKind.ACCOUNTS, HEADER, ordered("Ort", "country", "Name", "name", "Kunden Name",
                "name"), preview, false);
        assertThat(preview.fields()).containsExactly(null, "name", "name", null);
        assertThatThrownBy(() -> UserMapping.apply(ImportKind.ACCOUNTS, HEADER, ordered("Ort", "country"),
                new ColumnAssignment(HEADER.size()), true)).hasMessageContaining("'Ort', which the file does not have")
                .hasMessageContaining("Nummer, Name, Kunden Name, Umsatz");
    }

    @Test
    void anUnknownFieldIsRefusedEvenInThePreviewAndTheFieldsAreListed() {
        assertThatThrownBy(() -> UserMapping.apply(ImportKind.REVENUE, HEADER, ordered("Umsatz", "turnover"),
                new ColumnAssignment(HEADER.size()), false)).isInstanceOf(ImportInputException.class)
                .hasMessageContaining("'turnover' is not a field of revenue imports")
                .hasMessageContaining("account, accountName, date").hasMessageContaining("amount:YYYY");
    }

    @Test
    void theFirstErrorInTheMappingsOrderIsTheOneReported() {
        Map<String, String> m = ordered("Name", "name", "Kunden Name", "name", "Umsatz", "turnover");
        assertThatThrownBy(() -> UserMapping.apply(ImportKind.ACCOUNTS, HEADER, m, new ColumnAssignment(HEADER.size()),
                true)).hasMessageContaining("Two columns are mapped to the field 'name'");
    }
}
