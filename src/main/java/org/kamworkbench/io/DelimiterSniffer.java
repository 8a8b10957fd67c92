package org.kamworkbench.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the delimiter among , ; tab | from the first records: it counts each candidate outside
 * quotes per record and takes the one that splits every record the same way, most often.
 */
final class DelimiterSniffer {
    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    static final int RECORDS = 20;

    private DelimiterSniffer() {
    }

    /** @param complete whether {@code text} is the whole file (else its last record may be cut) */
    static char detect(String text, boolean complete) {
        List<int[]> counts = countPerRecord(text, complete);
        char best = ',';
        long bestScore = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            long score = score(counts, c);
            if (score > bestScore) {
                bestScore = score;
                best = CANDIDATES[c];
            }
        }
        return best;
    }

    /**
     * Records that split like the header first (a consistent delimiter beats a frequent one), then
     * how many fields the header has. Zero when the header holds no such delimiter.
     */
    private static long score(List<int[]> counts, int candidate) {
        if (counts.isEmpty() || counts.get(0)[candidate] == 0) {
            return 0;
        }
        int header = counts.get(0)[candidate];
        long agreeing = counts.stream().filter(r -> r[candidate] == header).count();
        return agreeing * 1_000_000L + header;
    }

    /** Candidate counts outside quotes for the first {@link #RECORDS} non-blank records. */
    private static List<int[]> countPerRecord(String text, boolean complete) {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < text.length() && records.size() < RECORDS; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                blank = false;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (!blank) {
                    records.add(current);
                }
                current = new int[CANDIDATES.length];
                blank = true;
            } else if (!quoted) {
                int c = indexOf(ch);
                if (c >= 0) {
                    current[c]++;
                }
                blank &= ch == ' ';
            }
        }
        if (!blank && complete && records.size() < RECORDS) {
            records.add(current);
        }
        return records;
    }

    private static int indexOf(char ch) {
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (CANDIDATES[c] == ch) {
                return c;
            }
        }
        return -1;
    }
}
