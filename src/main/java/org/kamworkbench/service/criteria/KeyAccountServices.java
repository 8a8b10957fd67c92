package org.kamworkbench.service.criteria;

import java.time.Clock;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.port.CriteriaRepository;
import org.kamworkbench.service.port.DesignationRepository;
import org.kamworkbench.service.port.EffortRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RatingRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * The strategic account identification services (issue 4) of one open workspace: criteria sets,
 * scoring, ratings, effort and estimated spend, designations. Writes are one transaction each.
 */
public record KeyAccountServices(CriteriaSetService criteriaSets, ScoringService scoring, RatingService ratings,
                                 EffortService effort, DesignationService designations) {

    /** Wires the services over the workspace's ports; {@code edits} checks the versions of ratings and designations. */
    public static KeyAccountServices of(CriteriaRepository criteria, RatingRepository ratings,
                                        DesignationRepository designations, EffortRepository effort,
                                        PortfolioService portfolio, RatesRepository rates, SettingsRepository settings,
                                        TableFiles files, Clock clock, EditGuard edits) {
        CriteriaSetService sets = new CriteriaSetService(criteria, clock);
        DesignationService designationService = new DesignationService(designations, sets, portfolio, effort, edits,
                clock);
        return new KeyAccountServices(sets,
                new ScoringService(sets, designationService, portfolio, ratings, effort, rates, settings, clock),
                new RatingService(sets, ratings, portfolio, files, edits, clock),
                new EffortService(effort, portfolio, files),
                designationService);
    }
}
