package org.kamworkbench.service.report;

import java.time.LocalDate;
import org.kamworkbench.domain.PreparedBy;

/** What every report's cover and footer show: the workspace, who prepared it and when, the currency. */
public record ReportCover(String workspaceName, PreparedBy preparedBy, LocalDate date, String reportingCurrency) {
}
