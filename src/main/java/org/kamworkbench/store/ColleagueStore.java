package org.kamworkbench.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.service.port.ColleagueRepository;

/** The people on our side, with their skills and competency profile in two child tables. */
public final class ColleagueStore implements ColleagueRepository {
    private static final String EXPERTISE = "expertise";
    private static final String LANGUAGE = "language";

    private final Jdbi jdbi;

    public ColleagueStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Colleague> findAll() {
        return jdbi.withHandle(h -> load(h, "ORDER BY LOWER(name), id", Map.of()));
    }

    @Override
    public Optional<Colleague> find(long id) {
        return jdbi.withHandle(h -> load(h, "WHERE id = :id", Map.of("id", id))).stream().findFirst();
    }

    @Override
    public Colleague save(Colleague colleague) {
        return jdbi.inTransaction(h -> {
            long id = colleague.id();
            if (id == 0) {
                id = h.createUpdate("INSERT INTO colleague (name, job_function, email, capacity) "
                                + "VALUES (:name, :function, :email, :capacity)")
                        .bindMethods(colleague)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            } else {
                int updated = h.createUpdate("UPDATE colleague SET name = :name, job_function = :function, "
                                + "email = :email, capacity = :capacity WHERE id = :id")
                        .bindMethods(colleague)
                        .execute();
                if (updated == 0) {
                    throw new IllegalArgumentException("No colleague with id " + id + ".");
                }
                h.createUpdate("DELETE FROM colleague_skill WHERE colleague_id = :id").bind("id", id).execute();
                h.createUpdate("DELETE FROM colleague_competency WHERE colleague_id = :id").bind("id", id).execute();
            }
            saveChildren(h, id, colleague);
            return colleague.withId(id);
        });
    }

    @Override
    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM colleague WHERE id = :id").bind("id", id).execute());
    }

    private static void saveChildren(Handle h, long id, Colleague colleague) {
        PreparedBatch skills = h.prepareBatch("INSERT INTO colleague_skill (colleague_id, kind, skill) "
                + "VALUES (:id, :kind, :skill)");
        colleague.expertise().stream().distinct()
                .forEach(s -> skills.bind("id", id).bind("kind", EXPERTISE).bind("skill", s).add());
        colleague.languages().stream().distinct()
                .forEach(s -> skills.bind("id", id).bind("kind", LANGUAGE).bind("skill", s).add());
        if (skills.size() > 0) {
            skills.execute();
        }
        PreparedBatch levels = h.prepareBatch("INSERT INTO colleague_competency (colleague_id, competency, "
                + "level_value) VALUES (:id, :competency, :level)");
        colleague.competencies().forEach((competency, level) ->
                levels.bind("id", id).bind("competency", competency.name()).bind("level", level).add());
        if (levels.size() > 0) {
            levels.execute();
        }
    }

    private static List<Colleague> load(Handle h, String filter, Map<String, Object> params) {
        Map<Long, Colleague> byId = new LinkedHashMap<>();
        h.createQuery("SELECT id, name, job_function, email, capacity FROM colleague " + filter)
                .bindMap(params)
                .map((rs, ctx) -> new Colleague(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of(), List.of(), (Integer) rs.getObject(5), Map.of()))
                .forEach(c -> byId.put(c.id(), c));
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> expertise = new HashMap<>();
        Map<Long, List<String>> languages = new HashMap<>();
        h.createQuery("SELECT colleague_id, kind, skill FROM colleague_skill ORDER BY colleague_id, kind, skill")
                .map((rs, ctx) -> {
                    Map<Long, List<String>> target = LANGUAGE.equals(rs.getString(2)) ? languages : expertise;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                    return 0;
                })
                .list();
        Map<Long, Map<Competency, Integer>> competencies = new HashMap<>();
        h.createQuery("SELECT colleague_id, competency, level_value FROM colleague_competency")
                .map((rs, ctx) -> competencies.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Competency.class))
                        .put(Competency.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
        List<Colleague> result = new ArrayList<>(byId.size());
        byId.values().forEach(c -> result.add(new Colleague(c.id(), c.name(), c.function(), c.email(),
                expertise.getOrDefault(c.id(), List.of()), languages.getOrDefault(c.id(), List.of()), c.capacity(),
                competencies.getOrDefault(c.id(), Map.of()))));
        return result;
    }
}
