package org.kamworkbench.service.portfolio;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.kamworkbench.domain.Account;

/** The accounts of a portfolio grouped by one dimension: sorted group keys and each account's group code. */
final class GroupIndex {
    final String[] keys;
    final int[] codeOf;

    private GroupIndex(String[] keys, int[] codeOf) {
        this.keys = keys;
        this.codeOf = codeOf;
    }

    static GroupIndex build(PortfolioData data, Dimension dimension) {
        int n = data.accounts.length;
        int[] revenueCurrency = dimension == Dimension.CURRENCY ? revenueCurrencies(data) : null;
        String[] keyOf = new String[n];
        for (int a = 0; a < n; a++) {
            keyOf[a] = keyOf(data, a, dimension, revenueCurrency);
        }
        String[] keys = new TreeSet<>(java.util.Arrays.asList(keyOf)).toArray(new String[0]);
        Map<String, Integer> code = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            code.put(keys[i], i);
        }
        int[] codeOf = new int[n];
        for (int a = 0; a < n; a++) {
            codeOf[a] = code.get(keyOf[a]);
        }
        return new GroupIndex(keys, codeOf);
    }

    int groupCount() {
        return keys.length;
    }

    /**
     * The account's attribute; a missing region comes from the workspace's country mapping, a
     * missing currency from its revenue when that is in one currency only.
     */
    private static String keyOf(PortfolioData data, int a, Dimension dimension, int[] revenueCurrency) {
        Account account = data.accounts[a];
        String value = switch (dimension) {
            case REGION -> blankToNull(account.region()) != null ? account.region()
                    : account.country() == null ? null : data.regionByCountry.get(account.country());
            case DIVISION -> account.division();
            case COUNTRY -> account.country();
            case INDUSTRY -> account.industry();
            case OWNER -> account.owner();
            case CURRENCY -> blankToNull(account.currency()) != null ? account.currency()
                    : revenueCurrency[a] >= 0 ? data.currencies[revenueCurrency[a]] : null;
        };
        value = blankToNull(value);
        if (value == null && dimension == Dimension.REGION) {
            return Account.UNASSIGNED_REGION;
        }
        return value == null ? Dimension.NONE : value.trim();
    }

    /** Per account the index of its only revenue currency; -1 without revenue, -2 with several. */
    private static int[] revenueCurrencies(PortfolioData data) {
        int[] only = new int[data.accounts.length];
        java.util.Arrays.fill(only, -1);
        for (int s = 0; s < data.seriesCount; s++) {
            int a = data.seriesAccount[s];
            int c = data.seriesCurrency[s];
            only[a] = only[a] == -1 || only[a] == c ? c : -2;
        }
        return only;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
