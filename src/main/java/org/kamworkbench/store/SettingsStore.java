package org.kamworkbench.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kamworkbench.domain.DefaultRegions;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.port.SettingsRepository;

/** Workspace settings in the {@code setting} and {@code region_map} tables. */
public final class SettingsStore implements SettingsRepository {
    private static final String REPORTING_CURRENCY = "reportingCurrency";
    private final Jdbi jdbi;

    public SettingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A new workspace gets the default region mapping. */
    void seedDefaults() {
        jdbi.useTransaction(h -> {
            int mapped = h.createQuery("SELECT COUNT(*) FROM region_map").mapTo(Integer.class).one();
            if (mapped == 0) {
                insertRegions(h, DefaultRegions.mapping());
            }
        });
    }

    @Override
    public WorkspaceSettings load() {
        return jdbi.withHandle(h -> {
            String currency = h.createQuery("SELECT text_value FROM setting WHERE name = :name")
                    .bind("name", REPORTING_CURRENCY).mapTo(String.class).findOne()
                    .orElse(WorkspaceSettings.DEFAULT_CURRENCY);
            Map<String, String> regions = new LinkedHashMap<>();
            h.createQuery("SELECT country, region FROM region_map ORDER BY country")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> regions.put(e.getKey(), e.getValue()));
            return new WorkspaceSettings(currency, regions);
        });
    }

    @Override
    public void save(WorkspaceSettings settings) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM setting WHERE name = :name").bind("name", REPORTING_CURRENCY).execute();
            h.createUpdate("INSERT INTO setting (name, text_value) VALUES (:name, :text)")
                    .bind("name", REPORTING_CURRENCY).bind("text", settings.reportingCurrency()).execute();
            h.createUpdate("DELETE FROM region_map").execute();
            insertRegions(h, settings.regionByCountry());
        });
    }

    private static void insertRegions(org.jdbi.v3.core.Handle h, Map<String, String> regions) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO region_map (country, region) VALUES (:country, :region)");
        regions.forEach((country, region) -> batch.bind("country", country).bind("region", region).add());
        if (!regions.isEmpty()) {
            batch.execute();
        }
    }
}
