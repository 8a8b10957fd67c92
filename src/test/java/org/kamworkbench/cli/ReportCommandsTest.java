package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/**
 * report plan and report portfolio, end to end on a real workspace: the client version holds nothing
 * internal (read back from the PDF's text and the HTML), and the pack's figures are those of
 * {@code analyze pareto --json}.
 */
class ReportCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Internal items (their data markers and their section words) that must never reach the client. */
    private static final List<String> INTERNAL_DATA = List.of(ReportFixture.SWOT, ReportFixture.WEAKNESS,
            ReportFixture.RECOMMENDATION, ReportFixture.ECONOMIC, ReportFixture.NOTES, ReportFixture.HOW,
            ReportFixture.REASON, ReportFixture.STAKEHOLDER_TITLE, ReportFixture.CRITERION, "Marker-stakeholder-note",
            "Marker-SWOT-opportunity", "Marker-SWOT-threat", "18,000", "18.000", "400,000", "400.000");
    private static final List<String> INTERNAL_WORDS_EN = List.of("SWOT", "attitude", "influence", "relationship",
            "coverage", "score", "quadrant", "strategic", "designat", "ABC", "share of wallet", "effort",
            "internal note", "sceptic", "champion", "economic buyer", "key account");
    private static final List<String> INTERNAL_WORDS_IT = List.of("SWOT", "atteggiamento", "influenza", "relazione",
            "copertura", "punteggio", "quadrante", "strategic", "designa", "ABC", "quota di portafoglio", "impegno",
            "note interne", "scettico", "sostenitore", "decisore", "key account");

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private WorkspaceWiring wiring;
    private Path workspace;

    @BeforeEach
    void createWorkspace() {
        wiring = ReportFixture.wiring(home);
        workspace = ReportFixture.create(home, dir);
    }

    private Path report(String name, String... args) {
        Path out = dir.resolve(name);
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        CliRun run = CliRun.inWorkspace(wiring, workspace, all);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Wrote ");
        keepSample(out);
        return out;
    }

    /** Copies a written report to target/report-samples, to look at after the build. */
    private static void keepSample(Path file) {
        try {
            Path samples = Path.of("target", "report-samples");
            Files.createDirectories(samples);
            Files.copy(file, samples.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }

    private static String html(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** What a browser shows of an HTML report: its text, without the style sheet and the markup. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("[ \\t\\r\\n]+", " ");
    }

    @Test
    void theClientVersionHoldsNothingInternalInEitherFormatOrLanguage() throws IOException {
        for (String lang : List.of("en", "it")) {
            List<String> words = lang.equals("en") ? INTERNAL_WORDS_EN : INTERNAL_WORDS_IT;
            String clientPdf = pdfText(report("plan-client-" + lang + ".pdf", "report", "plan", "A01", "--audience",
                    "client", "--format", "pdf", "--lang", lang));
            String clientHtml = visibleText(html(report("plan-client-" + lang + ".html", "report", "plan", "A01", "--audience",
                    "client", "--format", "html", "--lang", lang)));
            String internalPdf = pdfText(report("plan-internal-" + lang + ".pdf", "report", "plan", "A01",
                    "--audience", "internal", "--format", "pdf", "--lang", lang));
            String internalHtml = visibleText(html(report("plan-internal-" + lang + ".html", "report", "plan", "A01",
                    "--audience", "internal", "--format", "html", "--lang", lang)));
            for (String client : List.of(clientPdf, clientHtml)) {
                assertThat(client).contains("Alpha Industries Ltd", ReportFixture.OBJECTIVE, ReportFixture.KPI,
                        ReportFixture.FEEDBACK, ReportFixture.NEXT, ReportFixture.PURPOSE, "Run the joint workshop");
                for (String item : INTERNAL_DATA) {
                    assertThat(client).as(lang + " client report shows '" + item + "'").doesNotContain(item);
                }
                for (String word : words) {
                    assertThat(client).as(lang + " client report mentions '" + word + "'").doesNotContainIgnoringCase(word);
                }
            }
            // the internal version has all of it, so the checks above can fail
            for (String internal : List.of(internalPdf, internalHtml)) {
                assertThat(internal).contains(ReportFixture.SWOT, ReportFixture.WEAKNESS, ReportFixture.RECOMMENDATION,
                        ReportFixture.ECONOMIC, ReportFixture.NOTES, ReportFixture.HOW, ReportFixture.REASON,
                        ReportFixture.STAKEHOLDER_TITLE, ReportFixture.CRITERION, ReportFixture.STAKEHOLDER);
                for (String word : words) {
                    if (!word.equals("strategic") && !word.equals("decisore") && !word.equals("economic buyer")) {
                        assertThat(internal).as(lang + " internal report lacks '" + word + "'").containsIgnoringCase(word);
                    }
                }
            }
        }
    }

    @Test
    void theCoverNamesWhoPreparedItWithTheLogo() throws IOException {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        try (org.kamworkbench.service.workspace.WorkspaceServices ws = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            ws.reports().savePreparedBy(new org.kamworkbench.domain.PreparedBy("Anna Conti", "Conti & Partner",
                    png, "image/png"));
        }
        String html = html(report("cover.html", "report", "portfolio", "--year", "2024", "--format", "html"));
        assertThat(visibleText(html)).contains("Prepared by Anna Conti, Conti & Partner");
        assertThat(html).contains("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,iVBORw0KGgo");
        String pdf = pdfText(report("cover.pdf", "report", "portfolio", "--year", "2024", "--lang", "it"));
        assertThat(pdf).contains("Preparato da Anna Conti, Conti & Partner");
    }

    @Test
    void reportsAreWrittenInTheChosenLanguageWithItsNumberFormats() throws IOException {
        String it = pdfText(report("plan-internal-it-money.pdf", "report", "plan", "A01", "--audience", "internal",
                "--lang", "it"));
        assertThat(it).contains("Piano dell'account", "Punti di forza", "Opportunità", "18.000,00\u00a0€", "24,0\u00a0%");
        String en = pdfText(report("plan-internal-en-money.pdf", "report", "plan", "A01", "--audience", "internal",
                "--lang", "en"));
        assertThat(en).contains("Strengths", "€18,000.00", "24.0%").doesNotContain("Punti di forza");
    }

    @Test
    void thePackShowsTheFiguresOfAnalyzePareto() throws IOException {
        CliRun pareto = CliRun.inWorkspace(wiring, workspace, "analyze", "pareto", "--year", "2024", "--by", "region",
                "--json");
        assertThat(pareto.exitCode()).as(pareto.toString()).isZero();
        JsonNode json = JSON.readTree(pareto.out());
        for (String lang : List.of("it", "en")) {
            Path html = report("pack-" + lang + ".html", "report", "portfolio", "--year", "2024", "--by", "region",
                    "--format", "html", "--lang", lang);
            Map<String, List<String>> shown = figures(html(html));
            assertThat(shown.keySet()).contains("totalRevenue", "accounts", "top20Share", "hhi", "effectiveAccounts",
                    "paretoAccountShare", "top1Share", "top3Share", "top5Share", "top10Share", "classes[0].accounts",
                    "classes[0].revenue", "classes[0].revenueShare", "classes[2].revenue", "growth.nominal",
                    "growth.real");
            for (Map.Entry<String, List<String>> figure : shown.entrySet()) {
                JsonNode expected = field(json, figure.getKey());
                for (String text : figure.getValue()) {
                    assertShownEquals(figure.getKey(), text, expected, lang);
                }
            }
            String pdf = pdfText(report("pack-" + lang + ".pdf", "report", "portfolio", "--year", "2024", "--by",
                    "region", "--format", "pdf", "--lang", lang));
            assertThat(pdf).contains(shown.get("totalRevenue").get(0).replace('\u00a0', ' ').trim()
                    .replace(" ", lang.equals("it") ? "\u00a0" : " "));
            assertThat(pdf).contains("Client A02", "Alpha Industries Ltd");
        }
    }

    @Test
    void aMissingAccountPlanOrFolderIsBadInput() {
        CliRun unknown = CliRun.inWorkspace(wiring, workspace, "report", "plan", "ZZ", "--audience", "client",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(unknown.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(unknown.errLines()).containsExactly("There is no account with the id 'ZZ'.");
        CliRun noPlan = CliRun.inWorkspace(wiring, workspace, "report", "plan", "A02", "--audience", "client",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(noPlan.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(noPlan.errLines()).containsExactly("'Client A02' has no account plan yet: create one on its page first.");
        CliRun audience = CliRun.inWorkspace(wiring, workspace, "report", "plan", "A01", "--audience", "board",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(audience.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(audience.errLines()).containsExactly("'board' is not an audience: use client or internal.");
        CliRun folder = CliRun.inWorkspace(wiring, workspace, "report", "portfolio", "--out",
                dir.resolve("missing/pack.pdf").toString());
        assertThat(folder.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    private static final Pattern FIGURE = Pattern.compile("<span data-figure=\"([^\"]+)\">([^<]*)</span>");

    static Map<String, List<String>> figures(String html) {
        Map<String, List<String>> shown = new HashMap<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            shown.computeIfAbsent(m.group(1), k -> new java.util.ArrayList<>()).add(m.group(2));
        }
        return shown;
    }

    /** "classes[0].revenue" → json.classes[0].revenue; "growth.real" → json.growth.real. */
    private static JsonNode field(JsonNode json, String path) {
        JsonNode node = json;
        for (String part : path.split("\\.")) {
            Matcher indexed = Pattern.compile("(\\w+)\\[(\\d+)]").matcher(part);
            node = indexed.matches() ? node.get(indexed.group(1)).get(Integer.parseInt(indexed.group(2)))
                    : node.get(part);
        }
        return node;
    }

    /** Reads the shown text back as a number (by the report language's rules) and compares it at its precision. */
    private static void assertShownEquals(String field, String text, JsonNode expected, String lang) {
        if (expected == null || expected.isNull()) {
            assertThat(text).as(field + " is unavailable").isEqualTo("–");
            return;
        }
        String plain = text.replace("\u00a0", "").replace("€", "").replace("%", "").replace("\u2212", "-")
                .replace("+", "").trim();
        if (lang.equals("it")) {
            plain = plain.replace(".", "").replace(',', '.');
        } else {
            plain = plain.replace(",", "");
        }
        BigDecimal shown = new BigDecimal(plain);
        BigDecimal value = expected.decimalValue();
        boolean share = field.endsWith("Share") || field.startsWith("growth.");
        if (share) {
            value = value.movePointRight(2);
        }
        int scale = Math.max(0, shown.scale());
        assertThat(shown).as(field + " shown as '" + text + "' (" + lang + ")")
                .isEqualByComparingTo(value.setScale(scale, RoundingMode.HALF_EVEN));
    }
}
