package org.kamworkbench.service.imports.fakes;

import org.kamworkbench.domain.DefaultRegions;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.port.SettingsRepository;

/** Settings of a new workspace: EUR and the default region mapping. */
public final class MemorySettings implements SettingsRepository {
    private WorkspaceSettings settings = new WorkspaceSettings("EUR", DefaultRegions.mapping());

    @Override
    public WorkspaceSettings load() {
        return settings;
    }

    @Override
    public void save(WorkspaceSettings s) {
        settings = s;
    }
}
