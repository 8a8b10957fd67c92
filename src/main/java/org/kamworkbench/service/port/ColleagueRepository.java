package org.kamworkbench.service.port;

import java.util.List;
import java.util.Optional;
import org.kamworkbench.domain.Colleague;

/** The people on our side. Every write is one transaction. */
public interface ColleagueRepository {
    List<Colleague> findAll();

    Optional<Colleague> find(long id);

    /** Inserts (id 0) or updates (by id) a colleague; returns it with its id. */
    Colleague save(Colleague colleague);

    void delete(long id);
}
