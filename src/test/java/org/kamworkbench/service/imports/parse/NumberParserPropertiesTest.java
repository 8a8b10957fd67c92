package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The strict number grammar, both ways: every decimal formatted in any allowed way reads back exactly,
 * and a random string is read as a number exactly when an independent regex of the grammar matches it.
 */
class NumberParserPropertiesTest {
    private static final String[] MARKS = {"EUR", "€", "$", "US$", "CHF", "£", "usd", "zł"};
    private static final String[] SPACES = {"", " ", "\u00A0"};

    /** How one number is written: style, grouping, sign and currency. */
    record Writing(char decimal, String group, int sign, String mark, boolean markAfter, String markSpace) {
    }

    @Provide
    Arbitrary<Writing> writings() {
        Arbitrary<Character> decimal = Arbitraries.of('.', ',');
        Arbitrary<Integer> groupIndex = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> sign = Arbitraries.integers().between(0, 3);
        Arbitrary<String> mark = Arbitraries.of(MARKS).injectNull(0.4);
        Arbitrary<Boolean> after = Arbitraries.of(true, false);
        Arbitrary<String> space = Arbitraries.of(SPACES);
        return Combinators.combine(decimal, groupIndex, sign, mark, after, space).as((d, g, s, m, a, sp) -> {
            String[] groups = d == ',' ? new String[] {"", ".", "'", " ", "\u00A0", "\u202F"}
                    : new String[] {"", ",", "'", " ", "\u00A0", "\u2009"};
            return new Writing(d, groups[g], s, m, a, sp);
        });
    }

    @Property(tries = 2000)
    void everyWellWrittenDecimalReadsBackExactly(@ForAll("writings") Writing w,
            @ForAll("amounts") BigDecimal value) throws InvalidValueException {
        String text = format(value, w);
        NumberParser parser = new NumberParser(new NumberStyle(w.decimal(), true));
        assertThat(parser.parseE4(text)).as(text).isEqualTo(value.movePointRight(4).longValueExact());
        assertThat(parser.parseAmount(text)).as(text).isEqualByComparingTo(value);
        if (w.mark() == null) {
            assertThat(parser.parseDecimal(text)).as(text).isEqualByComparingTo(value);
        } else {
            assertThat(parser.lastCurrency().written()).isEqualTo(CurrencyMark.of(w.mark()).written());
        }
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-99_999_999_999_999L, 99_999_999_999_999L),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
    }

    private static String format(BigDecimal value, Writing w) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                digits.append(w.group());
            }
            digits.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            digits.append(w.decimal()).append(fraction);
        }
        boolean negative = value.signum() < 0;
        String body = switch (negative ? w.sign() : w.sign() == 1 ? 1 : 0) {
            case 1 -> (negative ? "-" : "+") + digits;
            case 2 -> digits + "-";
            case 3 -> "(" + digits + ")";
            default -> negative ? "-" + digits : digits.toString();
        };
        if (w.mark() == null) {
            return body;
        }
        return w.markAfter() ? body + w.markSpace() + w.mark() : w.mark() + w.markSpace() + body;
    }

    @Property(tries = 5000)
    void aStringIsANumberExactlyWhenTheGrammarSaysSo(@ForAll("noise") String text, @ForAll("separators") char decimal) {
        NumberParser parser = new NumberParser(new NumberStyle(decimal, true));
        boolean read;
        try {
            parser.parseAmount(text);
            read = true;
        } catch (InvalidValueException e) {
            read = false;
        }
        assertThat(read).as("'%s' with decimal '%s'", text, decimal).isEqualTo(oracle(text, decimal));
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of('.', ',');
    }

    /** Strings near the grammar: digits, separators, signs, parentheses, marks and the usual garbage. */
    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> token = Arbitraries.of("0", "1", "2", "12", "345", "6789", ".", ",", "'", " ", "\u00A0",
                "-", "+", "(", ")", "€", "$", "EUR", "e", "E", "kg", "%", "x", "NaN", "Infinity", "000");
        return token.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l));
    }

    /** The grammar of ARCHITECTURE §4 as one regular expression, written independently of the parser. */
    private static boolean oracle(String text, char decimal) {
        String s = "[ \\u00A0]";
        String mark = "(?:EUR|€|\\$)";
        String groupKinds = decimal == ',' ? "\\.|'|[ \\u00A0]" : ",|'|[ \\u00A0]";
        StringBuilder digits = new StringBuilder("(?:\\d+");
        for (String g : groupKinds.split("\\|")) {
            digits.append("|\\d{1,3}(?:").append(g).append("\\d{3})+");
        }
        digits.append(")(?:").append(decimal == ',' ? "," : "\\.").append("\\d+)?");
        Pattern grammar = Pattern.compile("^" + s + "*(?<m1>" + mark + s + "*)?(?<lead>[-+(]" + s + "*)?(?<m2>" + mark
                + s + "*)?" + digits + "(?<m3>" + s + "*" + mark + ")?(?<trail>" + s + "*[)-])?(?<m4>" + s + "*"
                + mark + ")?" + s + "*$");
        Matcher m = grammar.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int marks = (m.group("m1") != null ? 1 : 0) + (m.group("m2") != null ? 1 : 0) + (m.group("m3") != null ? 1 : 0)
                + (m.group("m4") != null ? 1 : 0);
        String lead = m.group("lead") == null ? "" : m.group("lead").replaceAll(s, "");
        String trail = m.group("trail") == null ? "" : m.group("trail").replaceAll(s, "");
        boolean parens = lead.equals("(") || trail.equals(")");
        return marks <= 1 && (!parens || lead.equals("(") && trail.equals(")"))
                && !(trail.equals("-") && !lead.isEmpty());
    }
}
