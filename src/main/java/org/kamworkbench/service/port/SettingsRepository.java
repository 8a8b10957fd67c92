package org.kamworkbench.service.port;

import org.kamworkbench.domain.WorkspaceSettings;

public interface SettingsRepository {
    WorkspaceSettings load();

    /** Replaces the settings (currency and the whole region mapping) in one transaction. */
    void save(WorkspaceSettings settings);
}
