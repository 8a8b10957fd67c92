package org.kamworkbench.service.team;

import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Colleague;

/**
 * Who supports which key accounts. Key accounts are the accounts designated key on the Key accounts
 * screen. {@code roles} holds, per colleague id and account id, the role on that account's team
 * (key accounts and {@code ledNotKey} ones); {@code leads} the lead colleague per account id.
 * {@code withoutTeam} are key accounts without a lead key account manager or whose team is the lead
 * alone; {@code ledNotKey} are accounts with a lead key account manager that are not designated key;
 * {@code overloaded} are people leading more accounts than their capacity.
 */
public record TeamMatrix(List<Colleague> people, List<Account> keyAccounts, Map<Long, Map<Long, String>> roles,
                         Map<Long, Long> leads, Map<Long, Workload> workloads, List<Account> withoutTeam,
                         List<Account> ledNotKey, List<Colleague> overloaded) {
    public TeamMatrix {
        people = List.copyOf(people);
        keyAccounts = List.copyOf(keyAccounts);
        roles = Map.copyOf(roles);
        leads = Map.copyOf(leads);
        workloads = Map.copyOf(workloads);
        withoutTeam = List.copyOf(withoutTeam);
        ledNotKey = List.copyOf(ledNotKey);
        overloaded = List.copyOf(overloaded);
    }

    public String role(long colleagueId, long accountId) {
        return roles.getOrDefault(colleagueId, Map.of()).get(accountId);
    }

    /** The account's lead key account manager, or null. */
    public Colleague lead(long accountId) {
        Long id = leads.get(accountId);
        return id == null ? null : people.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }
}
