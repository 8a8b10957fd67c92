package org.kamworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of ARCHITECTURE.md §2. */
@AnalyzeClasses(packages = "org.kamworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("org.kamworkbench.domain..")
            .layer("service").definedBy("org.kamworkbench.service..")
            .layer("store").definedBy("org.kamworkbench.store..")
            .layer("io").definedBy("org.kamworkbench.io..")
            .layer("ui").definedBy("org.kamworkbench.ui..")
            .layer("cli").definedBy("org.kamworkbench.cli..")
            .layer("app").definedBy("org.kamworkbench.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("store", "io", "ui", "cli", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("service", "store", "io", "ui", "cli", "app");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.kamworkbench.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.kamworkbench.service..", "org.kamworkbench.store..", "org.kamworkbench.io..",
                    "org.kamworkbench.ui..", "org.kamworkbench.cli..", "org.kamworkbench.app..");

    @ArchTest
    static final ArchRule servicesArePureJava = noClasses().that().resideInAnyPackage(
                    "org.kamworkbench.domain..", "org.kamworkbench.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                    "org.h2..", "org.flywaydb..", "com.fasterxml..", "picocli..");

    @ArchTest
    static final ArchRule noJavaFxBelowUi = noClasses().that().resideInAnyPackage(
                    "org.kamworkbench.store..", "org.kamworkbench.io..", "org.kamworkbench.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule uiAndCliNeverTouchStorage = noClasses().that().resideInAnyPackage(
                    "org.kamworkbench.ui..", "org.kamworkbench.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..",
                    "org.flywaydb..", "org.kamworkbench.store..", "org.kamworkbench.io..");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..", "javafx.stage..");

    /** No package cycles anywhere, also inside {@code ui}: screens reach the shell through ui.common. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.kamworkbench.(*).(*)..").should().beFreeOfCycles();

    /** Controllers (the views) bind and forward; the view model is the only class that calls services. */
    @ArchTest
    static final ArchRule viewsDoNotCallServices = noClasses().that().resideInAPackage("org.kamworkbench.ui..")
            .and().haveSimpleNameEndingWith("View")
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "a method of a service",
                    (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTargetOwner().getPackageName()
                            .startsWith("org.kamworkbench.service")
                            && call.getTargetOwner().getSimpleName().endsWith("Service")));

    /** Writing or reading files goes through a port implemented in io (ARCHITECTURE §2). */
    @ArchTest
    static final ArchRule noFileIoInUiOrService = noClasses().that().resideInAnyPackage(
                    "org.kamworkbench.ui..", "org.kamworkbench.service..")
            .should().dependOnClassesThat().belongToAnyOf(java.nio.file.Files.class, java.io.FileOutputStream.class,
                    java.io.FileWriter.class, java.io.FileInputStream.class, java.io.FileReader.class,
                    java.io.RandomAccessFile.class, java.nio.channels.FileChannel.class, javax.imageio.ImageIO.class);
}
