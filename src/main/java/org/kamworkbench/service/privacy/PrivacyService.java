package org.kamworkbench.service.privacy;

import org.kamworkbench.service.privacy.PersonalDataRepository;

/**
 * Stakeholders are personal data: what the workspace holds about one of them can be exported, and can be
 * forgotten everywhere at once (the record, reporting lines, meetings, actions, texts naming them).
 */
public final class PrivacyService {
    /** What a forgotten person's name and e-mail become in the texts that mentioned them. */
    public static final String REPLACEMENT = "[person removed]";

    private final PersonalDataRepository people;

    public PrivacyService(PersonalDataRepository people) {
        this.people = people;
    }

    /**
     * Everything the workspace holds about stakeholder {@code id}: what an export writes, and what
     * forgetting them would remove or change.
     *
     * @throws IllegalArgumentException with a sentence for the user when there is no such stakeholder
     */
    public PersonFootprint footprint(long id) {
        return people.footprint(id).orElseThrow(() -> noSuchPerson(id));
    }

    /**
     * Removes stakeholder {@code id}'s personal data everywhere, in one transaction.
     *
     * @return what was removed or changed
     * @throws IllegalArgumentException with a sentence for the user when there is no such stakeholder
     */
    public PersonFootprint forget(long id) {
        return people.forget(id, REPLACEMENT).orElseThrow(() -> noSuchPerson(id));
    }

    private static IllegalArgumentException noSuchPerson(long id) {
        return new org.kamworkbench.service.message.UserInputException("stakeholder.missing", String.valueOf(id));
    }
}
