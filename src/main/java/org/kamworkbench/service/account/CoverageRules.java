package org.kamworkbench.service.account;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.CoverageWarning.Code;
import org.kamworkbench.service.message.Sentence;

/**
 * The coverage warnings of an account's stakeholder map:
 * <ul>
 * <li>NO_ECONOMIC_BUYER: nobody holds the economic-buyer role;</li>
 * <li>WEAK_DECISION_MAKER: someone of high influence (4 or 5) with a weak or no relationship with us;</li>
 * <li>STALE_CONTACT: a decision-maker (economic or technical buyer, or influence 4–5) not contacted for
 *     more than the stale-contact days, or never;</li>
 * <li>SINGLE_THREADED: at most one person at the account has any relationship with us.</li>
 * </ul>
 */
public final class CoverageRules {
    public static final int HIGH_INFLUENCE = 4;

    private CoverageRules() {
    }

    public static List<CoverageWarning> check(List<Stakeholder> stakeholders, LocalDate today, int staleDays) {
        List<CoverageWarning> warnings = new ArrayList<>();
        if (stakeholders.stream().noneMatch(s -> s.buyingRole() == BuyingRole.ECONOMIC_BUYER)) {
            warnings.add(new CoverageWarning(Code.NO_ECONOMIC_BUYER, Sentence.of("coverage.noEconomicBuyer"),
                    List.of()));
        }
        for (Stakeholder s : stakeholders) {
            if (highInfluence(s) && weak(s.relationship())) {
                warnings.add(new CoverageWarning(Code.WEAK_DECISION_MAKER, Sentence.of("coverage.weakDecisionMaker",
                        s.name(), s.influence(), s.relationship() == RelationshipStrength.WEAK ? 1 : 0),
                        List.of(s.id())));
            }
        }
        for (Stakeholder s : stakeholders) {
            if (decisionMaker(s)) {
                if (s.lastContact() == null) {
                    warnings.add(new CoverageWarning(Code.STALE_CONTACT, Sentence.of("coverage.neverContacted",
                            s.name()), List.of(s.id())));
                } else {
                    long days = ChronoUnit.DAYS.between(s.lastContact(), today);
                    if (days > staleDays) {
                        warnings.add(new CoverageWarning(Code.STALE_CONTACT, Sentence.of("coverage.staleContact",
                                s.name(), days, s.lastContact()), List.of(s.id())));
                    }
                }
            }
        }
        List<Long> related = stakeholders.stream().filter(s -> s.relationship() != null
                && s.relationship() != RelationshipStrength.NONE).map(Stakeholder::id).toList();
        if (!stakeholders.isEmpty() && related.size() <= 1) {
            warnings.add(new CoverageWarning(Code.SINGLE_THREADED, Sentence.of(related.isEmpty()
                    ? "coverage.noRelationship" : "coverage.singleThreaded"), related));
        }
        return warnings;
    }

    public static boolean decisionMaker(Stakeholder s) {
        return s.buyingRole() == BuyingRole.ECONOMIC_BUYER || s.buyingRole() == BuyingRole.TECHNICAL_BUYER
                || highInfluence(s);
    }

    private static boolean highInfluence(Stakeholder s) {
        return s.influence() != null && s.influence() >= HIGH_INFLUENCE;
    }

    private static boolean weak(RelationshipStrength r) {
        return r == null || r == RelationshipStrength.NONE || r == RelationshipStrength.WEAK;
    }
}
