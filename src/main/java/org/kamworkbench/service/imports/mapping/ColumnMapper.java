package org.kamworkbench.service.imports.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kamworkbench.service.imports.FieldSpec;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.parse.Text;

/**
 * Maps source columns to fields: the user's mapping first, then the preset's names, then the
 * generic synonyms, then patterns (wide-form year columns, "rate_to_EUR"). Each field takes one
 * column; when several claim it the better-ranked name wins.
 */
public final class ColumnMapper {
    private ColumnMapper() {
    }

    /** The fields of a kind, required ones flagged (alternatives are explained by {@link #requireFields}). */
    public static List<FieldSpec> fields(ImportKind kind) {
        return KindFields.of(kind);
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
        AccountPreset preset = presets.isEmpty() ? null : PresetChoice.choose(header, options.preset(), kind, presets);
        ColumnAssignment assignment = new ColumnAssignment(header.size());
        UserMapping.apply(kind, header, options.mapping(), assignment, strict);
        List<Claim> claims = claims(kind, header, preset, presets, assignment, reportingCurrency);
        claims.sort(Comparator.comparingInt(Claim::pass).thenComparingInt(Claim::rank).thenComparingInt(Claim::column));
        for (Claim c : claims) {
            assignment.claim(c.column, c.field);
        }
        return new ColumnMapping(preset == null ? AccountPreset.GENERIC : preset.name(), header, assignment.fields());
    }

    /**
     * @throws ImportInputException naming the first required field no column maps to, and the headers
     */
    public static void requireFields(ImportKind kind, ColumnMapping m) {
        KindFields.require(kind, m);
    }

    /** What names and patterns say of each column the user left undecided, in passes from strongest to weakest. */
    private static List<Claim> claims(ImportKind kind, List<String> header, AccountPreset preset,
                                      List<AccountPreset> presets, ColumnAssignment assignment,
                                      String reportingCurrency) {
        Map<String, String> synonyms = Synonyms.of(kind);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (assignment.isDecided(i)) {
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
            String patterned = HeaderPatterns.field(kind, header.get(i), key, reportingCurrency);
            if (patterned != null) {
                claims.add(new Claim(i, patterned, 3, 0));
            }
        }
        return claims;
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
