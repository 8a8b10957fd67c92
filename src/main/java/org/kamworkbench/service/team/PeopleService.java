package org.kamworkbench.service.team;

import org.kamworkbench.service.message.UserInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.service.port.ColleagueRepository;

/** Our people: key account managers and internal experts, validated before each save. */
public final class PeopleService {
    private final ColleagueRepository colleagues;

    public PeopleService(ColleagueRepository colleagues) {
        this.colleagues = colleagues;
    }

    public List<Colleague> list() {
        return colleagues.findAll();
    }

    /**
     * Adds (id 0) or changes a colleague.
     *
     * @throws IllegalArgumentException with a user sentence when a field is invalid or the name is taken
     */
    public Colleague save(Colleague c) {
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            throw new UserInputException("people.noName");
        }
        if (colleagues.findAll().stream().anyMatch(o -> o.id() != c.id() && o.name().equalsIgnoreCase(name))) {
            throw new UserInputException("people.exists", name);
        }
        if (c.capacity() != null && (c.capacity() < 0 || c.capacity() > 100)) {
            throw new UserInputException("people.capacityRange");
        }
        for (Map.Entry<Competency, Integer> e : c.competencies().entrySet()) {
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
                throw new UserInputException("people.competencyRange");
            }
        }
        return colleagues.save(new Colleague(c.id(), name, blank(c.function()), blank(c.email()), clean(c.expertise()),
                clean(c.languages()), c.capacity(), c.competencies()));
    }

    public void delete(long id) {
        colleagues.delete(id);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> clean(List<String> values) {
        return values.stream().map(PeopleService::blank).filter(Objects::nonNull).distinct().toList();
    }
}
