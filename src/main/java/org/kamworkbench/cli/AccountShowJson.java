package org.kamworkbench.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.AccountOverview;
import org.kamworkbench.service.account.CoverageWarning;
import org.kamworkbench.service.team.TeamMember;

/**
 * {@code account show --json}: the profile fields as {@code accounts list} prints them, then the
 * group, needs, people and team. Enums by name; money exact, in the reporting currency.
 */
@JsonPropertyOrder({"externalId", "name", "owner", "country", "region", "division", "industry", "type", "currency",
        "annualRevenue", "employees", "parentExternalId", "website", "parent", "children", "groupRevenue",
        "reportingCurrency", "abcClass", "needs", "notes", "stakeholders", "warnings", "leadKam", "team"})
record AccountShowJson(@JsonUnwrapped AccountJson profile, Ref parent, List<Ref> children, BigDecimal groupRevenue,
                       String reportingCurrency, String abcClass, Needs needs, String notes,
                       List<Person> stakeholders, List<Warning> warnings, Member leadKam, List<Member> team) {

    record Ref(String externalId, String name) {
        static Ref of(Account a) {
            return a == null ? null : new Ref(a.externalId(), a.name());
        }
    }

    record Needs(List<String> languages, List<String> expertise, Integer complexity) {
    }

    @JsonPropertyOrder({"id", "name", "title", "department", "email", "reportsTo", "buyingRole", "influence",
            "attitude", "relationship", "contactOwnerId", "lastContact"})
    record Person(long id, String name, String title, String department, String email, Long reportsTo,
                  String buyingRole, Integer influence, String attitude, String relationship, Long contactOwnerId,
                  LocalDate lastContact) {
        static Person of(Stakeholder s) {
            return new Person(s.id(), s.name(), s.title(), s.department(), s.email(), s.reportsToId(),
                    enumName(s.buyingRole()), s.influence(), enumName(s.attitude()), enumName(s.relationship()),
                    s.contactOwnerId(), s.lastContact());
        }
    }

    record Warning(String code, String message) {
        static Warning of(CoverageWarning w) {
            return new Warning(w.code().name(), w.message());
        }
    }

    @JsonPropertyOrder({"id", "name", "function", "role", "lead"})
    record Member(long id, String name, String function, String role, boolean lead) {
        static Member of(TeamMember m) {
            Colleague c = m.colleague();
            return new Member(c.id(), c.name(), c.function(), m.role(), m.lead());
        }
    }

    static AccountShowJson of(AccountOverview o, List<Stakeholder> people, List<CoverageWarning> warnings,
                              List<TeamMember> team) {
        List<Member> members = team.stream().map(Member::of).toList();
        return new AccountShowJson(AccountJson.of(o.account()), Ref.of(o.parent()),
                o.children().stream().map(c -> Ref.of(c.account())).toList(), o.groupRevenue().stripTrailingZeros(),
                o.reportingCurrency(), o.abcClass(),
                new Needs(o.profile().languages(), o.profile().expertise(), o.profile().complexity()),
                o.profile().notes(), people.stream().map(Person::of).toList(),
                warnings.stream().map(Warning::of).toList(),
                members.stream().filter(Member::lead).findFirst().orElse(null), members);
    }

    private static String enumName(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
