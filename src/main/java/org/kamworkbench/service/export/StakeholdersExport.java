package org.kamworkbench.service.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.StakeholderService;

/** The client's people across accounts: role, influence, attitude, relationship, who they report to. */
final class StakeholdersExport {
    private StakeholdersExport() {
    }

    static ExportTable of(List<Account> accounts, StakeholderService stakeholders, Map<Long, String> colleagues,
                          ExportTexts t) {
        ExportTable.Builder table = ExportTable.named(t.column("sheet.stakeholders"))
                .text(t.column("externalId")).text(t.column("name")).text(t.column("person"))
                .text(t.column("title")).text(t.column("department")).text(t.column("email"))
                .text(t.column("reportsTo")).text(t.column("buyingRole")).integer(t.column("influence"))
                .text(t.column("attitude")).text(t.column("relationship")).text(t.column("contactOwner"))
                .date(t.column("lastContact"));
        for (Account account : accounts) {
            List<Stakeholder> people = stakeholders.list(account.id());
            Map<Long, String> names = new HashMap<>();
            people.forEach(s -> names.put(s.id(), s.name()));
            for (Stakeholder s : people) {
                table.row(account.externalId(), account.name(), s.name(), s.title(), s.department(), s.email(),
                        s.reportsToId() == null ? null : names.get(s.reportsToId()), t.of(s.buyingRole()),
                        s.influence() == null ? null : s.influence().longValue(), t.of(s.attitude()),
                        t.of(s.relationship()), s.contactOwnerId() == null ? null : colleagues.get(s.contactOwnerId()),
                        s.lastContact());
            }
        }
        return table.build();
    }
}
