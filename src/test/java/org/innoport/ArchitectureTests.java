package org.innoport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The code rules of STYLE.md that a compiler does not check. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.innoport");

    @Test
    void controllersLiveOnlyInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
    }

    @Test
    void noUtilsHelperOrImplClasses() {
        noClasses().should().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Impl")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirModule() {
        classes().that().areAssignableTo(Repository.class)
                .should(beAccessedOnlyFromTheirOwnModule())
                .check(CLASSES);
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirModule() {
        classes().that().areAnnotatedWith(Entity.class)
                .should(beAccessedOnlyFromTheirOwnModule())
                .check(CLASSES);
    }

    @Test
    void entitiesAreNotExposedThroughTheModuleApi() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("org.innoport.(*)")
                .because("a module exposes records and IDs from its base package, never its entities")
                .check(CLASSES);
    }

    static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.innoport.")) {
            return name;
        }
        String rest = name.substring("org.innoport.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnModule() {
        return new ArchCondition<>("be accessed only from their own module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = moduleOf(type);
                type.getAccessesToSelf().stream()
                        .filter(access -> isInnoPort(access) && !moduleOf(access.getOriginOwner()).equals(module))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
                type.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> dependency.getOriginClass().getPackageName().startsWith("org.innoport")
                                && !moduleOf(dependency.getOriginClass()).equals(module))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    private static boolean isInnoPort(JavaAccess<?> access) {
        return access.getOriginOwner().getPackageName().startsWith("org.innoport");
    }

}
