package org.kamworkbench.service.imports.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamworkbench.service.imports.FieldSpec;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.PeriodParser;
import org.kamworkbench.service.imports.parse.Text;

/**
 * Maps source columns to fields: the user's mapping first, then the preset's names, then the
 * generic synonyms, then patterns (wide-form year columns, "rate_to_EUR"). Each field takes one
 * column; when several claim it the better-ranked name wins.
 */
public final class ColumnMapper {
    private static final Pattern RATE_TO = Pattern.compile("(?:rateto|ratein|rate|in)([a-z]{3})|([a-z]{3})per(?:1)?unit");
    private static final Set<String> WIDE_WORDS = Set.of("fy", "revenue", "revenues", "sales", "net", "netsales",
            "turnover", "amount", "total", "actual", "actuals", "umsatz", "betrag", "ist", "gj", "fatturato",
            "ricavi", "vendite", "importo", "esercizio", "es", "chiffre", "d", "affaires", "ca", "ventes", "montant",
            "exercice", "year", "jahr", "anno", "annee");

    private ColumnMapper() {
    }

    /** The fields of a kind, required ones flagged (alternatives are explained by {@link #requireFields}). */
    public static List<FieldSpec> fields(ImportKind kind) {
        return switch (kind) {
            case ACCOUNTS -> List.of(new FieldSpec(Fields.EXTERNAL_ID, true), new FieldSpec(Fields.NAME, true),
                    new FieldSpec(Fields.OWNER, false), new FieldSpec(Fields.COUNTRY, false),
                    new FieldSpec(Fields.REGION, false), new FieldSpec(Fields.DIVISION, false),
                    new FieldSpec(Fields.INDUSTRY, false), new FieldSpec(Fields.TYPE, false),
                    new FieldSpec(Fields.CURRENCY, false), new FieldSpec(Fields.ANNUAL_REVENUE, false),
                    new FieldSpec(Fields.EMPLOYEES, false), new FieldSpec(Fields.PARENT_EXTERNAL_ID, false),
                    new FieldSpec(Fields.WEBSITE, false));
            case REVENUE -> List.of(new FieldSpec(Fields.ACCOUNT, true), new FieldSpec(Fields.ACCOUNT_NAME, false),
                    new FieldSpec(Fields.DATE, false), new FieldSpec(Fields.PERIOD, false),
                    new FieldSpec(Fields.YEAR, false), new FieldSpec(Fields.MONTH, false),
                    new FieldSpec(Fields.AMOUNT, true), new FieldSpec(Fields.QUANTITY, false),
                    new FieldSpec(Fields.UNIT_PRICE, false), new FieldSpec(Fields.CURRENCY, false),
                    new FieldSpec(Fields.DOCUMENT_ID, false), new FieldSpec(Fields.PRODUCT_LINE, false),
                    new FieldSpec(Fields.COUNTRY, false));
            case FX -> List.of(new FieldSpec(Fields.YEAR, true), new FieldSpec(Fields.MONTH, false),
                    new FieldSpec(Fields.PERIOD, false), new FieldSpec(Fields.CURRENCY, true),
                    new FieldSpec(Fields.RATE, true));
            case INFLATION -> List.of(new FieldSpec(Fields.YEAR, true), new FieldSpec(Fields.SCOPE, true),
                    new FieldSpec(Fields.PERCENT, true));
            case CONTACTS -> List.of(new FieldSpec(Fields.ACCOUNT, false), new FieldSpec(Fields.ACCOUNT_NAME, false),
                    new FieldSpec(Fields.FIRST_NAME, false), new FieldSpec(Fields.LAST_NAME, false),
                    new FieldSpec(Fields.FULL_NAME, false), new FieldSpec(Fields.TITLE, false),
                    new FieldSpec(Fields.DEPARTMENT, false), new FieldSpec(Fields.EMAIL, false),
                    new FieldSpec(Fields.REPORTS_TO, false), new FieldSpec(Fields.BUYING_ROLE, false));
        };
    }

    /**
     * Maps the header.
     *
     * @param strict also reject a user mapping that sends two columns to one field (the wizard's
     *               preview shows such a mapping instead)
     */
    public static ColumnMapping map(ImportKind kind, List<String> header, ImportOptions options,
                                    String reportingCurrency, boolean strict) {
        List<AccountPreset> presets = AccountPreset.crmPresets(kind);
        AccountPreset preset = presets.isEmpty() ? null : choosePreset(header, options.preset(), kind, presets);
        Map<String, String> synonyms = Synonyms.of(kind);
        String[] fieldOf = new String[header.size()];
        boolean[] decided = new boolean[header.size()];
        Set<String> taken = new HashSet<>();
        applyUserMapping(kind, header, options.mapping(), fieldOf, decided, taken, strict);

        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (decided[i]) {
                continue;
            }
            String key = Text.key(header.get(i));
            if (preset != null && preset.field(key) != null) {
                claims.add(new Claim(i, preset.field(key), 0, preset.rank(key)));
            }
            String generic = synonyms.get(key);
            if (generic != null) {
                claims.add(new Claim(i, generic, 1, rankOf(synonyms, key)));
            }
            // a column another CRM's names read is never dropped: "Company owner" in a file read as generic
            for (int p = 0; p < presets.size(); p++) {
                AccountPreset other = presets.get(p);
                if (other != preset && other.field(key) != null) {
                    claims.add(new Claim(i, other.field(key), 2, p * 1000 + other.rank(key)));
                }
            }
            String patterned = patternField(kind, header.get(i), key, reportingCurrency);
            if (patterned != null) {
                claims.add(new Claim(i, patterned, 3, 0));
            }
        }
        claims.sort(Comparator.comparingInt(Claim::pass).thenComparingInt(Claim::rank).thenComparingInt(Claim::column));
        for (Claim c : claims) {
            if (!decided[c.column] && taken.add(c.field)) {
                fieldOf[c.column] = c.field;
                decided[c.column] = true;
            }
        }
        return new ColumnMapping(preset == null ? AccountPreset.GENERIC : preset.name(), header, fieldOf);
    }

    /**
     * @throws ImportInputException naming the first required field no column maps to, and the headers
     */
    public static void requireFields(ImportKind kind, ColumnMapping m) {
        switch (kind) {
            case ACCOUNTS -> {
                require(m, Fields.EXTERNAL_ID);
                require(m, Fields.NAME);
            }
            case REVENUE -> {
                if (!m.has(Fields.ACCOUNT) && !m.has(Fields.ACCOUNT_NAME)) {
                    require(m, Fields.ACCOUNT);
                }
                if (m.hasLineAmount()) {
                    if (!m.has(Fields.DATE) && !m.has(Fields.PERIOD) && !m.has(Fields.YEAR) && !m.has(Fields.MONTH)) {
                        throw missing(m, Fields.DATE, 1);
                    }
                } else if (m.has(Fields.QUANTITY) != m.has(Fields.UNIT_PRICE)) {
                    throw missing(m, m.has(Fields.QUANTITY) ? Fields.UNIT_PRICE : Fields.QUANTITY, 2);
                } else if (m.yearColumns().isEmpty()) {
                    throw missing(m, Fields.AMOUNT, 3);
                }
            }
            case FX -> {
                if (!m.has(Fields.PERIOD)) {
                    require(m, Fields.YEAR);
                }
                require(m, Fields.CURRENCY);
                require(m, Fields.RATE);
            }
            case INFLATION -> {
                require(m, Fields.YEAR);
                require(m, Fields.SCOPE);
                require(m, Fields.PERCENT);
            }
            case CONTACTS -> {
                if (!m.has(Fields.ACCOUNT) && !m.has(Fields.ACCOUNT_NAME)) {
                    throw missing(m, Fields.ACCOUNT, 4);
                }
                if (!m.has(Fields.FULL_NAME) && !m.has(Fields.LAST_NAME) && !m.has(Fields.FIRST_NAME)) {
                    throw missing(m, Fields.LAST_NAME, 5);
                }
            }
        }
    }

    private static void require(ColumnMapping m, String field) {
        if (!m.has(field)) {
            throw missing(m, field, 0);
        }
    }

    /** {@code alternatives}: 0 none, 1 a period instead of a date, 2 quantity × unit price, 3 amount's others,
     * 4 the account's name instead of its id, 5 a full name instead of first and last. */
    private static ImportInputException missing(ColumnMapping m, String field, int alternatives) {
        return new ImportInputException("import.noColumnFor", field, alternatives, String.join(", ", m.header()));
    }

    private static AccountPreset choosePreset(List<String> header, String requested, ImportKind kind,
                                              List<AccountPreset> presets) {
        if (requested == null || requested.isBlank() || requested.equalsIgnoreCase(AccountPreset.AUTO)) {
            return detectPreset(header, kind, presets);
        }
        if (requested.equalsIgnoreCase(AccountPreset.GENERIC)) {
            return null;
        }
        AccountPreset p = AccountPreset.named(presets, requested.strip());
        if (p == null) {
            StringBuilder names = new StringBuilder("auto");
            presets.forEach(x -> names.append(", ").append(x.name()));
            throw new ImportInputException("import.unknownFormat", requested, names.toString());
        }
        return p;
    }

    /** The preset auto-detection chooses for an accounts header, or null for generic. */
    static AccountPreset detectPreset(List<String> header) {
        return detectPreset(header, ImportKind.ACCOUNTS, AccountPreset.CRM);
    }

    /**
     * The preset that reads the most of the fields (required ones first) with the generic synonyms as fallback; it
     * must name at least three headers itself. Ties go to the preset naming more headers, then to the earlier one.
     * Generic when it reads more than every preset, or as much while knowing more of the headers.
     */
    private static AccountPreset detectPreset(List<String> header, ImportKind kind, List<AccountPreset> presets) {
        Map<String, String> synonyms = Synonyms.of(kind);
        Set<String> required = new HashSet<>();
        fields(kind).stream().filter(FieldSpec::required).forEach(f -> required.add(f.key()));
        long generic = reach(header, null, synonyms, required);
        AccountPreset best = null;
        long bestReach = -1;
        int bestScore = 0;
        for (AccountPreset p : presets) {
            int score = p.score(header);
            if (score < 3) {
                continue;
            }
            long r = reach(header, p, synonyms, required);
            if (r > bestReach || (r == bestReach && score > bestScore)) {
                best = p;
                bestReach = r;
                bestScore = score;
            }
        }
        if (best == null || bestReach < generic) {
            return null;
        }
        // reading no more than generic, a preset still names the file when it knows as many of its headers
        return bestReach > generic || bestScore >= genericHeaders(header, synonyms) ? best : null;
    }

    private static int genericHeaders(List<String> header, Map<String, String> synonyms) {
        int n = 0;
        for (String h : header) {
            if (synonyms.containsKey(Text.key(h))) {
                n++;
            }
        }
        return n;
    }

    /** The fields a preset (or generic, null) reads from a header: required fields weigh more than all others. */
    private static long reach(List<String> header, AccountPreset preset, Map<String, String> synonyms,
                              Set<String> required) {
        Set<String> read = new HashSet<>();
        for (String h : header) {
            String key = Text.key(h);
            String field = preset == null ? null : preset.field(key);
            read.add(field != null ? field : synonyms.get(key));
        }
        read.remove(null);
        long requiredRead = read.stream().filter(required::contains).count();
        return requiredRead * 1000 + read.size();
    }

    private static void applyUserMapping(ImportKind kind, List<String> header, Map<String, String> mapping,
                                         String[] fieldOf, boolean[] decided, Set<String> taken, boolean strict) {
        Set<String> valid = new HashSet<>();
        fields(kind).forEach(f -> valid.add(f.key()));
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            int column = findHeader(header, e.getKey());
            if (column < 0) {
                if (strict) {
                    throw new ImportInputException("import.mappedColumnMissing", e.getKey(), String.join(", ", header));
                }
                continue;
            }
            String field = canonicalField(e.getValue(), valid);
            if (field == null) {
                throw new ImportInputException("import.unknownField", e.getValue(), kind.name().toLowerCase(Locale.ROOT), String.join(", ", fieldKeys(kind)));
            }
            decided[column] = true;
            if (field.isEmpty()) {
                continue;
            }
            if (!taken.add(field) && strict) {
                throw new ImportInputException("import.fieldTwice", field);
            }
            fieldOf[column] = field;
        }
    }

    private static String canonicalField(String value, Set<String> valid) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return "";
        }
        for (String f : valid) {
            if (f.equalsIgnoreCase(v)) {
                return f;
            }
        }
        if (valid.contains(Fields.AMOUNT) && v.regionMatches(true, 0, Fields.AMOUNT_OF_YEAR, 0,
                Fields.AMOUNT_OF_YEAR.length())) {
            String f = Fields.AMOUNT_OF_YEAR + v.substring(Fields.AMOUNT_OF_YEAR.length());
            return Fields.yearOfAmountField(f) > 0 ? f : null;
        }
        return null;
    }

    private static List<String> fieldKeys(ImportKind kind) {
        List<String> keys = new ArrayList<>();
        fields(kind).forEach(f -> keys.add(f.key()));
        if (kind == ImportKind.REVENUE) {
            keys.add("amount:YYYY (the yearly totals of a year, wide form)");
        }
        return keys;
    }

    private static int findHeader(List<String> header, String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        String key = Text.key(name);
        for (int i = 0; i < header.size(); i++) {
            if (!key.isEmpty() && Text.key(header.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String patternField(ImportKind kind, String header, String key, String reportingCurrency) {
        if (kind == ImportKind.REVENUE) {
            int year = wideYear(header);
            return year > 0 ? Fields.AMOUNT_OF_YEAR + year : null;
        }
        if (kind == ImportKind.FX) {
            Matcher m = RATE_TO.matcher(key);
            if (m.matches()) {
                String code = (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
                if (!Currencies.isCode(code)) {
                    return null;
                }
                if (reportingCurrency != null && !code.equals(reportingCurrency)) {
                    throw new ImportInputException("import.ratesToOther", header, code, reportingCurrency);
                }
                return Fields.RATE;
            }
        }
        return null;
    }

    /** The year of a wide-form header ("2023", "FY2024", "FY 2024", "2024 revenue", "Umsatz 2024"), or -1. */
    static int wideYear(String header) {
        String[] tokens = Text.strip(header).split("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
        int year = -1;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            int y = t.length() == 4 ? PeriodParser.year(t) : -1;
            if (y > 0) {
                if (year > 0) {
                    return -1;
                }
                year = y;
            } else if (!WIDE_WORDS.contains(Text.key(t))) {
                return -1;
            }
        }
        return year;
    }

    private static int rankOf(Map<String, String> synonyms, String key) {
        int i = 0;
        for (String k : synonyms.keySet()) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private record Claim(int column, String field, int pass, int rank) {
    }
}
