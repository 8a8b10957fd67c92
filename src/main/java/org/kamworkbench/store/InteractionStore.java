package org.kamworkbench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.domain.NextStep;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.service.port.InteractionRepository;

/** The interaction log in {@code interaction}, with participants and next steps in child tables. */
public final class InteractionStore implements InteractionRepository {
    private static final String COLUMNS = "SELECT id, account_id, interaction_date, interaction_type, topics, "
            + "feedback, author FROM interaction ";

    private final Jdbi jdbi;

    public InteractionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Interaction> interactionsOf(long accountId) {
        return jdbi.withHandle(h -> load(h, "WHERE account_id = :id ORDER BY interaction_date DESC, id DESC",
                accountId));
    }

    @Override
    public Optional<Interaction> interaction(long id) {
        return jdbi.withHandle(h -> load(h, "WHERE id = :id", id)).stream().findFirst();
    }

    @Override
    public Interaction save(Interaction interaction) {
        return jdbi.inTransaction(h -> {
            long id = interaction.id();
            if (id == 0) {
                id = h.createUpdate("INSERT INTO interaction (account_id, interaction_date, interaction_type, topics, "
                                + "feedback, author) VALUES (:accountId, :date, :type, :topics, :feedback, :author)")
                        .bindMethods(interaction).bind("type", interaction.type().name())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            } else {
                int updated = h.createUpdate("UPDATE interaction SET interaction_date = :date, "
                                + "interaction_type = :type, topics = :topics, feedback = :feedback WHERE id = :id")
                        .bindMethods(interaction).bind("type", interaction.type().name()).execute();
                if (updated == 0) {
                    throw new IllegalArgumentException("No interaction with id " + id + ".");
                }
                h.createUpdate("DELETE FROM interaction_participant WHERE interaction_id = :id").bind("id", id)
                        .execute();
                h.createUpdate("DELETE FROM interaction_next_step WHERE interaction_id = :id").bind("id", id)
                        .execute();
            }
            saveChildren(h, id, interaction);
            return interaction.withId(id);
        });
    }

    @Override
    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM interaction WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public PlanAction convertNextStep(long interactionId, int index, PlanAction action) {
        return jdbi.inTransaction(h -> {
            long actionId = PlanStore.insertAction(h, action);
            int linked = h.createUpdate("UPDATE interaction_next_step SET action_id = :action "
                            + "WHERE interaction_id = :id AND position = :position AND action_id IS NULL")
                    .bind("action", actionId).bind("id", interactionId).bind("position", index).execute();
            if (linked == 0) {
                throw new IllegalArgumentException("This next step is already an action, or no longer exists.");
            }
            return action.withId(actionId);
        });
    }

    @Override
    public Map<Long, LocalDate> lastContactByStakeholder() {
        return jdbi.withHandle(h -> {
            Map<Long, LocalDate> last = new HashMap<>();
            h.createQuery("SELECT p.stakeholder_id, MAX(i.interaction_date) FROM interaction_participant p "
                            + "JOIN interaction i ON i.id = p.interaction_id WHERE p.stakeholder_id IS NOT NULL "
                            + "GROUP BY p.stakeholder_id")
                    .map((rs, ctx) -> last.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
            return last;
        });
    }

    private static void saveChildren(Handle h, long id, Interaction interaction) {
        PreparedBatch people = h.prepareBatch("INSERT INTO interaction_participant (interaction_id, colleague_id, "
                + "stakeholder_id) VALUES (:id, :colleague, :stakeholder)");
        interaction.colleagueIds().stream().distinct().forEach(c -> people.bind("id", id).bindByType("colleague", c, Long.class)
                .bindByType("stakeholder", null, Long.class).add());
        interaction.stakeholderIds().stream().distinct().forEach(s -> people.bind("id", id)
                .bindByType("colleague", null, Long.class).bindByType("stakeholder", s, Long.class).add());
        if (people.size() > 0) {
            people.execute();
        }
        PreparedBatch steps = h.prepareBatch("INSERT INTO interaction_next_step (interaction_id, position, step_text, "
                + "action_id) VALUES (:id, :position, :text, :action)");
        List<NextStep> list = interaction.nextSteps();
        for (int i = 0; i < list.size(); i++) {
            steps.bind("id", id).bind("position", i).bind("text", list.get(i).text())
                    .bindByType("action", list.get(i).actionId(), Long.class).add();
        }
        if (steps.size() > 0) {
            steps.execute();
        }
    }

    private static List<Interaction> load(Handle h, String filter, long param) {
        List<Interaction> rows = h.createQuery(COLUMNS + filter).bind("id", param)
                .map((rs, ctx) -> new Interaction(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        InteractionType.valueOf(rs.getString(4)), List.of(), List.of(), rs.getString(5),
                        rs.getString(6), List.of(), rs.getString(7)))
                .list();
        List<Interaction> result = new ArrayList<>(rows.size());
        for (Interaction r : rows) {
            List<Long> colleagues = new ArrayList<>();
            List<Long> stakeholders = new ArrayList<>();
            h.createQuery("SELECT colleague_id, stakeholder_id FROM interaction_participant WHERE interaction_id = :id")
                    .bind("id", r.id())
                    .map((rs, ctx) -> {
                        Long c = rs.getObject(1, Long.class);
                        return c != null ? colleagues.add(c) : stakeholders.add(rs.getLong(2));
                    }).list();
            List<NextStep> steps = h.createQuery("SELECT step_text, action_id FROM interaction_next_step "
                            + "WHERE interaction_id = :id ORDER BY position").bind("id", r.id())
                    .map((rs, ctx) -> new NextStep(rs.getString(1), rs.getObject(2, Long.class))).list();
            result.add(new Interaction(r.id(), r.accountId(), r.date(), r.type(), stakeholders, colleagues,
                    r.topics(), r.feedback(), steps, r.author()));
        }
        return result;
    }
}
