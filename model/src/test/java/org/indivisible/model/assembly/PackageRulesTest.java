package org.indivisible.model.assembly;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package graph inside model: the engine knows no mechanism, the vocabulary (a configuration
 * and its value types) knows neither the engine nor a mechanism, and only the composition root
 * knows every mechanism.
 */
class PackageRulesTest {

    private static final String M = "org.indivisible.model.";
    /** The world's vocabulary: what a configuration is made of. */
    private static final String[] VOCABULARY = {M + "config..", M + "actor..", M + "theater..", M + "parameter..",
            M + "random..", M + "policy..", M + "metric.."};
    /** The mechanisms: each a process with its observers and invariants. */
    private static final String[] MECHANISMS = {M + "schedule..", M + "decision..", M + "economy..", M + "budget..",
            M + "posture..", M + "industry..", M + "combat..", M + "influence..", M + "blockade..", M + "korea.."};

    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.indivisible.model");

    @Test
    void theEngineKnowsOnlyTheVocabulary() {
        classes().that().resideInAPackage(M + "engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(new String[]{"java..", M + "engine.."}, VOCABULARY))
                .check(model);
    }

    @Test
    void theVocabularyKnowsNeitherTheEngineNorAMechanism() {
        noClasses().that().resideInAnyPackage(VOCABULARY)
                .should().dependOnClassesThat().resideInAnyPackage(concat(new String[]{M + "engine..", M + "assembly.."}, MECHANISMS))
                .check(model);
    }

    @Test
    void onlyTheCompositionRootIsAboveEveryMechanism() {
        noClasses().that().resideOutsideOfPackage(M + "assembly..")
                .should().dependOnClassesThat().resideInAPackage(M + "assembly..")
                .check(model);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
