package dev.disputemodel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The arrows between the library's packages, read from the compiled classes: everything points
 * down to the domain ({@code dev.disputemodel}) and uncertain time ({@code .time}); the index
 * ({@code .index}) lies below both the query module and the checker, which never use each other;
 * the JSON format, the importers (UCDP, Correlates of War) and the test kit build on the domain
 * only (the JSON format may write the checker's reports; the importers share their import report,
 * {@code .imports}); pictures ({@code .render}) sit on top of the queries and
 * nothing uses them. {@code .internal} (style and helpers) may be used anywhere.
 * Each rule lists the project packages a layer may use; libraries are not restricted here.
 */
@AnalyzeClasses(
    packages = "dev.disputemodel",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
  private static final String DOMAIN = "dev.disputemodel";
  private static final String TIME = "dev.disputemodel.time..";
  private static final String INTERNAL = "dev.disputemodel.internal..";
  private static final String INDEX = "dev.disputemodel.index..";
  private static final String IMPORTS = "dev.disputemodel.imports..";

  @ArchTest
  static final ArchRule domainUsesTimeOnly =
      layer(DOMAIN, "the domain is the bottom: it may use uncertain time and nothing above it",
          DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule timeUsesTheDomainOnly =
      layer(TIME, "uncertain time may use the domain's exceptions, nothing above them",
          TIME, DOMAIN, INTERNAL);

  @ArchTest
  static final ArchRule internalUsesTheDomainOnly =
      layer(INTERNAL, "helpers serve every package and may use only the bottom",
          INTERNAL, DOMAIN, TIME);

  @ArchTest
  static final ArchRule indexUsesTheDomainOnly =
      layer(INDEX, "the shared index lies below the query module and the checker",
          INDEX, DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule queryUsesTheIndexNotTheChecker =
      layer("dev.disputemodel.query..", "queries share the index with the checker, not the checker",
          "dev.disputemodel.query..", INDEX, DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule checkUsesTheIndexNotTheQueries =
      layer("dev.disputemodel.check..", "the checker shares the index with the queries, not the queries",
          "dev.disputemodel.check..", INDEX, DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule textUsesTheQueriesAndTheChecker =
      layer("dev.disputemodel.text..", "the readable account is built over the queries and the checker",
          "dev.disputemodel.text..", "dev.disputemodel.query..", "dev.disputemodel.check..", INDEX,
          DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule jsonUsesTheDomain =
      layer("dev.disputemodel.json..", "the JSON format maps the domain (and writes reports)",
          "dev.disputemodel.json..", "dev.disputemodel.check..", DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule importsUseTheDomainOnly =
      layer(IMPORTS, "what the importers share lies just above the domain",
          IMPORTS, DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule ucdpUsesTheDomain =
      layer("dev.disputemodel.ucdp..", "an importer builds the domain only (and reports its rows)",
          "dev.disputemodel.ucdp..", IMPORTS, DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule cowUsesTheDomain =
      layer("dev.disputemodel.cow..", "an importer builds the domain only (and reports its rows)",
          "dev.disputemodel.cow..", IMPORTS, DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule testKitUsesTheDomain =
      layer("dev.disputemodel.testing..", "the test kit generates the domain only",
          "dev.disputemodel.testing..", DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule renderDrawsWhatTheQueriesAnswer =
      layer("dev.disputemodel.render..", "pictures are drawn from the queries, over the index and the domain",
          "dev.disputemodel.render..", "dev.disputemodel.query..", INDEX, DOMAIN, TIME, INTERNAL);

  @ArchTest
  static final ArchRule nothingBelowImportsRender =
      // The benchmarks (dev.disputemodel.bench, built by the bench profile beside the library's
      // classes) are not part of the library and may draw.
      noClasses().that().resideOutsideOfPackages("dev.disputemodel.render..", "dev.disputemodel.bench..")
          .should().dependOnClassesThat().resideInAPackage("dev.disputemodel.render..")
          .because("pictures sit on top: no package draws on them");

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("dev.disputemodel.(*)..").should().beFreeOfCycles();

  /** Returns the rule that classes in {@code layer} use no project package but {@code allowed}. */
  private static ArchRule layer(String layer, String why, String... allowed) {
    return noClasses().that().resideInAPackage(layer)
        .should().dependOnClassesThat(inProjectOutside(List.of(allowed)))
        .because(why);
  }

  private static DescribedPredicate<JavaClass> inProjectOutside(List<String> allowed) {
    List<PackageMatcher> matchers = allowed.stream().map(PackageMatcher::of).toList();
    return DescribedPredicate.describe("are in dev.disputemodel outside " + allowed, c -> {
      String p = c.getPackageName();
      boolean project = p.equals(DOMAIN) || p.startsWith(DOMAIN + ".");
      return project && matchers.stream().noneMatch(m -> m.matches(p));
    });
  }
}
