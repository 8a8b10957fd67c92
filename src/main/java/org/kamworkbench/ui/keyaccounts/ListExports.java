package org.kamworkbench.ui.keyaccounts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.service.criteria.QuadrantMove;
import org.kamworkbench.service.criteria.ReviewAlert;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportService;
import org.kamworkbench.service.export.ExportTable;
import org.kamworkbench.service.export.ExportTexts;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.TableExports;
import org.kamworkbench.ui.common.Texts;

/**
 * The key-account lists as export tables (ranking, a quadrant's accounts, movers, alerts, the
 * ratings sheet), with typed cells and headers in the user's language, written to XLSX or CSV
 * (by the file's extension) off the UI thread with a status sentence.
 */
public final class ListExports {
    private final TableExports exports;

    public ListExports(Background background, Texts texts, ExportService service) {
        this.exports = new TableExports(background, texts, () -> service);
    }

    public static ExportTable scoreRows(List<ScoreRow> rows, Texts texts) {
        ExportTexts t = new ExportTexts(texts.bundle());
        ExportTable.Builder table = ExportTable.named(t.column("sheet.ranking")).integer(t.column("rank"))
                .text(t.column("externalId")).text(t.column("name")).number(t.column("attractiveness"), 1)
                .number(t.column("strength"), 1).number(t.column("score"), 1).text(t.column("quadrant"))
                .money(t.column("revenue")).text(t.column("abcClass"));
        for (ScoreRow r : rows) {
            table.row((long) r.rank(), r.account().externalId(), r.account().name(), r.attractiveness(), r.strength(),
                    r.score(), t.of(r.quadrant()), r.revenue(), r.abcClass());
        }
        return table.build();
    }

    public static ExportTable moverRows(List<QuadrantMove> moves, Texts texts) {
        ExportTexts t = new ExportTexts(texts.bundle());
        ExportTable.Builder table = ExportTable.named(t.column("sheet.movers")).text(t.column("externalId"))
                .text(t.column("name")).text(t.column("quadrantBefore")).text(t.column("quadrantAfter"))
                .number(t.column("attractivenessBefore"), 1).number(t.column("attractivenessAfter"), 1)
                .number(t.column("strengthBefore"), 1).number(t.column("strengthAfter"), 1).text(t.column("why"));
        for (QuadrantMove m : moves) {
            table.row(m.account().externalId(), m.account().name(), t.of(m.from()), t.of(m.to()),
                    m.attractivenessBefore(), m.attractivenessAfter(), m.strengthBefore(), m.strengthAfter(),
                    String.join("; ", m.reasons().stream().map(r -> r.text(texts.locale())).toList()));
        }
        return table.build();
    }

    public static ExportTable alertRows(List<ReviewAlert> alerts, Texts texts) {
        ExportTexts t = new ExportTexts(texts.bundle());
        ExportTable.Builder table = ExportTable.named(t.column("sheet.alerts")).text(t.column("externalId"))
                .text(t.column("name")).date(t.column("keySince")).integer(t.column("monthsAsKey"))
                .percent(t.column("realGrowth")).text(t.column("period")).number(t.column("hours"), 1)
                .money(t.column("budget"));
        for (ReviewAlert a : alerts) {
            table.row(a.account().externalId(), a.account().name(), a.keySince(), a.monthsAsKey(),
                    Double.isNaN(a.realGrowth()) ? null : a.realGrowth(), a.span().toString(), a.hours(), a.budget());
        }
        return table.build();
    }

    /**
     * The rating grid as shown (filtered) in the form the ratings import reads: account (external id), name,
     * then the level per manual criterion (empty when missing).
     */
    public static ExportTable ratingRows(List<RatingRow> rows, List<Criterion> criteria) {
        ExportTable.Builder table = ExportTable.named("Ratings").text(ExportService.RATINGS_ACCOUNT_COLUMN)
                .text(ExportService.RATINGS_NAME_COLUMN);
        criteria.forEach(c -> table.integer(c.name()));
        for (RatingRow r : rows) {
            List<Object> line = new ArrayList<>(List.of(r.account().externalId(), r.account().name()));
            for (Criterion c : criteria) {
                var rating = r.rating(c.name());
                line.add(rating == null ? null : (long) rating.level());
            }
            table.row(line);
        }
        return table.build();
    }

    /** Writes the table to {@code file}, as XLSX or CSV by its extension; the outcome lands in {@link #statusProperty()}. */
    public void write(Path file, ExportTable table) {
        ExportFormat format = ExportFormat.ofFile(file).orElse(ExportFormat.XLSX);
        exports.export(monitor -> table, format.withExtension(file), format);
    }

    public ReadOnlyStringProperty statusProperty() {
        return exports.statusProperty();
    }

    /** Forgets the last sentence (another tab was chosen). */
    public void clear() {
        exports.clear();
    }
}
