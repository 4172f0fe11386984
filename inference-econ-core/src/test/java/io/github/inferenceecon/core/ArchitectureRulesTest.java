/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Architecture rules of the core module, checked with ArchUnit on the compiled main classes.
 */
final class ArchitectureRulesTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.inferenceecon.core");

  @Test
  void core_dependsOnNoOtherModule() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
        "io.github.inferenceecon.pricing..", "io.github.inferenceecon.hardware..",
        "io.github.inferenceecon.cli..", "io.github.inferenceecon.benchmarks..")
        .check(CORE);
  }

  @Test
  void packages_haveNoCycles() {
    // every package below core is a slice (billing, selfhosted, energy, economics, units, ...):
    // energy may build on selfhosted, economics on both and on billing, never the other way
    slices().matching("io.github.inferenceecon.core.(*)..")
        .should().beFreeOfCycles()
        .check(CORE);
  }

  @Test
  void publicSignatures_neverExposeGeneratedImmutables() {
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().haveSimpleNameNotStartingWith("Immutable")
        .should(notMentionGeneratedTypes())
        .check(CORE);
  }

  @Test
  void libraryCode_neverWritesToStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
  }

  @Test
  void libraryCode_neverUsesJavaUtilLogging() {
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CORE);
  }

  @Test
  void generatedImmutables_areNotPublic() {
    noClasses().that().haveSimpleNameStartingWith("Immutable")
        .should().haveModifier(JavaModifier.PUBLIC)
        .check(CORE);
  }

  @Test
  void classPath_hasNoLoggingBinding() {
    // the library ships the SLF4J API only; a binding is the application's choice
    assertThat(ServiceLoader.load(SLF4JServiceProvider.class).stream()).isEmpty();
  }

  private static ArchCondition<JavaMember> notMentionGeneratedTypes() {
    DescribedPredicate<JavaClass> generated = DescribedPredicate.describe("generated Immutable*",
        c -> c.getSimpleName().startsWith("Immutable") && c.getPackageName()
            .startsWith("io.github.inferenceecon"));
    return new ArchCondition<>("not mention generated Immutable* types") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        JavaMethod method = (JavaMethod) member;
        Stream.concat(Stream.of(method.getRawReturnType()),
                method.getRawParameterTypes().stream())
            .filter(generated)
            .forEach(type -> events.add(SimpleConditionEvent.violated(member,
                member.getFullName() + " mentions " + type.getName())));
      }
    };
  }
}
