package org.centerformsc.portal.development;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start never loads development code: every Spring component under {@code development} carries a
 * {@code @Profile} that is off whenever {@code prod} is active, whatever other profiles are active beside it
 * (a production start that also names {@code demo} still gets no demo data), and production code never depends
 * on this package.
 */
class DevelopmentCodeTest {

    private static final String DEVELOPMENT = "org.centerformsc.portal.development";
    private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final List<JavaClass> components = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(DEVELOPMENT).stream()
            .filter(type -> type.isMetaAnnotatedWith(Component.class)).toList();

    @Test
    void everyDevelopmentComponentIsOffInProduction() {
        assertThat(components).extracting(JavaClass::getSimpleName)
                .contains("DemoData", "DevelopmentLoginConfiguration", "EmbeddedDatabaseConfiguration",
                        "DataSetRunner");
        for (JavaClass component : components) {
            assertThat(component.tryGetAnnotationOfType(Profile.class)).as(component.getName()).isPresent();
            String[] expressions = component.getAnnotationOfType(Profile.class).value();
            assertThat(loadsInProductionWithEveryOtherProfile(expressions)).as(component.getName()).isFalse();
        }
    }

    @Test
    void theCheckSeesAProfileThatForgotProduction() {
        assertThat(loadsInProductionWithEveryOtherProfile(new String[]{"demo"})).isTrue();
        assertThat(loadsInProductionWithEveryOtherProfile(new String[]{"demo & !prod"})).isFalse();
        assertThat(loadsInProductionWithEveryOtherProfile(new String[]{"!prod", "embedded"})).isTrue();
    }

    @Test
    void productionCodeDoesNotDependOnDevelopmentCode() {
        noClasses().that().resideOutsideOfPackage(DEVELOPMENT + "..")
                .should().dependOnClassesThat().resideInAPackage(DEVELOPMENT + "..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.centerformsc.portal"));
    }

    /** The worst case: prod active together with every other profile the expressions name. */
    private static boolean loadsInProductionWithEveryOtherProfile(String[] expressions) {
        Set<String> active = new HashSet<>(Set.of("prod"));
        for (String expression : expressions) {
            Matcher names = PROFILE_NAME.matcher(expression);
            while (names.find()) {
                active.add(names.group());
            }
        }
        return Profiles.of(expressions).matches(active::contains);
    }
}
