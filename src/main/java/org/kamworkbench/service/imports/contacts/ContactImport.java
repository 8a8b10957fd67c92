package org.kamworkbench.service.imports.contacts;

import org.kamworkbench.service.message.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.BulkEdit;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.domain.OrgChart;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.RowImport;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.StakeholderRepository;
import org.kamworkbench.service.port.TableRow;

/**
 * Imports client contacts as stakeholders of their accounts. The account is found by its id, or
 * else by its exact name (ignoring case). A contact already at the account (same email, or else
 * same name) is updated; columns the file lacks keep what the workspace holds. "Reports To" holds
 * the manager's full name or email, as it appears in the same file or among the account's
 * stakeholders; a manager nobody can find, or a circle of reports-to, is a problem of that line.
 */
public final class ContactImport implements RowImport {
    private final Cells cells;
    private final StakeholderRepository stakeholders;
    private final Map<String, Account> byExternalId = new HashMap<>();
    private final Map<String, List<Account>> byName = new HashMap<>();
    private final Map<Long, List<Stakeholder>> existing = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Long> lineOfContact = new HashMap<>();
    private final int cAccount;
    private final int cAccountName;
    private final int cFirst;
    private final int cLast;
    private final int cFull;
    private final int cTitle;
    private final int cDepartment;
    private final int cEmail;
    private final int cReportsTo;
    private final int cRole;
    private final List<Stakeholder> batch = new ArrayList<>();
    /** The stored contacts the batch changes. */
    private final List<VersionKey> changed = new ArrayList<>();
    private final BulkEdit bulk;

    /** A valid row, before its manager is looked up. */
    private record Draft(long line, Account account, String name, String title, String department, String email,
                         String reportsTo, BuyingRole role) {
    }

    public ContactImport(Cells cells, AccountRepository accounts, StakeholderRepository stakeholders) {
        this(cells, accounts, stakeholders, BulkEdit.UNVERSIONED);
    }

    /** @param bulk moves the versions of the contacts the import changes on (a form read before cannot save over it) */
    public ContactImport(Cells cells, AccountRepository accounts, StakeholderRepository stakeholders, BulkEdit bulk) {
        this.bulk = bulk;
        this.cells = cells;
        this.stakeholders = stakeholders;
        for (Account a : accounts.findAll()) {
            byExternalId.put(a.externalId(), a);
            byName.computeIfAbsent(a.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
        }
        ColumnMapping m = cells.mapping();
        cAccount = m.column(Fields.ACCOUNT);
        cAccountName = m.column(Fields.ACCOUNT_NAME);
        cFirst = m.column(Fields.FIRST_NAME);
        cLast = m.column(Fields.LAST_NAME);
        cFull = m.column(Fields.FULL_NAME);
        cTitle = m.column(Fields.TITLE);
        cDepartment = m.column(Fields.DEPARTMENT);
        cEmail = m.column(Fields.EMAIL);
        cReportsTo = m.column(Fields.REPORTS_TO);
        cRole = m.column(Fields.BUYING_ROLE);
    }

    @Override
    public boolean accept(TableRow row) {
        long before = cells.problems().count();
        Account account = account(row);
        String name = name(row);
        String email = cells.text(row, cEmail, 255);
        BuyingRole role = null;
        String roleText = Cells.orNull(row, cRole);
        if (roleText != null) {
            Optional<BuyingRole> parsed = BuyingRoles.parse(roleText);
            if (parsed == null) {
                cells.refuse(row, cRole, roleText, "value.unknownRole");
            } else {
                role = parsed.orElse(null);
            }
        }
        Draft d = new Draft(row.line(), account, name, cells.text(row, cTitle, 255), cells.text(row, cDepartment, 255),
                email, cells.text(row, cReportsTo, 255), role);
        if (account != null && name != null) {
            Long first = lineOfContact.putIfAbsent(account.id() + "\u0000" + key(email != null ? email : name),
                    row.line());
            if (first != null) {
                cells.refuse(row, email != null ? cEmail : nameColumn(), email != null ? email : name,
                        "value.contactRepeated", String.valueOf(first));
            }
        }
        if (cells.problems().count() != before) {
            return false;
        }
        drafts.add(d);
        return true;
    }

    @Override
    public Counts plan(boolean writable) {
        batch.clear();
        long unchanged = 0;
        long added = 0;
        List<Stakeholder> olds = new ArrayList<>();
        for (Draft d : drafts) {
            Stakeholder old = match(d).orElse(null);
            olds.add(old);
            batch.add(merge(d, old));
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (cReportsTo >= 0) {
                batch.set(i, batch.get(i).withReportsTo(manager(d, i)));
            }
        }
        checkCircles();
        changed.clear();
        for (int i = 0; i < batch.size(); i++) {
            Stakeholder old = olds.get(i);
            if (old == null) {
                added++;
            } else if (old.equals(batch.get(i))) {
                unchanged++;
            } else {
                changed.add(VersionKey.stakeholder(old.id()));
            }
        }
        return new Counts(added, batch.size() - added - unchanged, unchanged);
    }

    @Override
    public void write() {
        if (!batch.isEmpty()) {
            bulk.write(() -> {
                stakeholders.saveAll(batch);
                return changed;
            });
        }
    }

    private Account account(TableRow row) {
        String id = ExternalIds.reference(Cells.orNull(row, cAccount));
        if (id != null) {
            Account a = byExternalId.get(id);
            if (a == null && ExternalIds.salesforceOtherForm(id) != null) {
                a = byExternalId.get(ExternalIds.salesforceOtherForm(id));
            }
            if (a == null) {
                cells.refuse(row, cAccount, id, "value.notAccountId");
            }
            return a;
        }
        String name = Cells.orNull(row, cAccountName);
        if (name == null) {
            cells.refuse(row, cAccount >= 0 ? cAccount : cAccountName, null, "value.contactAccountEmpty");
            return null;
        }
        List<Account> found = byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        if (found.size() != 1) {
            cells.problem(row, cAccountName, name, found.isEmpty() ? Sentence.of("value.notAccountName")
                    : Sentence.of("value.accountNameSeveral", String.valueOf(found.size())));
            return null;
        }
        return found.get(0);
    }

    private String name(TableRow row) {
        String full = cells.text(row, cFull, 255);
        if (full == null) {
            String first = Cells.orNull(row, cFirst);
            String last = Cells.orNull(row, cLast);
            full = first == null ? last : last == null ? first : first + " " + last;
        }
        if (full == null) {
            cells.refuse(row, nameColumn(), null, "value.contactNoName");
        } else if (full.length() > 255) {
            cells.refuse(row, nameColumn(), full, "value.tooLong", "255");
            return null;
        }
        return full;
    }

    private int nameColumn() {
        return cFull >= 0 ? cFull : cLast >= 0 ? cLast : cFirst;
    }

    private List<Stakeholder> existingOf(long accountId) {
        return existing.computeIfAbsent(accountId, stakeholders::findByAccount);
    }

    private Optional<Stakeholder> match(Draft d) {
        List<Stakeholder> there = existingOf(d.account().id());
        if (d.email() != null) {
            Optional<Stakeholder> byEmail = there.stream().filter(s -> d.email().equalsIgnoreCase(s.email())).findFirst();
            if (byEmail.isPresent()) {
                return byEmail;
            }
        }
        return there.stream().filter(s -> s.name().equalsIgnoreCase(d.name())).findFirst();
    }

    private Stakeholder merge(Draft d, Stakeholder old) {
        if (old == null) {
            return new Stakeholder(0, d.account().id(), d.name(), d.title(), d.department(), d.email(), null, d.role(),
                    null, null, null, null, null, null);
        }
        return new Stakeholder(old.id(), old.accountId(), d.name(), keep(cTitle, d.title(), old.title()),
                keep(cDepartment, d.department(), old.department()), keep(cEmail, d.email(), old.email()),
                old.reportsToId(), keep(cRole, d.role(), old.buyingRole()), old.influence(), old.attitude(),
                old.relationship(), old.contactOwnerId(), old.lastContact(), old.notes());
    }

    /** The manager's id: -(index + 1) for someone of this file, the stored id for someone already there. */
    private Long manager(Draft d, int index) {
        if (d.reportsTo() == null) {
            return null;
        }
        String wanted = d.reportsTo();
        for (int j = 0; j < drafts.size(); j++) {
            Draft other = drafts.get(j);
            if (other.account().id() == d.account().id() && names(other.name(), other.email(), wanted)) {
                if (j == index) {
                    problem(d, cReportsTo, wanted, Sentence.of("value.reportsToSelf"));
                    return batch.get(index).reportsToId();
                }
                return batch.get(j).id() != 0 ? batch.get(j).id() : -(long) (j + 1);
            }
        }
        for (Stakeholder s : existingOf(d.account().id())) {
            if (names(s.name(), s.email(), wanted)) {
                return s.id();
            }
        }
        problem(d, cReportsTo, wanted, Sentence.of("value.reportsToNobody", d.account().name()));
        return batch.get(index).reportsToId();
    }

    /** Refuses reports-to circles, over the account's stakeholders as they would be after the import. */
    private void checkCircles() {
        Map<Long, List<Stakeholder>> after = new HashMap<>();
        Map<Long, Long> pseudoIdOfStored = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).id() != 0) {
                pseudoIdOfStored.put(batch.get(i).id(), -(long) (i + 1));
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Stakeholder s = batch.get(i);
            after.computeIfAbsent(s.accountId(), k -> new ArrayList<>()).add(pseudo(s, -(long) (i + 1), pseudoIdOfStored));
        }
        for (Map.Entry<Long, List<Stakeholder>> e : after.entrySet()) {
            for (Stakeholder s : existingOf(e.getKey())) {
                if (!pseudoIdOfStored.containsKey(s.id())) {
                    e.getValue().add(pseudo(s, s.id(), pseudoIdOfStored));
                }
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Stakeholder s = batch.get(i);
            Long manager = pseudo(s, 0, pseudoIdOfStored).reportsToId();
            if (manager == null || cReportsTo < 0) {
                continue;
            }
            List<Stakeholder> others = new ArrayList<>(after.get(s.accountId()));
            try {
                org.kamworkbench.service.message.UserInputException.throwIf(
                        OrgChart.of(others).refusalOfReportsTo(-(long) (i + 1), manager));
            } catch (org.kamworkbench.service.message.UserInputException circle) {
                problem(drafts.get(i), cReportsTo, drafts.get(i).reportsTo(), Sentence.of("value.circle",
                        new Sentence(circle.key(), circle.args())));
                batch.set(i, s.withReportsTo(null));
            }
        }
    }

    private static Stakeholder pseudo(Stakeholder s, long id, Map<Long, Long> pseudoIdOfStored) {
        Long m = s.reportsToId();
        Long mapped = m == null ? null : pseudoIdOfStored.getOrDefault(m, m);
        return s.withReportsTo(mapped).withId(id);
    }

    private void problem(Draft d, int column, String value, Sentence reason) {
        cells.problems().add(d.line(), column < 0 ? null : cells.mapping().headerOf(column), value, reason);
    }

    private static boolean names(String name, String email, String wanted) {
        return name.equalsIgnoreCase(wanted.strip()) || (email != null && email.equalsIgnoreCase(wanted.strip()));
    }

    private static <T> T keep(int column, T fromFile, T stored) {
        return column >= 0 ? fromFile : stored;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
