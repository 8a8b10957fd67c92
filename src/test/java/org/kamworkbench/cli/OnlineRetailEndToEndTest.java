package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * A retail invoice file shaped like the public UCI Online Retail data (fixtures/online-retail.csv, made by
 * online-retail.py): quantity × unit price and no amount, CustomerID written "17850.0", blank customers,
 * cancellations with negative quantities, M/D/YYYY dates with a time, no currency column and customers the
 * workspace does not know. The Pareto figures are checked against a calculation on the raw file here.
 */
class OnlineRetailEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.inWorkspace(new WorkspaceWiring(home), dir.resolve("retail"), args);
    }

    @Test
    void importsTheRetailFileAndTheParetoFiguresMatchAnIndependentCalculation() throws IOException {
        try (WorkspaceServices ws = new WorkspaceWiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve("retail")))) {
            WorkspaceSettings s = ws.settings().settings();
            ws.settings().save(new WorkspaceSettings("GBP", s.regionByCountry()));
        }
        String file = ImportEndToEndTest.fixture("online-retail.csv");
        Raw raw = Raw.read(Path.of(file));

        CliRun imported = cli("import", "revenue", file, "--create-accounts", "--currency", "GBP", "--skip-invalid",
                "--json");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        JsonNode report = JSON.readTree(imported.out());
        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(report.get("rowsRead").asLong()).isEqualTo(raw.rows);
        assertThat(report.get("rowsRead").asLong() - report.get("rowsImported").asLong()).isEqualTo(raw.blankRows);
        assertThat(report.get("problemCount").asLong()).isEqualTo(raw.blankRows);
        assertThat(report.get("accountsCreated").asLong()).isEqualTo(raw.customers.size());
        assertThat(report.get("missingRates")).isEmpty();
        assertThat(imported.err()).contains("the account is empty");

        CliRun pareto = cli("analyze", "pareto", "--year", "2011", "--json");
        assertThat(pareto.exitCode()).as(pareto.toString()).isZero();
        JsonNode p = JSON.readTree(pareto.out());

        List<BigDecimal> positive = new ArrayList<>();
        raw.revenue2011.values().forEach(v -> {
            if (v.signum() > 0) {
                positive.add(v);
            }
        });
        positive.sort(Comparator.reverseOrder());
        BigDecimal total = positive.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = positive.size();
        int top = (n + 4) / 5; // ⌈20 % of N⌉
        BigDecimal topRevenue = positive.subList(0, top).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        double hhi = 0;
        BigDecimal cumulative = BigDecimal.ZERO;
        int paretoPoint = 0;
        for (BigDecimal v : positive) {
            double share = v.divide(total, MathContext.DECIMAL128).doubleValue();
            hhi += 100 * share * 100 * share;
            if (cumulative.compareTo(total.multiply(new BigDecimal("0.8"))) < 0) {
                paretoPoint++;
            }
            cumulative = cumulative.add(v);
        }

        assertThat(p.get("reportingCurrency").asText()).isEqualTo("GBP");
        assertThat(p.get("accounts").asInt()).isEqualTo(n);
        assertThat(p.get("excludedAccounts").asInt()).isEqualTo(raw.revenue2011.size() - n);
        assertThat(new BigDecimal(p.get("totalRevenue").asText())).isEqualByComparingTo(total);
        assertThat(p.get("top20Share").asDouble())
                .isCloseTo(topRevenue.divide(total, MathContext.DECIMAL128).doubleValue(), within(1e-12));
        assertThat(p.get("hhi").asDouble()).isCloseTo(hhi, within(1e-6));
        assertThat(p.get("paretoAccountShare").asDouble()).isCloseTo((double) paretoPoint / n, within(1e-12));
        // the file is made to have a Pareto shape, several years and some of everything
        assertThat(n).isGreaterThan(10);
        assertThat(raw.blankRows).isPositive();
        assertThat(raw.cancellations).isPositive();
        assertThat(raw.revenue2011.size()).isLessThan(raw.customers.size() + 1);
    }

    @Test
    void withoutTheFlagUnknownCustomersAreRefusedAndRevenueWithoutFxRatesIsNamedButImported() throws IOException {
        String file = ImportEndToEndTest.fixture("online-retail.csv");
        CliRun refused = cli("import", "revenue", file, "--currency", "GBP");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("Line 2, column 'CustomerID': '13704' matches no account", "--create-accounts")
                .doesNotContain("Exception");

        CliRun text = cli("import", "revenue", file, "--create-accounts", "--currency", "GBP", "--skip-invalid");
        assertThat(text.exitCode()).as(text.toString()).isZero();
        Raw raw = Raw.read(Path.of(file));
        assertThat(text.out()).contains(raw.customers.size() + " accounts created.");
        assertThat(text.err()).contains("Warning: No FX rate for GBP in 2010, 2011 — import rates with `import fx`");

        CliRun json = cli("import", "revenue", file, "--currency", "GBP", "--skip-invalid", "--add", "--json");
        JsonNode missing = JSON.readTree(json.out()).get("missingRates");
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).get("currency").asText()).isEqualTo("GBP");
        assertThat(missing.get(0).get("years").toString()).isEqualTo("[2010,2011]");
        assertThat(JSON.readTree(json.out()).get("accountsCreated").asLong()).isZero();
    }

    /** The file read by hand: BigDecimal quantity × price per customer, blank customers skipped. */
    private static final class Raw {
        long rows;
        long blankRows;
        long cancellations;
        final Set<String> customers = new HashSet<>();
        final Map<String, BigDecimal> revenue2011 = new TreeMap<>();

        static Raw read(Path file) throws IOException {
            Raw raw = new Raw();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = split(line);
                raw.rows++;
                String customer = f[6].isEmpty() ? "" : new BigDecimal(f[6]).toBigIntegerExact().toString();
                if (customer.isEmpty()) {
                    raw.blankRows++;
                    continue;
                }
                if (f[0].startsWith("C")) {
                    raw.cancellations++;
                }
                raw.customers.add(customer);
                String year = f[4].split(" ")[0].split("/")[2];
                if (year.equals("2011")) {
                    raw.revenue2011.merge(customer, new BigDecimal(f[3]).multiply(new BigDecimal(f[5])),
                            BigDecimal::add);
                }
            }
            return raw;
        }

        /** The eight fields of a line; only the description may be quoted (it can hold a comma). */
        private static String[] split(String line) {
            int open = line.indexOf('"');
            if (open >= 0) {
                int close = line.indexOf('"', open + 1);
                line = line.substring(0, open) + line.substring(open + 1, close).replace(",", ";")
                        + line.substring(close + 1);
            }
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(8);
            return f;
        }
    }
}
