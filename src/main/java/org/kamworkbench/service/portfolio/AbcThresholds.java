package org.kamworkbench.service.portfolio;

import org.kamworkbench.service.message.UserInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * ABC class sizes in percent of revenue, largest class first: {@code 80,15,5} means an account is A
 * when the accounts ranked before it make less than 80 % of revenue (the account that crosses 80 % is
 * A), B when they make less than 95 %, C for the rest (ARCHITECTURE §4). Two or three classes summing
 * to 100.
 */
public record AbcThresholds(List<BigDecimal> percents) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] NAMES = {"A", "B", "C"};

    public static final AbcThresholds DEFAULT = of(80, 15, 5);
    /** The presets offered to the user, default first. */
    public static final List<AbcThresholds> PRESETS = List.of(DEFAULT, of(70, 20, 10), of(80, 20), of(75, 25),
            of(70, 30));

    /** @throws IllegalArgumentException with a user sentence when the classes are not valid */
    public AbcThresholds {
        percents = List.copyOf(percents);
        if (percents.size() < 2 || percents.size() > 3) {
            throw new UserInputException("abc.count", String.valueOf(percents.size()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal p : percents) {
            if (p.signum() <= 0) {
                throw new UserInputException("abc.notPositive", p.toPlainString());
            }
            sum = sum.add(p);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new UserInputException("abc.sum", join(percents), sum.toPlainString());
        }
    }

    public static AbcThresholds of(int... percents) {
        List<BigDecimal> list = new ArrayList<>();
        for (int p : percents) {
            list.add(BigDecimal.valueOf(p));
        }
        return new AbcThresholds(list);
    }

    /** Parses {@code "80,15,5"}; @throws IllegalArgumentException with a user sentence */
    public static AbcThresholds parse(String text) {
        List<BigDecimal> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                list.add(new BigDecimal(part.trim()));
            } catch (NumberFormatException e) {
                UserInputException refusal = new UserInputException("abc.notNumber", text, part.trim());
                refusal.initCause(e);
                throw refusal;
            }
        }
        return new AbcThresholds(list);
    }

    public int classCount() {
        return percents.size();
    }

    public static String className(int index) {
        return NAMES[index];
    }

    /**
     * The threshold (fraction) of class {@code index}: an account is in this class or an earlier one
     * when the cumulative share of the accounts ranked before it is below it. The last class has none.
     */
    public BigDecimal upperBound(int index) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i <= index; i++) {
            sum = sum.add(percents.get(i));
        }
        return sum.movePointLeft(2);
    }

    /** {@code "80/15/5"}. */
    public String label() {
        return join(percents).replace(',', '/');
    }

    private static String join(List<BigDecimal> percents) {
        StringBuilder sb = new StringBuilder();
        for (BigDecimal p : percents) {
            sb.append(sb.length() == 0 ? "" : ",").append(p.stripTrailingZeros().toPlainString());
        }
        return sb.toString();
    }
}
