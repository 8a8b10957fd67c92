package org.kamworkbench.service.report;

import java.time.Clock;
import java.time.LocalDate;
import org.kamworkbench.service.port.PreparedByRepository;

/** Makes the cover of a report: the workspace's name, the "Prepared by" settings and today's date. */
public final class ReportCovers {
    private final String workspaceName;
    private final PreparedByRepository preparedBy;
    private final Clock clock;

    public ReportCovers(String workspaceName, PreparedByRepository preparedBy, Clock clock) {
        this.workspaceName = workspaceName;
        this.preparedBy = preparedBy;
        this.clock = clock;
    }

    public ReportCover cover(String reportingCurrency) {
        return new ReportCover(workspaceName, preparedBy.load(), LocalDate.now(clock), reportingCurrency);
    }
}
