package org.kamworkbench.service.imports.parse;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * A currency written beside a number: an ISO 4217 code ("EUR", any case) or a symbol ("€", "$",
 * "US$", "zł"), with the codes it can mean ("$" is any dollar or peso, "¥" is JPY or CNY). The
 * marks are built once, so reading one allocates nothing.
 */
public final class CurrencyMark {
    private static final CurrencyMark[] BY_CODE = new CurrencyMark[26 * 26 * 26];
    private static final List<CurrencyMark> SYMBOLS = new ArrayList<>();

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            if (Currencies.isCode(code) && code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                BY_CODE[index(code, 0)] = new CurrencyMark(code, code);
            }
        }
        String dollars = "USD CAD AUD NZD HKD SGD TWD BSD BBD BZD BMD BND KYD XCD FJD GYD JMD LRD NAD SBD SRD "
                + "TTD MXN ARS CLP COP CUP DOP UYU";
        symbol("$", dollars);
        symbol("US$", "USD");
        symbol("U$S", "USD");
        symbol("C$", "CAD NIO");
        symbol("CA$", "CAD");
        symbol("A$", "AUD");
        symbol("AU$", "AUD");
        symbol("NZ$", "NZD");
        symbol("HK$", "HKD");
        symbol("S$", "SGD");
        symbol("NT$", "TWD");
        symbol("MX$", "MXN");
        symbol("R$", "BRL");
        symbol("€", "EUR");
        symbol("£", "GBP GIP FKP SHP");
        symbol("¥", "JPY CNY");
        symbol("￥", "JPY CNY");
        symbol("円", "JPY");
        symbol("元", "CNY");
        symbol("₹", "INR");
        symbol("₩", "KRW");
        symbol("₽", "RUB");
        symbol("₺", "TRY");
        symbol("₪", "ILS");
        symbol("₫", "VND");
        symbol("₴", "UAH");
        symbol("₱", "PHP");
        symbol("฿", "THB");
        symbol("₦", "NGN");
        symbol("₡", "CRC");
        symbol("₲", "PYG");
        symbol("₸", "KZT");
        symbol("₼", "AZN");
        symbol("₾", "GEL");
        symbol("zł", "PLN");
        symbol("Kč", "CZK");
        symbol("kr", "SEK NOK DKK ISK");
        symbol("Fr", "CHF");
        symbol("Ft", "HUF");
        symbol("lei", "RON");
        symbol("лв", "BGN");
    }

    private final String written;
    private final Set<String> codes;

    private CurrencyMark(String written, String codes) {
        this.written = written;
        this.codes = Set.of(codes.split(" "));
    }

    private static void symbol(String written, String codes) {
        SYMBOLS.add(new CurrencyMark(written, codes));
    }

    private static int index(CharSequence s, int from) {
        return ((upper(s.charAt(from)) - 'A') * 26 + upper(s.charAt(from + 1)) - 'A') * 26 + upper(s.charAt(from + 2)) - 'A';
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The mark written exactly as {@code s[from, to)}, or null when it is no currency. */
    static CurrencyMark find(String s, int from, int to) {
        if (to - from == 3 && isLetter(s.charAt(from)) && isLetter(s.charAt(from + 1)) && isLetter(s.charAt(from + 2))) {
            CurrencyMark m = BY_CODE[index(s, from)];
            if (m != null) {
                return m;
            }
        }
        for (CurrencyMark m : SYMBOLS) {
            String w = m.written;
            if (w.length() == to - from && s.regionMatches(from, w, 0, w.length())) {
                return m;
            }
        }
        return null;
    }

    /** Whether a character can be part of a currency mark. */
    static boolean isMarkChar(char c) {
        return isLetter(c) || Character.getType(c) == Character.CURRENCY_SYMBOL || c > 0x7F && Character.isLetter(c);
    }

    /** The mark of {@code s} as a whole, or null; for tests and single values. */
    public static CurrencyMark of(String s) {
        return s == null ? null : find(s, 0, s.length());
    }

    /** The code or symbol as written in the table ("EUR", "$"). */
    public String written() {
        return written;
    }

    /** Whether this mark can mean the ISO code {@code iso}. */
    public boolean means(String iso) {
        return codes.contains(iso);
    }

    /** The one code this mark means, or null when it can mean several ("$"). */
    public String onlyCode() {
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    /** The codes this mark can mean, sorted, for messages. */
    public String codesText() {
        return String.join(", ", new java.util.TreeSet<>(codes));
    }

    /**
     * Why the mark disagrees with the line's currency {@code lineCode}, completing "'value' ...", or null
     * when it agrees (or there is no mark or no line currency).
     */
    public static org.kamworkbench.service.message.Sentence disagreement(CurrencyMark mark, String lineCode) {
        if (mark == null || lineCode == null || mark.means(lineCode)) {
            return null;
        }
        return org.kamworkbench.service.message.Sentence.of("value.currencyDisagrees", mark.describe(), lineCode);
    }

    /** "USD" for a code, "€ (EUR)" or "$ (USD, CAD, ...)" for a symbol. */
    public String describe() {
        return codes.size() == 1 && codes.contains(written) ? written : written + " (" + codesText() + ")";
    }

    @Override
    public String toString() {
        return written;
    }
}
