package org.kamworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
}
