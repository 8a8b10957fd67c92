package org.kamworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scenario lose EXTERNAL_ID...}: the portfolio without these accounts. */
@Command(name = "lose", description = "What if we lose these accounts: revenue at risk, new concentration.")
final class LoseCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "EXTERNAL_ID", description = "The accounts lost (CRM ids).")
    List<String> externalIds;

    @Mixin
    PeriodOptions period;

    @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "region",
            description = "Groups to show the impact on: region (default), division, country, industry, owner or "
                    + "currency.")
    String dimension;

    @Option(names = "--classes", paramLabel = "A,B[,C]", description = "ABC class sizes in percent (default 80,15,5).")
    String classes;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    LoseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        externalIds = externalIds.stream().map(ExternalIds::normalize).toList(); // "17850.0" is 17850
        AnalysisRequest request = PortfolioCommands.request(period, dimension, classes);
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            PortfolioService service = ws.portfolio();
            ScenarioResult result = PortfolioCommands.run(
                    () -> service.loseAccounts(service.load(), request, externalIds));
            if (json) {
                context.printJson(PortfolioJson.scenario(result));
            } else {
                new PortfolioText(context.out()).scenario(result);
            }
            return KamCli.OK;
        }
    }
}
