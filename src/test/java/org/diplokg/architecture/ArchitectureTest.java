package org.diplokg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.diplokg.system.ApiException;
import org.diplokg.system.ProtocolException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package graph of the main code: dependencies point one way (features → {@code sparql} → {@code system}
 * → {@code validation} → {@code store} → kernels); {@code config} only wires and nothing imports it; kernels
 * ({@code text}, {@code ontology}, {@code hardening}, {@code security}, {@code errors}) depend on nothing of
 * ours; no two packages import each other. The lower layers are listed by name and every other top-level
 * package is a feature, so a new package is covered the day it is added.
 */
@AnalyzeClasses(packages = "org.diplokg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.diplokg";
    private static final Set<String> KERNELS = Set.of("text", "ontology", "hardening", "security", "errors");
    private static final Set<String> LOWER_LAYERS = Set.of("config", "cli", "sparql", "system", "validation", "store");

    /** Any top-level package of ours that is neither a lower layer nor a kernel. */
    private static final DescribedPredicate<JavaClass> FEATURE =
            DescribedPredicate.describe("in a feature package (any package not named as a lower layer)", c -> {
                String top = topLevel(c);
                return top != null && !LOWER_LAYERS.contains(top) && !KERNELS.contains(top);
            });

    private static final DescribedPredicate<JavaClass> KERNEL = DescribedPredicate.describe(
            "in a kernel package " + KERNELS, c -> topLevel(c) != null && KERNELS.contains(topLevel(c)));

    @ArchTest
    static final ArchRule noCycleBetweenPackages =
            slices().matching("org.diplokg.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Application")
            .definedBy(ROOT)
            .layer("Config")
            .definedBy(ROOT + ".config..")
            .layer("Cli")
            .definedBy(ROOT + ".cli..")
            .layer("Features")
            .definedBy(FEATURE)
            .layer("Protocol")
            .definedBy(ROOT + ".sparql..")
            .layer("System")
            .definedBy(ROOT + ".system..")
            .layer("Validation")
            .definedBy(ROOT + ".validation..")
            .layer("Store")
            .definedBy(ROOT + ".store..")
            .layer("Kernel")
            .definedBy(KERNEL)
            .whereLayer("Config")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Application")
            .mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Features")
            .mayOnlyAccessLayers("Protocol", "System", "Validation", "Store", "Kernel")
            .whereLayer("Protocol")
            .mayOnlyAccessLayers("System", "Validation", "Store", "Kernel")
            .whereLayer("System")
            .mayOnlyAccessLayers("Validation", "Store", "Kernel")
            .whereLayer("Validation")
            .mayOnlyAccessLayers("Store", "Kernel")
            .whereLayer("Store")
            .mayOnlyAccessLayers("Kernel")
            .whereLayer("Kernel")
            .mayNotAccessAnyLayer();

    /** A kernel is shared by everyone, so it may not lean on anything of ours, not even another kernel. */
    @ArchTest
    static final ArchRule kernelsDependOnNothingOfOurs = classes().that(KERNEL).should(dependOnlyOnTheirOwnPackage());

    /** The indexes are checked against their .rq files, not against the service that uses them. */
    @ArchTest
    static final ArchRule indexesNeedNothingOfTheQueryService = noClasses()
            .that()
            .resideInAPackage(ROOT + ".query.index..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".query");

    /**
     * HTTP errors are a controller's business (mapped in {@code system}); services and other feature classes
     * throw their own domain exceptions.
     */
    @ArchTest
    static final ArchRule onlyControllersThrowHttpErrors = noClasses()
            .that(FEATURE)
            .and()
            .areNotAnnotatedWith(RestController.class)
            .and()
            .areNotAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(ApiException.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(ProtocolException.class);

    private static String topLevel(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> dependOnlyOnTheirOwnPackage() {
        return new ArchCondition<>("depend on no package of ours but their own") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String own = topLevel(c);
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    boolean ours = target.getPackageName().equals(ROOT) || topLevel(target) != null;
                    if (ours && !own.equals(topLevel(target))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
