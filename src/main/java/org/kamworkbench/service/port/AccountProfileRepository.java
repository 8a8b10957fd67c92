package org.kamworkbench.service.port;

import java.util.Optional;
import org.kamworkbench.domain.AccountProfile;

/** Accounts' needs and notes, and the settings of the account page. Every write is one transaction. */
public interface AccountProfileRepository {
    int DEFAULT_STALE_CONTACT_DAYS = 90;

    Optional<AccountProfile> find(long accountId);

    /** Replaces the account's profile. */
    void save(AccountProfile profile);

    /** After how many days without contact a decision-maker is flagged ({@link #DEFAULT_STALE_CONTACT_DAYS}). */
    int staleContactDays();

    void saveStaleContactDays(int days);
}
