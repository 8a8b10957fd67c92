package org.kamworkbench.service.team;

import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Colleague;

/**
 * Who supports which key accounts: {@code roles} holds, per colleague id and account id, the role
 * on that account's team. {@code withoutTeam} are key accounts whose team is the lead alone;
 * {@code overloaded} are people on more key-account teams than their capacity.
 */
public record TeamMatrix(List<Colleague> people, List<Account> keyAccounts, Map<Long, Map<Long, String>> roles,
                         Map<Long, Workload> workloads, List<Account> withoutTeam, List<Colleague> overloaded) {
    public TeamMatrix {
        people = List.copyOf(people);
        keyAccounts = List.copyOf(keyAccounts);
        roles = Map.copyOf(roles);
        workloads = Map.copyOf(workloads);
        withoutTeam = List.copyOf(withoutTeam);
        overloaded = List.copyOf(overloaded);
    }

    public String role(long colleagueId, long accountId) {
        return roles.getOrDefault(colleagueId, Map.of()).get(accountId);
    }
}
