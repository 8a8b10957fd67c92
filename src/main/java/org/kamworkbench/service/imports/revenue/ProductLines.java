package org.kamworkbench.service.imports.revenue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file's product lines in order of appearance: bit i of a cell's set is the i-th, so a file holds at
 * most 64 of them.
 */
final class ProductLines {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** The same product lines in UTF-8, for the byte path. */
    private final List<byte[]> utf8 = new ArrayList<>();

    /** The bit of a (stripped, non-empty) product line, a new one taking the next; 0 when 64 are taken already. */
    long bit(String text) {
        Integer i = index.get(text);
        if (i == null) {
            if (names.size() == Long.SIZE) {
                return 0;
            }
            i = names.size();
            names.add(text);
            index.put(text, i);
            utf8.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return 1L << i;
    }

    /** The bit of the product line seen so far whose UTF-8 is exactly {@code b[from..to)}, or 0. */
    long bitOfBytes(byte[] b, int from, int to) {
        for (int i = 0; i < utf8.size(); i++) {
            byte[] line = utf8.get(i);
            if (Arrays.equals(line, 0, line.length, b, from, to)) {
                return 1L << i;
            }
        }
        return 0;
    }

    /** The product lines in bit order (a live view: the planner reads it after the last row). */
    List<String> names() {
        return names;
    }
}
