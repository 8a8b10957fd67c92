package org.kamworkbench.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import org.kamworkbench.domain.PreparedBy;
import org.kamworkbench.service.report.ReportCover;

/**
 * What every report document shares: the XHTML head with the embedded style sheet (page size,
 * footer with the workspace name, date and page numbers for print and PDF), the cover block and
 * the closing footer. Charts go in through {@code charts}: inline SVG for HTML, placeholders the
 * PDF drawer fills for PDF.
 */
abstract class ReportPage {
    private static final String FOOTER_FONT = "font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; "
            + "color: #57606a; ";
    private static volatile String css;
    protected final ReportText text;
    protected final Function<ChartCanvas, String> charts;
    protected final Html html = new Html();

    ReportPage(ReportText text, Function<ChartCanvas, String> charts) {
        this.text = text;
        this.charts = charts;
    }

    /** Opens the document: {@code landscape} for the A4 landscape pack, portrait otherwise. */
    protected void begin(String title, ReportCover cover, boolean landscape) {
        String footer = cover.workspaceName() + " · " + text.date(cover.date());
        html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .raw(text.language().getLanguage()).raw("\"><head><meta charset=\"UTF-8\"/>")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .element("title", null, title)
                .raw("<style>").raw(css())
                .raw("@page { size: A4 ").raw(landscape ? "landscape" : "portrait").raw("; ")
                .raw("@bottom-left { ").raw(FOOTER_FONT).raw("content: \"").raw(cssString(footer)).raw("\"; } ")
                .raw("@bottom-right { ").raw(FOOTER_FONT).raw("content: \"").raw(cssString(text.t("footer.page")))
                .raw(" \" counter(page) \" ").raw(cssString(text.t("footer.of"))).raw(" \" counter(pages); } }")
                .raw("</style></head><body class=\"").raw(landscape ? "landscape" : "portrait").raw("\">");
    }

    /** The cover block: title, subtitle lines, who prepared it (with the logo) and when. */
    protected void cover(String title, String subtitle, ReportCover cover, String... details) {
        html.open("div", "cover");
        PreparedBy by = cover.preparedBy();
        if (by.hasLogo()) {
            html.raw("<img class=\"logo\" alt=\"\" src=\"data:").raw(by.logoType()).raw(";base64,")
                    .raw(Base64.getEncoder().encodeToString(by.logo())).raw("\"/>");
        }
        html.element("h1", null, title);
        if (subtitle != null) {
            html.paragraph("subtitle", subtitle);
        }
        for (String d : details) {
            html.paragraph("cover-detail", d);
        }
        String who = String.join(", ", java.util.stream.Stream.of(by.name(), by.organisation())
                .filter(s -> !s.isBlank()).toList());
        if (!who.isEmpty()) {
            html.paragraph("cover-detail", text.t("cover.preparedBy", who));
        }
        html.paragraph("cover-detail", text.t("cover.date", text.date(cover.date())));
        html.paragraph("cover-detail muted", text.t("cover.workspace", cover.workspaceName()));
        html.close("div");
    }

    /** A footer line for browsers (print and PDF use the page footer instead). */
    protected String end(ReportCover cover) {
        html.open("div", "screen-footer")
                .raw(Html.escape(cover.workspaceName() + " · " + text.date(cover.date()))).close("div");
        return html.raw("</body></html>").toString();
    }

    protected void section(String title) {
        html.heading(2, title);
    }

    protected void note(String message) {
        html.paragraph("note", message);
    }

    protected void empty(String message) {
        html.paragraph("empty", message);
    }

    protected String chart(ChartCanvas canvas) {
        return charts.apply(canvas);
    }

    /** A coloured dot and the status's name. */
    protected String statusCell(String color, String label) {
        return "<span class=\"dot\" style=\"background-color:" + color + "\"></span>" + Html.escape(label);
    }

    /** A horizontal bar of a 0–1 fraction, with the percentage after it. */
    protected String progressCell(Double fraction) {
        if (fraction == null) {
            return "–";
        }
        long width = Math.round(fraction * 100);
        return "<span class=\"bar\"><span class=\"fill\" style=\"width:" + width + "%\"></span></span> "
                + Html.escape(text.percent(fraction));
    }

    private static String css() {
        if (css == null) {
            try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return css;
    }

    /** Text inside a CSS string literal, escaped so it is also safe inside an XHTML style element. */
    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("&", "\\26 ")
                .replace("<", "\\3c ").replace(">", "\\3e ");
    }
}
