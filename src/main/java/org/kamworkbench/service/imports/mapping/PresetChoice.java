package org.kamworkbench.service.imports.mapping;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.service.imports.FieldSpec;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.parse.Text;

/** Which CRM preset reads a file: the one the user names, or the one auto-detection finds in the header. */
final class PresetChoice {
    private PresetChoice() {
    }

    /**
     * The preset requested ({@code auto}, blank or null: detected), or null for generic.
     *
     * @throws ImportInputException for a name that is none of the presets, listing them
     */
    static AccountPreset choose(List<String> header, String requested, ImportKind kind, List<AccountPreset> presets) {
        if (requested == null || requested.isBlank() || requested.equalsIgnoreCase(AccountPreset.AUTO)) {
            return detect(header, kind, presets);
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

    /**
     * The preset that reads the most of the fields (required ones first) with the generic synonyms as fallback; it
     * must name at least three headers itself. Ties go to the preset naming more headers, then to the earlier one.
     * Generic (null) when it reads more than every preset, or as much while knowing more of the headers.
     */
    static AccountPreset detect(List<String> header, ImportKind kind, List<AccountPreset> presets) {
        Map<String, String> synonyms = Synonyms.of(kind);
        Set<String> required = new HashSet<>();
        KindFields.of(kind).stream().filter(FieldSpec::required).forEach(f -> required.add(f.key()));
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
}
