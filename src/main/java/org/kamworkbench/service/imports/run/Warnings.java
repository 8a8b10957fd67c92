package org.kamworkbench.service.imports.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.service.imports.ImportWarning;
import org.kamworkbench.service.message.Sentence;

/** Collects the warnings of an import: each column and value once, counted, in the order first seen. */
public final class Warnings {
    private final Map<List<String>, long[]> counts = new LinkedHashMap<>();
    private final Map<List<String>, Sentence> reasons = new LinkedHashMap<>();

    public void add(String column, String value, Sentence reason) {
        List<String> key = List.of(column == null ? "" : column, value);
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
        reasons.putIfAbsent(key, reason);
    }

    public List<ImportWarning> list() {
        List<ImportWarning> out = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> out.add(new ImportWarning(k.get(0), k.get(1), n[0], reasons.get(k))));
        return out;
    }
}
