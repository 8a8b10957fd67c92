package org.kamworkbench.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportPreview;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * A real workspace whose import service records what the command line asked for and answers with
 * a report the test chooses: the CLI's own behaviour, independent of the import implementation.
 */
final class FakeImports implements ImportService, WorkspaceOpener {
    private final WorkspaceWiring wiring;
    private Function<ImportKind, ImportReport> answer;
    Path file;
    ImportKind kind;
    ImportOptions options;
    ProgressMonitor monitor;
    org.kamworkbench.service.workspace.WorkspaceLocation workspace;

    FakeImports(Path home, Function<ImportKind, ImportReport> answer) {
        this.wiring = new WorkspaceWiring(home);
        this.answer = answer;
    }

    @Override
    public WorkspaceServices open(org.kamworkbench.service.workspace.WorkspaceLocation path) {
        workspace = path;
        WorkspaceServices real = wiring.open(path);
        return new WorkspaceServices(real.name(), real.location(), real.status(), real.accounts(), this, real.settings(),
                real.demo(), real.portfolio(), real.keyAccounts(), real.closer(), real.account360(),
                real.plans(), real.kpis(), real.kpiImport(), real.interactions(), real.archive(), real.exports(),
                real.files(), real.planOverview(), real.reports(), real.editor());
    }

    @Override
    public boolean exists(org.kamworkbench.service.workspace.WorkspaceLocation path) {
        return wiring.exists(path);
    }

    @Override
    public void deleteCreated(org.kamworkbench.service.workspace.WorkspaceLocation created) throws java.io.IOException {
        wiring.deleteCreated(created);
    }

    @Override
    public org.kamworkbench.service.workspace.WorkspaceLocation defaultWorkspace() {
        return wiring.defaultWorkspace();
    }

    @Override
    public org.kamworkbench.service.workspace.WorkspaceBackups backups() {
        return wiring.backups();
    }

    @Override
    public void createWith(org.kamworkbench.service.workspace.WorkspaceLocation path, java.util.function.Consumer<WorkspaceServices> fill) {
        wiring.createWith(path, fill);
    }

    @Override
    public ImportPreview preview(Path f, ImportKind k, ImportOptions o) {
        throw new UnsupportedOperationException("the command line never previews");
    }

    @Override
    public ImportReport validate(Path f, ImportKind k, ImportOptions o, ProgressMonitor m) {
        throw new UnsupportedOperationException("the command line never validates alone");
    }

    @Override
    public ImportReport importFile(Path f, ImportKind k, ImportOptions o, ProgressMonitor m) {
        file = f;
        kind = k;
        options = o;
        monitor = m;
        return answer.apply(k);
    }
}
