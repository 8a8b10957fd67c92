package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.io.TableFileReader;
import org.kamworkbench.service.account.MemoryPeople;
import org.kamworkbench.service.imports.fakes.FakeTableFiles;
import org.kamworkbench.service.imports.fakes.MemoryAccounts;
import org.kamworkbench.service.imports.fakes.MemoryRates;
import org.kamworkbench.service.imports.fakes.MemoryRevenue;
import org.kamworkbench.service.imports.fakes.MemorySettings;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.UnitOfWork;

/**
 * A revenue file without a currency column is read in each account's currency. When another writer changes that
 * currency after the file was read and before the import takes the write lock, the import is refused inside the
 * lock (nothing is written), instead of storing the lines in the currency the account no longer has.
 */
class RevenueCurrencyRaceTest {
    private final FakeTableFiles files = new FakeTableFiles();
    private final MemoryAccounts accounts = new MemoryAccounts();
    private final MemoryRevenue revenue = new MemoryRevenue();
    /** Runs once, as the import's transaction starts: another writer that committed just before our lock. */
    private Runnable meanwhile = () -> { };
    private final UnitOfWork lockedTransaction = work -> {
        Runnable other = meanwhile;
        meanwhile = () -> { };
        other.run();
        work.run();
    };
    private final FileImportService service = new FileImportService(files, accounts, revenue, new MemoryRates(),
            new MemorySettings(), new MemoryPeople().stakeholders, lockedTransaction);

    @Test
    void anAccountWhoseCurrencyChangedMeanwhileRefusesTheImportInsideTheLock() {
        Account acme = accounts.add("A1", "Acme GmbH", "DE", "EUR");
        accounts.add("A2", "Globex Inc", "US", "USD");
        meanwhile = () -> accounts.saveAll(List.of(), List.of(withCurrency(acme, "CHF")));

        ImportInputException refused = catchThrowableOfType(ImportInputException.class, () -> importRevenue(
                "account,date,amount", "A1,2024-03-01,€ 100", "A2,2024-03-02,50"));

        assertThat(refused.getMessage()).isEqualTo("While this file was being read, another import changed the "
                + "currency of account A1 from EUR to CHF; the file's lines without a currency were read in EUR. "
                + "Nothing was imported. Import the file again.");
        assertThat(refused.message(Locale.ITALY)).startsWith("Mentre questo file veniva letto, un’altra importazione "
                + "ha cambiato la valuta del cliente A1 da EUR a CHF;");
        assertThat(revenue.writes).as("nothing written").isZero();
    }

    /** The same race on a plain UTF-8 CSV, whose common lines are read straight from the bytes. */
    @Test
    void aPlainFileReadFromItsBytesIsRefusedTheSameWay(@TempDir Path dir) throws IOException {
        Account acme = accounts.add("A1", "Acme GmbH", "DE", "EUR");
        meanwhile = () -> accounts.saveAll(List.of(), List.of(withCurrency(acme, "CHF")));
        Path file = Files.writeString(dir.resolve("revenue.csv"), "account,date,amount\nA1,2024-03-01,100\n");
        FileImportService fromBytes = new FileImportService(new TableFileReader(), accounts, revenue, new MemoryRates(),
                new MemorySettings(), new MemoryPeople().stakeholders, lockedTransaction);

        ImportInputException refused = catchThrowableOfType(ImportInputException.class, () -> fromBytes.importFile(
                file, ImportKind.REVENUE, ImportOptions.defaults(), ProgressMonitor.NONE));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("changed the currency of account A1 from EUR to CHF");
        assertThat(revenue.writes).as("nothing written").isZero();
    }

    @Test
    void aCurrencyChangeOfAnAccountTheFileGivesACurrencyForChangesNothing() {
        Account acme = accounts.add("A1", "Acme GmbH", "DE", "EUR");
        meanwhile = () -> accounts.saveAll(List.of(), List.of(withCurrency(acme, "CHF")));

        ImportReport r = importRevenue("account,date,amount,currency", "A1,2024-03-01,100,EUR");

        assertThat(r.applied()).isTrue();
        assertThat(revenue.cell(acme.id(), "EUR", 2024, 3).amountE4()).isEqualTo(1_000_000);
    }

    @Test
    void withoutAChangeMeanwhileTheLinesLandInTheAccountsCurrency() {
        Account acme = accounts.add("A1", "Acme GmbH", "DE", "EUR");

        ImportReport r = importRevenue("account,date,amount", "A1,2024-03-01,100");

        assertThat(r.applied()).isTrue();
        assertThat(revenue.cell(acme.id(), "EUR", 2024, 3).amountE4()).isEqualTo(1_000_000);
    }

    private ImportReport importRevenue(String... lines) {
        return service.importFile(files.lines("revenue.csv", lines), ImportKind.REVENUE, ImportOptions.defaults(),
                ProgressMonitor.NONE);
    }

    private static Account withCurrency(Account a, String currency) {
        return new Account(a.id(), a.externalId(), a.name(), a.owner(), a.country(), a.region(), a.division(),
                a.industry(), a.type(), currency, a.annualRevenue(), a.employees(), a.parentExternalId(), a.website());
    }
}
