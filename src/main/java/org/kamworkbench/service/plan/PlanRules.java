package org.kamworkbench.service.plan;

import org.kamworkbench.service.message.UserInputException;
import java.time.LocalDate;
import java.util.List;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Horizon;

/** The checks a plan's content must pass, each failing with a sentence for the user. */
final class PlanRules {
    private PlanRules() {
    }

    /** A plan lasts 1 to 3 years: its end lies 12 to 36 months after its start. */
    static void checkDates(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new UserInputException("plan.noDates");
        }
        if (end.isBefore(start.plusMonths(12))) {
            throw new UserInputException("plan.tooShort", end, start);
        }
        if (end.isAfter(start.plusMonths(Horizon.LONG_MONTHS))) {
            throw new UserInputException("plan.tooLong", end, start);
        }
    }

    /** {@code what}: the message key prefix of the dated thing ("plan.objective"). */
    static void checkDue(AccountPlan plan, LocalDate due, String what) {
        if (due == null) {
            throw new UserInputException(what + ".noDue");
        }
        if (due.isBefore(plan.start()) || due.isAfter(plan.end())) {
            throw new UserInputException(what + ".dueOutside", due, plan.start(), plan.end());
        }
    }

    static String required(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new UserInputException(messageKey);
        }
        return text.strip();
    }

    static String text(String text) {
        return text == null ? "" : text.strip();
    }

    /** The non-blank items, stripped, in order. */
    static List<String> items(List<String> items) {
        return items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
