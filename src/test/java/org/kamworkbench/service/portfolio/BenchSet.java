package org.kamworkbench.service.portfolio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.RevenueCell;

/**
 * Reads a clean data set of the shared bench generator (accounts.csv, invoices.csv[.gz], fx.csv)
 * into an {@link InMemoryWorkspace}, summing invoice lines into month cells as the import does.
 */
final class BenchSet {
    private BenchSet() {
    }

    static InMemoryWorkspace read(Function<String, InputStream> files) {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        Map<String, Account> byId = new HashMap<>();
        for (String[] row : rows(files.apply("accounts.csv"))) {
            // account_id,name,country,region,division,currency,industry,owner,created
            Account a = new Account(ws.accounts.size() + 1, row[0], row[1], row[7], row[2], row[3], row[4], row[6],
                    null, row[5], null, null, null, null);
            ws.accounts.add(a);
            byId.put(a.externalId(), a);
        }
        Map<Long, long[]> monthly = new HashMap<>();
        for (String[] row : rows(files.apply("invoices.csv.gz"))) {
            // invoice_id,account_id,date,amount,product_line
            Account a = byId.get(row[1]);
            int year = Integer.parseInt(row[2].substring(0, 4));
            int month = Integer.parseInt(row[2].substring(5, 7));
            long key = a.id() * 1_000_000L + year * 100L + month;
            long[] sum = monthly.computeIfAbsent(key, k -> new long[2]);
            sum[0] += new BigDecimal(row[3]).movePointRight(4).longValueExact();
            sum[1]++;
        }
        monthly.forEach((key, sum) -> {
            Account a = ws.accounts.get((int) (key / 1_000_000L) - 1);
            int period = (int) (key % 1_000_000L);
            ws.cells.add(new RevenueCell(a.id(), a.currency(), period / 100, period % 100, sum[0], (int) sum[1]));
        });
        for (String[] row : rows(files.apply("fx.csv"))) {
            ws.fx(row[1], Integer.parseInt(row[0]), row[2]);
        }
        return ws;
    }

    /** The data rows of a clean (unquoted) CSV file, header skipped; gzip when the name says so. */
    private static List<String[]> rows(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String dir, String name) {
        try {
            InputStream in = BenchSet.class.getResourceAsStream("/" + dir + "/" + name);
            if (in == null) {
                throw new IllegalStateException("missing test resource " + dir + "/" + name);
            }
            return name.endsWith(".gz") ? new GZIPInputStream(in) : in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
