package org.centerformsc.portal;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features reach each other only through their root packages (services, ids, records), never internals
 * (docs/decisions/004). Spring Modulith checks module dependencies and cycles; the ArchUnit rules below keep the
 * layers inside each feature straight.
 */
class ModularityTests {

    static final String ROOT = "org.centerformsc.portal";

    static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Views show records from services; entities and repositories never reach a view. */
    static final ArchRule VIEWS_USE_NO_ENTITY_OR_REPOSITORY = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services, which return records (docs/decisions/004)");

    /** A feature's domain package is its own: nothing outside the feature touches its entities or repositories. */
    static ArchRule domainStaysInItsFeature(String root) {
        return classes().that().resideInAPackage(root + ".*.domain..")
                .should(onlyBeUsedWithinTheirFeature(root))
                .because("features talk through each other's services and events (docs/decisions/004)");
    }

    /** Transactions are drawn around service methods only. */
    static final ArchRule ONLY_SERVICES_ARE_TRANSACTIONAL = methods().that().areAnnotatedWith(Transactional.class)
            .should().beDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .andShould().bePublic()
            .because("services own transactions; views and listeners call them (docs/decisions/004)");

    static final ArchRule NO_TRANSACTIONAL_CLASSES = noClasses().should().beAnnotatedWith(Transactional.class)
            .because("each public service method says whether it reads or writes");

    @Test
    void featuresRespectEachOthersBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void viewsUseNoEntityOrRepository() {
        VIEWS_USE_NO_ENTITY_OR_REPOSITORY.check(PORTAL);
    }

    @Test
    void domainStaysInsideItsFeature() {
        domainStaysInItsFeature(ROOT).check(PORTAL);
    }

    @Test
    void onlyServiceMethodsAreTransactional() {
        ONLY_SERVICES_ARE_TRANSACTIONAL.check(PORTAL);
        NO_TRANSACTIONAL_CLASSES.check(PORTAL);
    }

    /** The rules are not vacuous: each fails on classes that break it (org.centerformsc.archfixture). */
    @Test
    void eachRuleCatchesABreach() {
        String fixtures = "org.centerformsc.archfixture";
        JavaClasses breaches = new ClassFileImporter().importPackages(fixtures);

        assertThat(VIEWS_USE_NO_ENTITY_OR_REPOSITORY.evaluate(breaches).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("LeakyView") && line.contains("ThingRepository"))
                .anyMatch(line -> line.contains("LeakyView") && line.contains("Thing."));
        assertThat(domainStaysInItsFeature(fixtures).evaluate(breaches).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Checkout") && line.contains("Thing"))
                .noneMatch(line -> line.contains("LeakyView"));
        assertThat(ONLY_SERVICES_ARE_TRANSACTIONAL.evaluate(breaches).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Checkout.pay"));
    }

    static String featureOf(JavaClass type, String root) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return "";
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static ArchCondition<JavaClass> onlyBeUsedWithinTheirFeature(String root) {
        return new ArchCondition<>("only be used within their own feature") {
            @Override
            public void check(JavaClass domainClass, ConditionEvents events) {
                String feature = featureOf(domainClass, root);
                for (Dependency use : domainClass.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    if (user.getPackageName().startsWith(root) && !featureOf(user, root).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }
}
