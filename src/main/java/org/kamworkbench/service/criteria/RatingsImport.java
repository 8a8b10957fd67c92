package org.kamworkbench.service.criteria;

import java.util.List;

/**
 * What a ratings import stored and which form of file it read: one row per rating
 * ({@code account,criterion,rating}) or the wide sheet (account columns, then one column per criterion).
 *
 * @param criteria the criterion columns read (wide form; empty for the long form)
 * @param ignored  the columns of a wide sheet that are neither the account id nor a manual criterion
 */
public record RatingsImport(int ratings, boolean wide, List<String> criteria, List<String> ignored) {
    public RatingsImport {
        criteria = List.copyOf(criteria);
        ignored = List.copyOf(ignored);
    }

    /** One English sentence for the command line: how many, and which form was read. */
    public String describe(String fileName) {
        String what = "Imported " + ratings + " rating" + (ratings == 1 ? "" : "s") + " from " + fileName;
        if (!wide) {
            return what + " (one row per rating: account, criterion, rating).";
        }
        return what + " (wide sheet: one column per criterion — " + String.join(", ", criteria) + ")"
                + (ignored.isEmpty() ? "." : "; columns ignored: " + String.join(", ", ignored) + ".");
    }
}
