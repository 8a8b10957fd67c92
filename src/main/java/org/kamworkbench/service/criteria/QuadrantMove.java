package org.kamworkbench.service.criteria;

import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.message.Sentence;

/**
 * An account whose quadrant differs between two scorings, with its scores before and after and why:
 * the criteria whose contribution to an axis moved most ("Our revenue: strength −8.3 points"), as sentences of the
 * service bundle.
 */
public record QuadrantMove(Account account, Quadrant from, Quadrant to, double attractivenessBefore,
                           double attractivenessAfter, double strengthBefore, double strengthAfter,
                           List<Sentence> reasons) {
}
