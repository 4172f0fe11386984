/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules over all three published library modules, checked here because this module
 * has them all on its class path (core checks its own rules in its tests too).
 */
final class LibraryArchitectureTest {

  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.inferenceecon.core", "io.github.inferenceecon.pricing",
          "io.github.inferenceecon.hardware");

  @Test
  void modules_dependOnlyDownwards() {
    noClasses().that().resideInAPackage("io.github.inferenceecon.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.inferenceecon.pricing..",
            "io.github.inferenceecon.hardware..", "io.github.inferenceecon.cli..")
        .check(LIBRARY);
    noClasses().that().resideInAPackage("io.github.inferenceecon.pricing..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.inferenceecon.hardware..", "io.github.inferenceecon.cli..")
        .check(LIBRARY);
    noClasses().that().resideInAPackage("io.github.inferenceecon.hardware..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.inferenceecon.pricing..", "io.github.inferenceecon.cli..")
        .check(LIBRARY);
  }

  @Test
  void libraries_neverWriteToStandardStreamsOrJavaUtilLogging() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(LIBRARY);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(LIBRARY);
  }

  @Test
  void publicSignatures_neverExposeGeneratedImmutables() {
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should(new ArchCondition<>("not mention generated Immutable* types") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            Stream.concat(Stream.of(method.getRawReturnType()),
                    method.getRawParameterTypes().stream())
                .filter(t -> t.getSimpleName().startsWith("Immutable")
                    && t.getPackageName().startsWith("io.github.inferenceecon"))
                .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                    method.getFullName() + " mentions " + t.getName())));
          }
        })
        .check(LIBRARY);
  }
}
