package org.kamworkbench.service.imports.parse;

/**
 * How dates are written: the order of year, month and day and their separator, or an explicit
 * java.time pattern the user gave. {@code firm} is false when dd/MM was only preferred because every
 * sampled value was ambiguous (day and month both &le; 12).
 */
public record DateStyle(Order order, char separator, boolean firm, String explicitPattern) {
    public enum Order { YMD, DMY, MDY }

    public static final DateStyle ISO = new DateStyle(Order.YMD, '-', true, null);

    private static final java.util.regex.Pattern SIMPLE =
            java.util.regex.Pattern.compile("(YMD|DMY|MDY)");

    /**
     * The style for a user's pattern: day/month/four-digit-year patterns such as dd/MM/yyyy or
     * d.M.yyyy are read by the fast parser, anything else by java.time.
     */
    public static DateStyle ofPattern(String pattern) {
        String p = pattern.strip();
        String shape = p.replaceAll("yyyy|uuuu", "Y").replaceAll("MM?", "M").replaceAll("dd?", "D");
        if (shape.length() == 5 && shape.charAt(1) == shape.charAt(3) && "-/.".indexOf(shape.charAt(1)) >= 0) {
            String letters = "" + shape.charAt(0) + shape.charAt(2) + shape.charAt(4);
            if (SIMPLE.matcher(letters).matches()) {
                return new DateStyle(Order.valueOf(letters), shape.charAt(1), true, null);
            }
        }
        return new DateStyle(Order.YMD, '\0', true, p);
    }

    /** The pattern shown to the user, e.g. "dd/MM/yyyy". */
    public String pattern() {
        if (explicitPattern != null) {
            return explicitPattern;
        }
        String s = String.valueOf(separator);
        return switch (order) {
            case YMD -> "yyyy" + s + "MM" + s + "dd";
            case DMY -> "dd" + s + "MM" + s + "yyyy";
            case MDY -> "MM" + s + "dd" + s + "yyyy";
        };
    }

    DateStyle asMonthFirst() {
        return new DateStyle(Order.MDY, separator, true, null);
    }
}
