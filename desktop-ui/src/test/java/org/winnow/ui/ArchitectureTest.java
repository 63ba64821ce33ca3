package org.winnow.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md section 1, each with its reason, in one place. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.winnow");
  }

  @Test
  void coreAndStrategiesNeverSeeJavaFx() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("org.winnow.core..", "org.winnow.strategies..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..")
            .because("core and search-strategies run headless: in the CLI, in CI and on servers");
    rule.check(classes);
  }

  @Test
  void strategiesAreALeaf() {
    noClasses()
        .that()
        .resideInAPackage("org.winnow.strategies..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.winnow.core..", "org.winnow.ui..")
        .because("search-strategies depends on Lucene only, so it can be used and tested alone")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theModelDoesNoIo() {
    noClasses()
        .that()
        .resideInAPackage("org.winnow.core.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..", "java.nio..", "java.sql..", "java.net..", "org.winnow.core.storage..")
        .because("model records are plain values that every layer can pass around and test")
        .check(classes);
  }

  @Test
  void sqlLivesOnlyInStorage() {
    // fixtures (test scope only) holds the test PostgreSQL server, which creates databases
    noClasses()
        .that()
        .resideOutsideOfPackages("org.winnow.core.storage..", "org.winnow.fixtures..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.sql.PreparedStatement")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.sql.Statement")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.sql.ResultSet")
        .because("one place owns the schema: SQL elsewhere would break silently on a migration")
        .check(classes);
  }

  @Test
  void theCliAndViewsCallServicesNeverStorage() {
    noClasses()
        .that()
        .resideInAPackage("org.winnow.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.winnow.core.storage..")
        .because("services hold the transactions, audit and blinding rules; DAOs bypass them")
        .check(classes);
  }
}
