package org.kamworkbench.service.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.Scoreboard;

/**
 * The results a CRM takes back onto its account records: the CRM's record id, then KAM tier (the
 * current designation), quadrant, total score (one decimal), ABC class, lead key account manager
 * and next plan review date. Only accounts whose id came from that CRM; values in English, as CRM
 * picklists are set up once.
 */
final class CrmExport {
    private CrmExport() {
    }

    /** What is known of one account, each part null when unknown. */
    record Facts(Designation designation, AccountScore score, String abcClass, String lead, LocalDate nextReview) {
    }

    static String tier(DesignationStatus status) {
        return switch (status) {
            case KEY -> "Key account";
            case DEVELOPMENT -> "Development";
            case MAINTAIN -> "Maintain";
            case OPPORTUNISTIC -> "Opportunistic";
        };
    }

    static ExportTable of(CrmTarget target, List<Account> accounts, Map<String, String> idSources,
                          java.util.function.Function<Account, Facts> facts) {
        List<String> f = target.fields();
        ExportTable.Builder table = ExportTable.named(target.presetName()).text(target.idColumn())
                .text(f.get(0)).text(f.get(1)).number(f.get(2), 1).text(f.get(3)).text(f.get(4)).date(f.get(5));
        for (Account a : accounts) {
            if (!target.presetName().equals(idSources.get(a.externalId()))) {
                continue;
            }
            Facts x = facts.apply(a);
            AccountScore s = x.score() != null && x.score().complete() ? x.score() : null;
            table.row(a.externalId(), x.designation() == null ? null : tier(x.designation().status()),
                    s == null ? null : s.quadrant().label(),
                    s == null ? null : BigDecimal.valueOf(s.score()).setScale(1, RoundingMode.HALF_UP),
                    x.abcClass(), x.lead(), x.nextReview());
        }
        return table.build();
    }

    /** The score of an account on the board, or null. */
    static AccountScore scoreOf(Scoreboard board, Account a) {
        return board == null ? null : board.of(a.id());
    }
}
