package org.kamworkbench.ui.keyaccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.service.criteria.QuadrantMove;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * The key-account lists as CSV files (ranking, a quadrant's accounts, movers, alerts): the rows
 * with unrounded scores, written off the UI thread, with a status sentence.
 */
public final class ListExports {
    private final Background background;
    private final Texts texts;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ListExports(Background background, Texts texts) {
        this.background = background;
        this.texts = texts;
    }

    public static List<List<String>> scoreRows(List<ScoreRow> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("rank", "externalId", "name", "attractiveness", "strength", "score", "quadrant", "revenue",
                "abcClass"));
        for (ScoreRow r : rows) {
            out.add(List.of(String.valueOf(r.rank()), r.account().externalId(), r.account().name(),
                    number(r.attractiveness()), number(r.strength()), number(r.score()), r.quadrant().label(),
                    r.revenue().toPlainString(), r.abcClass()));
        }
        return out;
    }

    public static List<List<String>> moverRows(List<QuadrantMove> moves) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("externalId", "name", "from", "to", "attractivenessBefore", "attractivenessAfter",
                "strengthBefore", "strengthAfter", "why"));
        for (QuadrantMove m : moves) {
            out.add(List.of(m.account().externalId(), m.account().name(), m.from().label(), m.to().label(),
                    number(m.attractivenessBefore()), number(m.attractivenessAfter()), number(m.strengthBefore()),
                    number(m.strengthAfter()), String.join("; ", m.reasons())));
        }
        return out;
    }

    /** The rating grid as shown (filtered): account, id, then the level per manual criterion ("" when missing). */
    public static List<List<String>> ratingRows(List<RatingRow> rows, List<org.kamworkbench.domain.Criterion> criteria) {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("externalId", "name"));
        criteria.forEach(c -> header.add(c.name()));
        out.add(header);
        for (RatingRow r : rows) {
            List<String> line = new ArrayList<>(List.of(r.account().externalId(), r.account().name()));
            for (var c : criteria) {
                var rating = r.rating(c.name());
                line.add(rating == null ? "" : String.valueOf(rating.level()));
            }
            out.add(line);
        }
        return out;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    /** Writes the rows as UTF-8 CSV; the outcome lands in {@link #statusProperty()}. */
    public void write(Path file, List<List<String>> rows) {
        String csv = CsvText.of(rows);
        background.run(texts.get("keys.progress.export"), monitor -> {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return file;
        }, f -> status.set(texts.format("keys.exported", rows.size() - 1, f.getFileName())),
                failure -> status.set(texts.format("keys.exportFailed", file)));
    }

    /** Forgets the last outcome: it belonged to the tab the user has left. */
    public void clear() {
        status.set("");
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
