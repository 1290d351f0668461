package org.diplokg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.diplokg.system.ApiException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package graph of the main code: dependencies point one way (features → {@code sparql} → {@code system}
 * → {@code validation} → {@code store}); {@code config} only wires and nothing imports it; shared kernels
 * ({@code text}, {@code ontology}) and the store depend on nothing of ours; no two packages import each other.
 */
@AnalyzeClasses(packages = "org.diplokg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "org.diplokg.extract..",
        "org.diplokg.query..",
        "org.diplokg.graph..",
        "org.diplokg.linkeddata..",
        "org.diplokg.search..",
        "org.diplokg.knowledge..",
        "org.diplokg.web..",
        "org.diplokg.feed..",
        "org.diplokg.profiles.."
    };

    @ArchTest
    static final ArchRule noCycleBetweenPackages =
            slices().matching("org.diplokg.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Application")
            .definedBy("org.diplokg")
            .layer("Config")
            .definedBy("org.diplokg.config..")
            .layer("Cli")
            .definedBy("org.diplokg.cli..")
            .layer("Features")
            .definedBy(FEATURES)
            .layer("Protocol")
            .definedBy("org.diplokg.sparql..")
            .layer("System")
            .definedBy("org.diplokg.system..")
            .layer("Validation")
            .definedBy("org.diplokg.validation..")
            .layer("Store")
            .definedBy("org.diplokg.store..")
            .layer("Kernel")
            .definedBy("org.diplokg.text..", "org.diplokg.ontology..")
            .whereLayer("Config")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Application")
            .mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Features")
            .mayOnlyBeAccessedByLayers("Config", "Cli", "Features")
            .whereLayer("Protocol")
            .mayOnlyBeAccessedByLayers("Config", "Cli", "Features")
            .whereLayer("System")
            .mayOnlyBeAccessedByLayers("Config", "Cli", "Features", "Protocol")
            .whereLayer("Validation")
            .mayOnlyBeAccessedByLayers("Config", "Cli", "Features", "Protocol", "System")
            .whereLayer("Store")
            .mayOnlyBeAccessedByLayers("Config", "Cli", "Features", "Protocol", "System", "Validation");

    @ArchTest
    static final ArchRule storeDependsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("org.diplokg.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.diplokg",
                    "org.diplokg.config..",
                    "org.diplokg.cli..",
                    "org.diplokg.sparql..",
                    "org.diplokg.system..",
                    "org.diplokg.validation..",
                    "org.diplokg.text..",
                    "org.diplokg.ontology..",
                    "org.diplokg.extract..",
                    "org.diplokg.query..",
                    "org.diplokg.graph..",
                    "org.diplokg.linkeddata..",
                    "org.diplokg.search..",
                    "org.diplokg.knowledge..",
                    "org.diplokg.web..",
                    "org.diplokg.profiles..");

    @ArchTest
    static final ArchRule kernelsDependOnNothingOfOurs = noClasses()
            .that()
            .resideInAnyPackage("org.diplokg.text..", "org.diplokg.ontology..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.diplokg",
                    "org.diplokg.config..",
                    "org.diplokg.cli..",
                    "org.diplokg.sparql..",
                    "org.diplokg.system..",
                    "org.diplokg.validation..",
                    "org.diplokg.store..",
                    "org.diplokg.extract..",
                    "org.diplokg.query..",
                    "org.diplokg.graph..",
                    "org.diplokg.linkeddata..",
                    "org.diplokg.search..",
                    "org.diplokg.knowledge..",
                    "org.diplokg.web..",
                    "org.diplokg.profiles..");

    /** The indexes are checked against their .rq files, not against the service that uses them. */
    @ArchTest
    static final ArchRule indexesNeedNothingOfTheQueryService = noClasses()
            .that()
            .resideInAPackage("org.diplokg.query.index..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.diplokg.query");

    /** HTTP errors are a controller's business; services throw their own domain exceptions. */
    @ArchTest
    static final ArchRule onlyControllersThrowHttpErrors = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .and()
            .areNotAnnotatedWith(RestController.class)
            .and()
            .areNotAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(ApiException.class);
}
