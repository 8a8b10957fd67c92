package org.kamworkbench.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.GrowthKind;
import org.kamworkbench.service.port.CriteriaRepository;

/** Criteria set versions in {@code criteria_set}, {@code criterion}, {@code criterion_threshold}, {@code criterion_anchor}. */
public final class CriteriaStore implements CriteriaRepository {
    private static final String SET_COLUMNS = "id, name, version_no, saved_at, quadrant_cut, review_months, "
            + "key_review_months";

    private final Jdbi jdbi;

    public CriteriaStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public CriteriaSet saveNewVersion(CriteriaSet set, LocalDateTime savedAt) {
        int[] version = new int[1];
        Transactions.inTransaction(jdbi, "Saving the criteria set", h -> {
            version[0] = h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM criteria_set WHERE name = :name")
                    .bind("name", set.name()).mapTo(Integer.class).one();
            long id = h.createUpdate("INSERT INTO criteria_set (name, version_no, saved_at, quadrant_cut, review_months, "
                            + "key_review_months) VALUES (:name, :version, :savedAt, :cut, :review, :keyReview)")
                    .bind("name", set.name()).bind("version", version[0]).bind("savedAt", savedAt)
                    .bind("cut", BigDecimal.valueOf(set.quadrantCut())).bind("review", set.reviewIntervalMonths())
                    .bind("keyReview", set.keyReviewMonths())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertCriteria(h, id, set.criteria());
        });
        return new CriteriaSet(set.name(), version[0], savedAt, set.quadrantCut(), set.reviewIntervalMonths(),
                set.keyReviewMonths(), set.criteria());
    }

    private static void insertCriteria(Handle h, long setId, List<Criterion> criteria) {
        for (int p = 0; p < criteria.size(); p++) {
            Criterion c = criteria.get(p);
            h.createUpdate("INSERT INTO criterion (set_id, pos, name, description, axis, weight, scale_levels, source, "
                            + "by_quantiles, growth_kind) VALUES (:set, :pos, :name, :description, :axis, :weight, "
                            + ":scale, :source, :quantiles, :growth)")
                    .bind("set", setId).bind("pos", p).bind("name", c.name()).bind("description", c.description())
                    .bind("axis", c.axis().name()).bind("weight", BigDecimal.valueOf(c.weight()))
                    .bind("scale", c.scale()).bind("source", c.source().name()).bind("quantiles", c.byQuantiles())
                    .bind("growth", c.growthKind().name()).execute();
            for (int i = 0; i < c.thresholds().size(); i++) {
                h.createUpdate("INSERT INTO criterion_threshold (set_id, pos, idx, threshold) VALUES (:set, :pos, :idx, "
                                + ":threshold)")
                        .bind("set", setId).bind("pos", p).bind("idx", i).bind("threshold", c.thresholds().get(i))
                        .execute();
            }
            for (int level = 1; level <= c.anchors().size(); level++) {
                if (!c.anchor(level).isEmpty()) {
                    h.createUpdate("INSERT INTO criterion_anchor (set_id, pos, level_no, anchor_text) VALUES (:set, "
                                    + ":pos, :level, :text)")
                            .bind("set", setId).bind("pos", p).bind("level", level).bind("text", c.anchor(level))
                            .execute();
                }
            }
        }
    }

    @Override
    public List<CriteriaSet> versions(String name) {
        return jdbi.withHandle(h -> read(h, "SELECT " + SET_COLUMNS + " FROM criteria_set WHERE name = :name "
                + "ORDER BY version_no", Map.of("name", name)));
    }

    @Override
    public List<CriteriaSet> latestVersions() {
        return jdbi.withHandle(h -> read(h, "SELECT " + SET_COLUMNS + " FROM criteria_set s WHERE version_no = "
                + "(SELECT MAX(version_no) FROM criteria_set o WHERE o.name = s.name) ORDER BY saved_at DESC, id DESC",
                Map.of()));
    }

    private static List<CriteriaSet> read(Handle h, String sql, Map<String, Object> params) {
        record Row(long id, CriteriaSet set) {
        }
        List<Row> rows = h.createQuery(sql).bindMap(params).map((rs, ctx) -> new Row(rs.getLong("id"),
                new CriteriaSet(rs.getString("name"), rs.getInt("version_no"),
                        rs.getTimestamp("saved_at").toLocalDateTime(), rs.getBigDecimal("quadrant_cut").doubleValue(),
                        rs.getInt("review_months"), rs.getInt("key_review_months"), List.of()))).list();
        List<CriteriaSet> sets = new ArrayList<>();
        for (Row row : rows) {
            sets.add(row.set().withCriteria(criteria(h, row.id())));
        }
        return sets;
    }

    private static List<Criterion> criteria(Handle h, long setId) {
        Map<Integer, List<BigDecimal>> thresholds = new HashMap<>();
        h.createQuery("SELECT pos, threshold FROM criterion_threshold WHERE set_id = :set ORDER BY pos, idx")
                .bind("set", setId).map((rs, ctx) -> {
                    thresholds.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(plain(rs.getBigDecimal(2)));
                    return 0;
                }).list();
        Map<Integer, Map<Integer, String>> anchors = new HashMap<>();
        h.createQuery("SELECT pos, level_no, anchor_text FROM criterion_anchor WHERE set_id = :set")
                .bind("set", setId).map((rs, ctx) -> anchors.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                        .put(rs.getInt(2), rs.getString(3))).list();
        return h.createQuery("SELECT * FROM criterion WHERE set_id = :set ORDER BY pos").bind("set", setId)
                .map((rs, ctx) -> criterion(rs, thresholds, anchors)).list();
    }

    /** 10000.00000000 → 10000 (not 1E+4): thresholds read back as they were written. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Criterion criterion(ResultSet rs, Map<Integer, List<BigDecimal>> thresholds,
                                       Map<Integer, Map<Integer, String>> anchors) throws SQLException {
        int pos = rs.getInt("pos");
        int scale = rs.getInt("scale_levels");
        Map<Integer, String> texts = anchors.getOrDefault(pos, Map.of());
        List<String> levelTexts = new ArrayList<>();
        for (int level = 1; level <= scale; level++) {
            levelTexts.add(texts.getOrDefault(level, ""));
        }
        return new Criterion(rs.getString("name"), rs.getString("description"), Axis.valueOf(rs.getString("axis")),
                rs.getBigDecimal("weight").doubleValue(), scale, levelTexts,
                CriterionSource.valueOf(rs.getString("source")), thresholds.getOrDefault(pos, List.of()),
                rs.getBoolean("by_quantiles"), GrowthKind.valueOf(rs.getString("growth_kind")));
    }
}
