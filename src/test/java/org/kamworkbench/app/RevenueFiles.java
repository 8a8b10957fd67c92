package org.kamworkbench.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Revenue files for concurrency and crash tests: invoice lines of 40 accounts over 2024 and 2025,
 * every file touching every year segment, amounts chosen by a seed so that two files differ.
 */
final class RevenueFiles {
    private RevenueFiles() {
    }

    /** A file and its total, summed by hand (exact decimals). */
    record RevenueFile(Path path, BigDecimal total, int lines) {
    }

    static RevenueFile write(Path path, int seed, int lines) throws IOException {
        StringBuilder csv = new StringBuilder("invoice_id,account_id,account_name,date,amount,currency\n");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines; i++) {
            int account = (i * 7 + seed) % 40 + 1;
            int year = 2024 + i % 2;
            int month = i % 12 + 1;
            BigDecimal amount = new BigDecimal((i * 31 + seed * 17) % 9973 + "." + String.format("%02d", (i + seed) % 100));
            total = total.add(amount);
            csv.append("F").append(seed).append('-').append(i).append(",ACC-").append(account)
                    .append(",Account ").append(account).append(',')
                    .append(String.format("%d-%02d-%02d", year, month, i % 28 + 1)).append(',')
                    .append(amount.toPlainString()).append(",EUR\n");
        }
        Files.writeString(path, csv);
        return new RevenueFile(path, total, lines);
    }
}
