package org.kamworkbench.service.plan;

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
            throw new IllegalArgumentException("The plan needs a start and an end date.");
        }
        if (end.isBefore(start.plusMonths(12))) {
            throw new IllegalArgumentException("A plan runs for 1 to 3 years: " + end + " is less than a year after "
                    + start + ".");
        }
        if (end.isAfter(start.plusMonths(Horizon.LONG_MONTHS))) {
            throw new IllegalArgumentException("A plan runs for 1 to 3 years: " + end + " is more than 3 years after "
                    + start + ".");
        }
    }

    static void checkDue(AccountPlan plan, LocalDate due, String what) {
        if (due == null) {
            throw new IllegalArgumentException("The " + what + " needs a due date.");
        }
        if (due.isBefore(plan.start()) || due.isAfter(plan.end())) {
            throw new IllegalArgumentException("The " + what + "'s due date " + due + " lies outside the plan ("
                    + plan.start() + " to " + plan.end() + ").");
        }
    }

    static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
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
