package org.kamworkbench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.privacy.PersonalDataRepository;
import org.kamworkbench.service.privacy.PersonFootprint;

/** Finds and removes what the workspace holds about one stakeholder (see {@link PersonalDataRepository}). */
public final class PersonalDataStore implements PersonalDataRepository {
    /** A text column that may name a person: its table, the columns that key a row, and a label. */
    private record TextField(String where, String table, List<String> keys, String column) {
        String keyExpression() {
            return String.join(" || '/' || ", keys.stream().map(k -> "CAST(" + k + " AS VARCHAR(40))").toList());
        }
    }

    static final List<TextField> TEXTS = List.of(
            new TextField("account notes", "account_profile", List.of("account_id"), "notes"),
            new TextField("stakeholder notes", "stakeholder", List.of("id"), "notes"),
            new TextField("meeting topics", "interaction", List.of("id"), "topics"),
            new TextField("meeting feedback", "interaction", List.of("id"), "feedback"),
            new TextField("meeting next step", "interaction_next_step", List.of("interaction_id", "position"), "step_text"),
            new TextField("action", "plan_action", List.of("id"), "what"),
            new TextField("action how", "plan_action", List.of("id"), "how"),
            new TextField("plan challenges", "account_plan", List.of("id"), "challenges"),
            new TextField("plan economic issues", "account_plan", List.of("id"), "economic_issues"),
            new TextField("plan list item", "plan_list_item", List.of("plan_id", "list_name", "position"), "item_text"),
            new TextField("plan review notes", "plan_review", List.of("id"), "notes"),
            new TextField("plan review snapshot", "plan_review_item", List.of("review_id", "position"), "item_value"));

    private final Jdbi jdbi;

    public PersonalDataStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<PersonFootprint> footprint(long id) {
        return jdbi.withHandle(h -> footprint(h, id));
    }

    @Override
    public Optional<PersonFootprint> forget(long id, String replacement) {
        return jdbi.inTransaction(h -> {
            Optional<PersonFootprint> found = footprint(h, id);
            if (found.isEmpty()) {
                return found;
            }
            PersonFootprint f = found.get();
            Pattern names = namesOf(f.person());
            for (TextField field : TEXTS) {
                for (PersonFootprint.Mention m : mentionsIn(h, field, f.person())) {
                    if (field.table().equals("stakeholder") && m.key().equals(Long.toString(id))) {
                        continue; // their own record goes whole
                    }
                    redact(h, field, m.key(), names.matcher(m.text()).replaceAll(Matcher.quoteReplacement(replacement)));
                }
            }
            h.execute("UPDATE stakeholder SET reports_to_id = NULL WHERE reports_to_id = ?", id);
            h.execute("DELETE FROM interaction_participant WHERE stakeholder_id = ?", id);
            h.execute("DELETE FROM plan_review_participant WHERE stakeholder_id = ?", id);
            h.execute("UPDATE plan_action SET stakeholder_id = NULL WHERE stakeholder_id = ?", id);
            h.execute("DELETE FROM stakeholder WHERE id = ?", id);
            return found;
        });
    }

    private static Optional<PersonFootprint> footprint(Handle h, long id) {
        Optional<Stakeholder> person = h.createQuery("SELECT id, " + StakeholderStore.COLUMNS + " FROM stakeholder WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> StakeholderStore.map(rs)).findOne();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Stakeholder p = person.get();
        String account = h.createQuery("SELECT name FROM account WHERE id = :id").bind("id", p.accountId())
                .mapTo(String.class).findOne().orElse(null);
        String reportsTo = p.reportsToId() == null ? null : h.createQuery("SELECT name FROM stakeholder WHERE id = :id")
                .bind("id", p.reportsToId()).mapTo(String.class).findOne().orElse(null);
        List<PersonFootprint.Person> reports = h.createQuery("SELECT id, name FROM stakeholder WHERE reports_to_id = :id "
                        + "ORDER BY LOWER(name), id").bind("id", id)
                .map((rs, ctx) -> new PersonFootprint.Person(rs.getLong(1), rs.getString(2))).list();
        List<PersonFootprint.Meeting> meetings = h.createQuery("SELECT i.id, i.interaction_date, i.interaction_type "
                        + "FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id "
                        + "WHERE p.stakeholder_id = :id ORDER BY i.interaction_date, i.id").bind("id", id)
                .map((rs, ctx) -> new PersonFootprint.Meeting(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list();
        List<PersonFootprint.Review> reviews = h.createQuery("SELECT r.id, r.plan_id, r.review_date FROM plan_review r "
                        + "JOIN plan_review_participant p ON p.review_id = r.id WHERE p.stakeholder_id = :id "
                        + "ORDER BY r.review_date, r.id").bind("id", id)
                .map((rs, ctx) -> new PersonFootprint.Review(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()))
                .list();
        List<PersonFootprint.Action> actions = h.createQuery("SELECT id, plan_id, what FROM plan_action "
                        + "WHERE stakeholder_id = :id ORDER BY id").bind("id", id)
                .map((rs, ctx) -> new PersonFootprint.Action(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        List<PersonFootprint.Mention> mentions = new ArrayList<>();
        for (TextField field : TEXTS) {
            for (PersonFootprint.Mention m : mentionsIn(h, field, p)) {
                if (!(field.table().equals("stakeholder") && m.key().equals(Long.toString(id)))) {
                    mentions.add(m);
                }
            }
        }
        return Optional.of(new PersonFootprint(p, account, reportsTo, reports, meetings, reviews, actions, mentions));
    }

    /** The rows of one text column that contain the person's name or e-mail (any case). */
    private static List<PersonFootprint.Mention> mentionsIn(Handle h, TextField field, Stakeholder person) {
        String condition = "POSITION(LOWER(:name) IN LOWER(" + field.column() + ")) > 0"
                + (blank(person.email()) ? "" : " OR POSITION(LOWER(:email) IN LOWER(" + field.column() + ")) > 0");
        var query = h.createQuery("SELECT " + field.keyExpression() + ", " + field.column() + " FROM " + field.table()
                + " WHERE " + field.column() + " IS NOT NULL AND (" + condition + ") ORDER BY 1").bind("name", person.name());
        if (!blank(person.email())) {
            query.bind("email", person.email());
        }
        return query.map((rs, ctx) -> new PersonFootprint.Mention(field.where(), rs.getString(1), rs.getString(2))).list();
    }

    private static void redact(Handle h, TextField field, String key, String text) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < field.keys().size(); i++) {
            where.append(i == 0 ? "" : " AND ").append("CAST(").append(field.keys().get(i)).append(" AS VARCHAR(40)) = :k")
                    .append(i);
        }
        Update update = h.createUpdate("UPDATE " + field.table() + " SET " + field.column() + " = :text WHERE " + where)
                .bind("text", text);
        String[] parts = key.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            update.bind("k" + i, parts[i]);
        }
        update.execute();
    }

    /** The person's name and e-mail, literally and in any case. */
    private static Pattern namesOf(Stakeholder person) {
        String names = Pattern.quote(person.name()) + (blank(person.email()) ? "" : "|" + Pattern.quote(person.email()));
        return Pattern.compile(names, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
