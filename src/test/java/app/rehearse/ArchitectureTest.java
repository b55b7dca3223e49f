package app.rehearse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain and storage code stays usable from the command line and from tests without a UI toolkit.
 * Benchmarks (compiled in only by the bench profile) measure the UI too and are exempt.
 */
@AnalyzeClasses(packages = "app.rehearse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiPackageUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.rehearse.ui..", "app.rehearse.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
            .because("everything outside ui/ is plain Java, usable from the CLI and tests without a toolkit");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackages("app.rehearse.ui..", "app.rehearse.bench..")
            .should().dependOnClassesThat().resideInAPackage("app.rehearse.ui..")
            .because("the UI depends on the core, never the other way round (the CLI opens the app by name)");

    @ArchTest
    static final ArchRule storageDoesNotDependOnFeatures = noClasses()
            .that().resideInAPackage("app.rehearse.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("app.rehearse.practice..", "app.rehearse.history..",
                    "app.rehearse.grading..", "app.rehearse.whiteboard..", "app.rehearse.bank..")
            .because("storage is the lowest layer: features use it, it knows none of them");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycles = slices()
            .matching("app.rehearse.(*)..")
            .should().beFreeOfCycles()
            .because("dependencies between features flow one way");

    @ArchTest
    static final ArchRule uiPackagesFormNoCycles = slices()
            .matching("app.rehearse.ui.(*)..")
            .should().beFreeOfCycles()
            .because("pages use shared ui pieces and each other one way; shared pieces live in ui/common");

    @ArchTest
    static final ArchRule pagesGetTheirServicesByConstructor = noClasses()
            .that().resideInAPackage("app.rehearse.ui.*..")
            .should().dependOnClassesThat().haveFullyQualifiedName("app.rehearse.ui.AppServices")
            .because("the composition root hands each page only what it uses; no page reaches into a locator");

    @ArchTest
    static final ArchRule onlyTheDialogsServiceOpensDialogs = noClasses()
            .that().doNotHaveFullyQualifiedName("app.rehearse.ui.common.FxDialogs")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.TextInputDialog")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
            .because("every confirm, notice and file choice goes through the one Dialogs service, which tests can answer");
}
