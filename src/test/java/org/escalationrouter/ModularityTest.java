package org.escalationrouter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.escalationrouter.cases.CaseReadModel;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.NewCase;
import org.escalationrouter.directory.AddressHealth;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.sla.BusinessCalendar;
import org.escalationrouter.sla.EscalationChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package boundaries, kept by the build: feature packages form no cycle, the leaf features
 * (what a letter says, what a bounce means, the case record, the SLA clock, trust in a reply, the
 * audit trail, mail as text, repeating jobs, the judge's vocabulary, the problems in admin files)
 * use no other feature (the case record only the judge's vocabulary, {@code facts}, which it keeps
 * typed), and every package says in its package-info what it is for. Three leaves may be used by
 * every package, leaves included: the audit trail, because recording who did what is everyone's
 * duty, mail as text ({@code mime}), which parse and bounce both read HTML through, and repeating
 * jobs ({@code jobs}), the thread the SLA clock and retention each run on. The directory alone
 * answers "who receives this instead?": it builds on the SLA clock and the admin files' problems,
 * never on the rules, and the features that ask it (the rules, deadlines, fail-over) never have to
 * be asked back.
 */
class ModularityTest {

  private static final String ROOT = "org.escalationrouter";

  /** Used by every feature, leaves included: the audit trail, mail as text, repeating jobs. */
  private static final List<String> SHARED = List.of("audit", "mime", "jobs");

  /**
   * The leaves that build on another leaf: the case record keeps the judge's verdict in the judge's
   * own types ({@code facts}: severity and signals), not as their wire names.
   */
  private static final Map<String, List<String>> BELOW = Map.of("cases", List.of("facts"));

  private static final String DIRECTORY = ROOT + ".directory..";

  /** What the directory may build on; everything else in the project builds on it. */
  private static final List<String> BELOW_DIRECTORY =
      List.of("directory", "adminfiles", "sla", "audit", "mime", "jobs");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void featurePackagesFormNoCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "parse",
        "bounce",
        "cases",
        "sla",
        "trust",
        "audit",
        "mime",
        "jobs",
        "facts",
        "adminfiles"
      })
  void leafFeaturesUseNoOtherFeature(String leaf) {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "." + leaf + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(otherFeatures(leaf, BELOW.getOrDefault(leaf, List.of())))
        .because(leaf + " is a leaf: the rest of the flow builds on it, never the other way")
        .check(CLASSES);
  }

  private static final String BOUNCE = ROOT + ".bounce";

  /**
   * The bounce tree builds downward: the classifier ({@code bounce}) reads notices through {@code
   * bounce.format} and names reasons through {@code bounce.reason}; a reader never asks the
   * classifier, and a reason table reads no notice.
   */
  @Test
  void theBounceTreeBuildsDownwardFromClassifierToReadersToReasonTables() {
    noClasses()
        .that()
        .resideInAPackage(BOUNCE + ".reason..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BOUNCE, BOUNCE + ".format..")
        .because("the reason tables name reasons from words and codes, whoever read them")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage(BOUNCE + ".format..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BOUNCE)
        .because("a notice's reader says what the notice reports; bounce decides what it means")
        .check(CLASSES);
  }

  @Test
  void theCaseRecordKeepsSeverityAndSignalsAsTheirTypesNotTheirWireNames() {
    DescribedPredicate<JavaClass> caseRecord =
        belongToAnyOf(EscalationCase.class, NewCase.class, CaseReadModel.Listed.class);
    fields()
        .that()
        .areDeclaredInClassesThat(caseRecord)
        .and()
        .haveName("severity")
        .should()
        .haveRawType(Severity.class)
        .because("the wire name is how a severity is stored and shown, not how a case holds it")
        .check(CLASSES);
    fields()
        .that()
        .areDeclaredInClassesThat(caseRecord)
        .and()
        .haveName("signals")
        .should()
        .haveRawType(Set.class)
        .because("a case's signals are a Set<Signal>; the comma-joined wire names are storage")
        .check(CLASSES);
  }

  @Test
  void theDirectoryUsesNoneOfTheFeaturesThatAskIt() {
    noClasses()
        .that()
        .resideInAPackage(DIRECTORY)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(featuresExcept(BELOW_DIRECTORY))
        .because("deadlines, SLA and fail-over ask the directory who receives; it asks nobody back")
        .check(CLASSES);
  }

  @Test
  void onlyTheDirectoryDecidesWhoStandsIn() {
    noClasses()
        .that()
        .resideOutsideOfPackage(DIRECTORY)
        .should()
        .callMethod(AddressHealth.class, "isFailing", String.class)
        .orShould()
        .callMethod(BusinessCalendar.class, "isOutOfOffice", Instant.class)
        .because("who receives instead has one answer: Recipients in the directory")
        .check(CLASSES);
    classes()
        .that()
        .implement(EscalationChain.class)
        .should()
        .resideInAPackage(DIRECTORY)
        .because("the SLA chain asks the directory who receives each reminder and breach")
        .check(CLASSES);
  }

  @Test
  void oneStepDecidesWhichCaseAMessageIsAbout() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(ROOT + ".pipeline.Correlation")
        .should()
        .callMethod(Outbox.class, "caseOfMessage", List.class)
        .orShould()
        .callMethod(Outbox.class, "sent", String.class)
        .orShould()
        .callMethod(CaseStore.class, "findByThread", List.class)
        .because("pipeline.Correlation alone matches messages to cases, first in their turn")
        .check(CLASSES);
  }

  @Test
  void onlyNewLettersAreRouted() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(ROOT + ".pipeline.NewCases")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".pipeline.CaseAssessor")
        .should()
        .callMethod(
            ROOT + ".pipeline.CaseAssessor",
            "route",
            String.class.getName(),
            ROOT + ".pipeline.Reading")
        .because("replies and follow-ups join their case; only a new letter asks the rules")
        .check(CLASSES);
  }

  @Test
  void theWebLayerReadsThroughTheFeaturesReadModels() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "java.lang.reflect..")
        .because(
            "pages and the API read the features' tables through their read models"
                + " (cases.CaseReadModel, escalate.OutboxFigures, pipeline.IntakeFigures),"
                + " so the schema is no undeclared API")
        .check(CLASSES);
  }

  @Test
  void rawMailIsReadInOnePlace() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".mime..")
        .and()
        .areNotAssignableTo(MimeMessage.class) // a subclass's super(...), e.g. our own sent mail
        .should()
        .callConstructor(MimeMessage.class, Session.class, InputStream.class)
        .orShould()
        .callConstructor(MimeMessage.class, Session.class)
        .because("raw mail becomes a MimeMessage through mime.MimeMessages")
        .check(CLASSES);
  }

  @Test
  void onlyTheMimeLeafWalksParts() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".mime..")
        .should()
        .callMethodWhere(partCall("getContent", Part.class))
        .orShould()
        .callMethodWhere(partCall("getBodyPart", Multipart.class))
        .orShould()
        .callMethodWhere(partCall("getFileName", Part.class))
        .because(
            "a message's parts are walked, and their names decoded, once: by mime.MimeTree,"
                + " whose MimePart every feature reads")
        .check(CLASSES);
  }

  /** A call of {@code method} on Jakarta Mail's {@code owner} type or any type below it. */
  private static DescribedPredicate<JavaCall<?>> partCall(String method, Class<?> owner) {
    return JavaCall.Predicates.target(HasName.Predicates.name(method))
        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(assignableTo(owner))));
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    Path sources = Path.of("src/main/java", ROOT.split("\\."));
    try (Stream<Path> dirs = Files.walk(sources)) {
      List<String> without =
          dirs.filter(Files::isDirectory)
              .filter(d -> !d.equals(sources))
              .filter(d -> !Files.isRegularFile(d.resolve("package-info.java")))
              .map(d -> sources.relativize(d).toString().replace('/', '.'))
              .sorted()
              .toList();
      assertThat(without).as("packages without a package-info.java").isEmpty();
    }
  }

  private static String[] otherFeatures(String leaf, List<String> below) {
    List<String> allowed = new java.util.ArrayList<>(SHARED);
    allowed.add(leaf);
    allowed.addAll(below);
    return featuresExcept(allowed);
  }

  private static String[] featuresExcept(List<String> allowed) {
    try (Stream<Path> dirs = Files.list(Path.of("src/main/java", ROOT.split("\\.")))) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(name -> !allowed.contains(name))
          .map(name -> ROOT + "." + name + "..")
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
