package org.kamworkbench.service.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiEntry;
import org.kamworkbench.domain.Rating;

/**
 * The exports that the matching imports read back unchanged: ratings (the wide sheet, or one row
 * per rating), KPI values, effort and estimated spend. Their headers are the import's column names,
 * whatever the language, and accounts are named by external id.
 */
final class ImportableExports {
    /** The account columns of the wide ratings sheet; the criteria follow. */
    static final String ACCOUNT = "account";
    static final String NAME = "name";

    private ImportableExports() {
    }

    /** One row per account, one column per manual criterion of the set, the level or empty. */
    static ExportTable ratingsWide(List<Account> accounts, CriteriaSet set, List<Rating> ratings) {
        List<Criterion> manual = set.criteria().stream().filter(c -> c.source().manual()).toList();
        ExportTable.Builder table = ExportTable.named("Ratings").text(ACCOUNT).text(NAME);
        manual.forEach(c -> table.integer(c.name()));
        Map<String, Rating> byKey = new HashMap<>();
        ratings.forEach(r -> byKey.put(r.accountId() + "|" + r.criterion(), r));
        for (Account a : accounts) {
            List<Object> row = new ArrayList<>(List.of(a.externalId(), a.name()));
            for (Criterion c : manual) {
                Rating r = byKey.get(a.id() + "|" + c.name());
                row.add(r == null ? null : (long) r.level());
            }
            table.row(row);
        }
        return table.build();
    }

    /** {@code account,criterion,rating,date,author,comment}: every rating on a criterion of the set. */
    static ExportTable ratingsLong(List<Account> accounts, CriteriaSet set, List<Rating> ratings) {
        ExportTable.Builder table = ExportTable.named("Ratings").text(ACCOUNT).text("criterion").integer("rating")
                .date("date").text("author").text("comment");
        Map<Long, Account> byId = byId(accounts);
        for (Rating r : sortedRatings(ratings, set, byId)) {
            table.row(byId.get(r.accountId()).externalId(), r.criterion(), (long) r.level(), r.date(), r.author(),
                    r.comment());
        }
        return table.build();
    }

    /** {@code account,kpi,period,value,target,comment}: the entries of manual KPIs (computed ones take no values). */
    static ExportTable kpiValues(List<Account> accounts, Map<KpiDefinition, List<KpiEntry>> entries) {
        ExportTable.Builder table = ExportTable.named("KPI values").text(ACCOUNT).text("kpi").text("period")
                .number("value", 2).number("target", 2).text("comment");
        Map<Long, Account> byId = byId(accounts);
        entries.forEach((kpi, list) -> {
            if (kpi.source().computed()) {
                return;
            }
            for (KpiEntry e : list) {
                table.row(byId.get(kpi.accountId()).externalId(), kpi.name(), e.period().toString(), e.actual(),
                        e.target(), e.comment());
            }
        });
        return table.build();
    }

    /** {@code account,year,hours,budget}. */
    static ExportTable effort(List<Account> accounts, List<Effort> efforts) {
        ExportTable.Builder table = ExportTable.named("Effort").text(ACCOUNT).integer("year").number("hours", 1)
                .money("budget");
        Map<Long, Account> byId = byId(accounts);
        for (Effort e : efforts) {
            table.row(byId.get(e.accountId()).externalId(), (long) e.year(), e.hours(), e.budget());
        }
        return table.build();
    }

    /** {@code account,amount,currency}. */
    static ExportTable spend(List<Account> accounts, List<EstimatedSpend> spend) {
        ExportTable.Builder table = ExportTable.named("Estimated spend").text(ACCOUNT).money("amount")
                .text("currency");
        Map<Long, Account> byId = byId(accounts);
        for (EstimatedSpend s : spend) {
            table.row(byId.get(s.accountId()).externalId(), s.amount(), s.currency());
        }
        return table.build();
    }

    private static List<Rating> sortedRatings(List<Rating> ratings, CriteriaSet set, Map<Long, Account> byId) {
        List<String> order = set.criteria().stream().map(Criterion::name).toList();
        return ratings.stream().filter(r -> byId.containsKey(r.accountId()) && order.contains(r.criterion()))
                .sorted(java.util.Comparator.comparing((Rating r) -> byId.get(r.accountId()).externalId())
                        .thenComparing(r -> order.indexOf(r.criterion())))
                .toList();
    }

    private static Map<Long, Account> byId(List<Account> accounts) {
        Map<Long, Account> byId = new HashMap<>();
        accounts.forEach(a -> byId.put(a.id(), a));
        return byId;
    }
}
