package org.kamworkbench.ui.imports;

import org.kamworkbench.service.port.ProgressMonitor;

/** Slow work (a preview, a validation, an import) that reports progress and notices cancellation. */
@FunctionalInterface
public interface MonitoredWork<T> {
    T run(ProgressMonitor monitor) throws Exception;
}
