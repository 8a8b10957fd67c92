package org.kamworkbench.service.account;

import java.util.List;
import java.util.Optional;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.privacy.PersonalDataRepository;
import org.kamworkbench.service.privacy.PersonFootprint;

/** The personal data of the stakeholders in {@link MemoryPeople}: their record and who reports to them. */
public final class MemoryPersonalData implements PersonalDataRepository {
    private final MemoryPeople people;

    public MemoryPersonalData(MemoryPeople people) {
        this.people = people;
    }

    @Override
    public Optional<PersonFootprint> footprint(long id) {
        return people.stakeholders.find(id).map(p -> new PersonFootprint(p, "Account " + p.accountId(),
                p.reportsToId() == null ? null : people.stakeholders.find(p.reportsToId()).map(Stakeholder::name).orElse(null),
                people.stakeholders.findAll().stream().filter(s -> Long.valueOf(id).equals(s.reportsToId()))
                        .map(s -> new PersonFootprint.Person(s.id(), s.name())).toList(),
                List.of(), List.of(), List.of(), List.of()));
    }

    @Override
    public Optional<PersonFootprint> forget(long id, String replacement) {
        Optional<PersonFootprint> found = footprint(id);
        found.ifPresent(f -> people.stakeholders.delete(id));
        return found;
    }
}
