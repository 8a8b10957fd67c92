package org.kamworkbench.service.imports.revenue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.Text;
import org.kamworkbench.service.port.AccountRepository;

/**
 * The file's currencies as dense indexes (ISO codes in order of first use), the currency texts read so far, and
 * what a line without a currency of its own takes: the currency given for such lines (--currency), else its
 * account's, which is checked again inside the write lock.
 */
final class FileCurrencies {
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> indexOfText = new HashMap<>();
    /** The index of each stored account's currency, or -1. */
    private final int[] ofAccount;
    private final AccountCurrencyCheck accountCheck;
    /** The index of --currency, or -1. */
    private final int given;

    /**
     * @param given the currency of lines without one (null: none given)
     * @throws ImportInputException when {@code given} is no currency
     */
    FileCurrencies(AccountIndex accounts, String given) {
        accountCheck = new AccountCurrencyCheck(accounts);
        ofAccount = new int[accounts.size()];
        for (int i = 0; i < ofAccount.length; i++) {
            String c = accounts.currency(i);
            ofAccount[i] = Currencies.isCode(c) ? index(c) : -1;
        }
        this.given = given == null ? -1 : index(givenCode(given));
    }

    /** The ISO code of --currency, or an input error that says what is expected. */
    private static String givenCode(String text) {
        String iso = Currencies.code(Text.strip(text));
        if (iso == null) {
            throw new ImportInputException("import.badCurrency", text);
        }
        return iso;
    }

    /** The index of an ISO code, a new one taking the next. */
    int index(String iso) {
        int i = codes.indexOf(iso);
        if (i < 0) {
            codes.add(iso);
            i = codes.size() - 1;
        }
        return i;
    }

    /** The index of a currency cell's text read before, or null. */
    Integer readBefore(String text) {
        return indexOfText.get(text);
    }

    /** The index of a currency cell's text, read and remembered the first time; -1 when it is no currency. */
    int ofText(String text) {
        Integer index = indexOfText.get(text);
        if (index == null) {
            String iso = Currencies.code(text);
            if (iso == null) {
                return -1;
            }
            index = index(iso);
            indexOfText.put(text, index);
        }
        return index;
    }

    /** The index of --currency, or -1. */
    int given() {
        return given;
    }

    /**
     * The index of a stored account's currency (-1 without one or for an account the file creates): a line in it
     * marks the account to check again inside the write lock.
     */
    int ofAccount(int account) {
        if (account < 0 || account >= ofAccount.length) {
            return -1;
        }
        accountCheck.used(account);
        return ofAccount[account];
    }

    String code(int index) {
        return codes.get(index);
    }

    /** The ISO codes by index. */
    List<String> codes() {
        return codes;
    }

    /** Inside the write lock: refuses the import when a used account's currency changed since the file was read. */
    void refuseChangedMeanwhile(AccountRepository repository) {
        accountCheck.refuseChangedMeanwhile(repository);
    }
}
