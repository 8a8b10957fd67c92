package org.kamworkbench.service.imports.revenue;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.port.AccountRepository;

/**
 * The accounts whose stored currency the file's lines took as theirs (no currency column, no --currency; a currency
 * written in the amount was checked against it), checked again inside the write lock: when another writer changed
 * the currency of one of them after the file was read, the import is refused rather than storing the lines in the
 * currency the account no longer has.
 */
final class AccountCurrencyCheck {
    private final AccountIndex accounts;
    private final BitSet used = new BitSet();

    AccountCurrencyCheck(AccountIndex accounts) {
        this.accounts = accounts;
    }

    /** A line of the stored account at {@code index} (an index of {@link AccountIndex}) is in its currency. */
    void used(int index) {
        used.set(index);
    }

    /**
     * Inside the write lock: refuses the import when an account's currency is no longer the one read.
     *
     * @throws ImportInputException naming the account and both currencies
     */
    void refuseChangedMeanwhile(AccountRepository repository) {
        if (used.isEmpty()) {
            return;
        }
        Map<Long, String> now = new HashMap<>();
        for (Account a : repository.findAll()) {
            now.put(a.id(), a.currency());
        }
        for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
            String then = accounts.currency(i);
            String current = now.get(accounts.id(i));
            if (!Objects.equals(then, current)) {
                throw new ImportInputException("import.currencyChangedMeanwhile", accounts.externalId(i),
                        named(then), named(current));
            }
        }
    }

    private static Object named(String currency) {
        return currency == null ? Sentence.of("import.currency.none") : currency;
    }
}
