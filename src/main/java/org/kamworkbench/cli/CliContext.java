package org.kamworkbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;

/** What every command shares: where to write, the workspace option, and how to open it. */
public final class CliContext {
    private final WorkspaceOpener opener;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
    private Path workspace;

    public CliContext(WorkspaceOpener opener, PrintWriter out, PrintWriter err) {
        this.opener = opener;
        this.out = out;
        this.err = err;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public ObjectMapper json() {
        return json;
    }

    void workspace(Path path) {
        this.workspace = path;
    }

    /** Opens (creating if missing) the workspace named by --workspace, else the default one. */
    public WorkspaceServices openWorkspace() {
        return opener.open(workspace != null ? workspace : opener.defaultWorkspace());
    }

    /** Prints {@code value} as JSON on stdout. */
    public void printJson(Object value) {
        try {
            out.println(json.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }
}
