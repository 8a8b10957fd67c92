package org.kamworkbench.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.service.demo.DemoPortfolio.DemoRevenue;

/**
 * Generates the demo portfolio from a fixed seed: the same seed gives the same portfolio, byte for
 * byte. Our yearly revenue per account is lognormal (σ = 1.85), which makes the top 20 % of accounts
 * earn roughly three quarters of it, as in a typical B2B portfolio; it then grows or shrinks per
 * account and year, a few accounts are won or lost along the way, and about one invoice in 25 is
 * followed by a credit note.
 */
final class DemoPortfolioGenerator {
    static final long SEED = 20_250_101L;
    static final int ACCOUNTS = 300;

    private static final double MEDIAN_EUR = 45_000;
    private static final double SIGMA = 1.85;
    private static final List<String> DIVISIONS = List.of("Industrial Solutions", "Healthcare", "Digital Services");
    private static final List<String> TYPES = List.of("Customer", "Customer", "Customer", "Customer", "Distributor",
            "Partner");

    private final Random random;
    /** Account sizes get their own stream, so that their distribution does not shift with other draws. */
    private final Random sizes;
    private final UnaryOperator<String> regionOf;

    DemoPortfolioGenerator(long seed, UnaryOperator<String> regionOf) {
        this.random = new Random(seed);
        this.sizes = new Random(seed ^ 0x5DEECE66DL);
        this.regionOf = regionOf;
    }

    DemoPortfolio generate(String reportingCurrency) {
        List<Account> accounts = new ArrayList<>();
        List<DemoRevenue> revenue = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int totalWeight = DemoCountry.ALL.stream().mapToInt(DemoCountry::weight).sum();
        for (int i = 1; i <= ACCOUNTS; i++) {
            DemoCountry country = pickCountry(totalWeight);
            int industry = random.nextInt(DemoCountry.INDUSTRIES.size());
            String externalId = String.format("DEMO-%04d", i);
            double baseEur = MEDIAN_EUR * Math.exp(SIGMA * sizes.nextGaussian());
            accounts.add(account(externalId, uniqueName(country, industry, names), country, industry, baseEur));
            revenue.addAll(revenueOf(externalId, country.currency(), baseEur));
        }
        return new DemoPortfolio(accounts, revenue, DemoRates.fxRates(reportingCurrency), DemoRates.inflationRates());
    }

    private DemoCountry pickCountry(int totalWeight) {
        int draw = random.nextInt(totalWeight);
        for (DemoCountry c : DemoCountry.ALL) {
            draw -= c.weight();
            if (draw < 0) {
                return c;
            }
        }
        throw new IllegalStateException("weights");
    }

    private String uniqueName(DemoCountry country, int industry, Set<String> taken) {
        String name;
        int attempt = 0;
        do {
            String root = country.roots().get(random.nextInt(country.roots().size()));
            String legal = country.legalForms().get(random.nextInt(country.legalForms().size()));
            String word = attempt < 5 ? country.industryWords().get(industry) : "Group";
            name = root + " " + word + (attempt >= 10 ? " " + attempt : "") + " " + legal;
            attempt++;
        } while (!taken.add(name));
        return name;
    }

    private Account account(String externalId, String name, DemoCountry country, int industry, double baseEur) {
        // The client's own size: we make 0.1 %–2 % of its turnover.
        double sizeEur = baseEur / (0.001 + 0.019 * random.nextDouble());
        BigDecimal eurPerUnit = DemoRates.eurPerUnit(country.currency(), 2024);
        BigDecimal annualRevenue = BigDecimal.valueOf(sizeEur).divide(eurPerUnit, 0, RoundingMode.HALF_EVEN)
                .setScale(-5, RoundingMode.HALF_EVEN).max(BigDecimal.valueOf(100_000)).setScale(0);
        long employees = Math.max(12, Math.round(sizeEur / (140_000 + 160_000 * random.nextDouble())));
        String owner = random.nextInt(10) == 0 ? otherOwner(country) : country.owner();
        return new Account(0, externalId, name, owner, country.code(), regionOf.apply(country.code()),
                DIVISIONS.get(random.nextInt(DIVISIONS.size())), DemoCountry.INDUSTRIES.get(industry),
                TYPES.get(random.nextInt(TYPES.size())), country.currency(), annualRevenue, employees, null,
                website(name));
    }

    private String otherOwner(DemoCountry country) {
        List<String> owners = DemoCountry.ALL.stream().map(DemoCountry::owner).distinct()
                .filter(o -> !o.equals(country.owner())).toList();
        return owners.get(random.nextInt(owners.size()));
    }

    private static String website(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        slug = slug.replaceAll("\\b(gmbh|co|kg|ag|s\\.?p\\.?a|s\\.?r\\.?l|sas|sa|s\\.?l|b\\.?v|n\\.?v|ltd|plc|inc|corp|llc|k\\.?k)\\b", "")
                .replaceAll("[^a-z0-9]+", "");
        return "www." + slug + ".example";
    }

    /** Three years of invoices and credit notes, summed per month. */
    private List<DemoRevenue> revenueOf(String externalId, String currency, double baseEur) {
        int firstYear = 0;
        int lastYear = DemoRates.YEARS.size() - 1;
        double fate = random.nextDouble();
        if (baseEur > 4 * MEDIAN_EUR) {
            fate = 1; // large accounts are long-standing: wins and losses happen among the smaller ones
        }
        if (fate < 0.04) {
            firstYear = 1 + random.nextInt(2); // won during the period
        } else if (fate < 0.07) {
            lastYear = random.nextInt(2); // lost during the period
        }
        double trend = 0.03 + 0.10 * random.nextGaussian();
        double yearly = baseEur;
        List<DemoRevenue> cells = new ArrayList<>();
        for (int y = 0; y < DemoRates.YEARS.size(); y++) {
            if (y > 0) {
                yearly *= Math.max(0.2, 1 + trend + 0.08 * random.nextGaussian());
            }
            if (y < firstYear || y > lastYear) {
                continue;
            }
            int year = DemoRates.YEARS.get(y);
            double local = yearly / DemoRates.eurPerUnit(currency, year).doubleValue();
            cells.addAll(invoicesOf(externalId, currency, year, local));
        }
        return cells;
    }

    private List<DemoRevenue> invoicesOf(String externalId, String currency, int year, double amount) {
        int invoices = Math.max(1, (int) Math.round(Math.log(amount / 2_000 + 1) * 3 + random.nextInt(3)));
        double[] weights = new double[invoices];
        double sum = 0;
        for (int i = 0; i < invoices; i++) {
            weights[i] = -Math.log(1 - random.nextDouble()) + 0.2;
            sum += weights[i];
        }
        Map<Integer, long[]> byMonth = new TreeMap<>();
        int minorDigits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        for (int i = 0; i < invoices; i++) {
            int month = 1 + random.nextInt(12);
            long lineE4 = toE4(amount * weights[i] / sum, minorDigits);
            add(byMonth, month, lineE4);
            if (random.nextInt(25) == 0) {
                int creditMonth = Math.min(12, month + random.nextInt(2));
                add(byMonth, creditMonth, -toE4(amount * weights[i] / sum * (0.05 + 0.3 * random.nextDouble()),
                        minorDigits));
            }
        }
        List<DemoRevenue> cells = new ArrayList<>();
        byMonth.forEach((month, v) -> cells.add(new DemoRevenue(externalId, currency, year, month, v[0], (int) v[1])));
        return cells;
    }

    private static void add(Map<Integer, long[]> byMonth, int month, long amountE4) {
        long[] cell = byMonth.computeIfAbsent(month, m -> new long[2]);
        cell[0] += amountE4;
        cell[1]++;
    }

    /** Rounds to the currency's minor unit (cents, or whole yen), expressed in 1/10 000. */
    private static long toE4(double amount, int minorDigits) {
        long minor = Math.max(1, Math.round(amount * Math.pow(10, minorDigits)));
        return minor * (RevenueCell.SCALE / (long) Math.pow(10, minorDigits));
    }
}
