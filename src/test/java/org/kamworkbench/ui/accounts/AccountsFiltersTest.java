package org.kamworkbench.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the country filter names a country code. */
class AccountsFiltersTest {
    @Test
    void aCountryIsNamedInTheUsersLanguageWithItsCode() {
        assertThat(AccountsFilters.countryName("IT", Locale.ENGLISH)).isEqualTo("Italy (IT)");
        assertThat(AccountsFilters.countryName("DE", Locale.ITALIAN)).isEqualTo("Germania (DE)");
    }

    @Test
    void aCodeWithoutANameStaysTheCode() {
        assertThat(AccountsFilters.countryName("XZ", Locale.ENGLISH)).isEqualTo("XZ");
    }
}
