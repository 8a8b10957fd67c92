package org.kamworkbench.io.report;

import java.util.List;

/**
 * A small builder of well-formed XHTML (openhtmltopdf parses the document as XML): every text is
 * escaped, every element closed. Tables take their cells as already-built HTML.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        s.append(' ');
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** A cell of escaped text. */
    static String cell(String text) {
        return escape(text);
    }

    Html raw(String html) {
        out.append(html);
        return this;
    }

    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html element(String tag, String cssClass, String text) {
        return open(tag, cssClass).raw(escape(text)).close(tag);
    }

    Html heading(int level, String text) {
        return element("h" + level, null, text);
    }

    Html paragraph(String cssClass, String text) {
        return element("p", cssClass, text);
    }

    /** Text with its line breaks kept (as separate paragraphs). */
    Html multiline(String cssClass, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String line : text.strip().split("\\R+")) {
            paragraph(cssClass, line);
        }
        return this;
    }

    Html list(List<String> items) {
        open("ul", null);
        items.forEach(i -> element("li", null, i));
        return close("ul");
    }

    /**
     * A table; {@code numeric[c]} right-aligns column c. Rows hold HTML (escape text with {@link #cell}).
     */
    Html table(String cssClass, List<String> headers, boolean[] numeric, List<List<String>> rows) {
        open("table", cssClass).open("thead", null).open("tr", null);
        for (int c = 0; c < headers.size(); c++) {
            out.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(escape(headers.get(c))).append("</th>");
        }
        close("tr").close("thead").open("tbody", null);
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(row.get(c)).append("</td>");
            }
            out.append("</tr>");
        }
        return close("tbody").close("table");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
