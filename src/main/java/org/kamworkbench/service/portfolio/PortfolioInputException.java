package org.kamworkbench.service.portfolio;

/** The analysis cannot run as asked (a period without revenue, an unknown account...): a user sentence. */
public class PortfolioInputException extends RuntimeException {
    public PortfolioInputException(String message) {
        super(message);
    }
}
