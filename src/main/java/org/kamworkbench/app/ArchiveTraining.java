package org.kamworkbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/**
 * The training run of the command-line child that writes the class-data archive: what it loads before
 * it exits is what the archive holds, for every later call.
 */
final class ArchiveTraining {
    private static final List<String> ARCHIVED_PACKAGES = List.of("org/kamworkbench/", "org/h2/", "org/jdbi/",
            "com/fasterxml/jackson/", "de/siegmar/fastcsv/", "org/dhatim/fastexcel/", "picocli/", "org/flywaydb/");

    private ArchiveTraining() {
    }

    /**
     * Runs the usual calls once on a throw-away workspace ({@link CliWarmUp}: imports,
     * {@code analyze pareto --json}, {@code status --json}), then loads (without initialising) the classes
     * of our headless code and of the libraries it runs on, so that the archive serves every command, not
     * only the one that happened to come first. The calls matter for the lambdas: the archive keeps only
     * those that ran, and each one left out is spun again at every call (measured: 60 in an
     * {@code analyze pareto}, with the method-handle code that makes them). Costs a few seconds, once.
     */
    static void run(WorkspaceOpener opener) {
        try {
            CliWarmUp.run(opener, () -> false, CliWarmUp.Size.TO_LINK);
        } catch (IOException | RuntimeException e) {
            // the archive then holds what the call itself ran
        }
        loadClasses();
    }

    private static void loadClasses() {
        ClassLoader loader = ArchiveTraining.class.getClassLoader();
        try (JarFile jarFile = new JarFile(
                Path.of(ArchiveTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            jarFile.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.contains("module-info")
                            && ARCHIVED_PACKAGES.stream().anyMatch(name::startsWith)
                            && !name.startsWith("org/kamworkbench/ui/"))
                    .forEach(name -> {
                        try {
                            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                        } catch (Throwable optionalDependencyMissing) {
                            // a class needing what the jar does not hold: it is simply not archived
                        }
                    });
        } catch (Exception e) {
            // the archive then holds what the command itself loaded
        }
    }
}
