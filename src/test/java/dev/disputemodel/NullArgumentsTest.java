package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Report;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.json.JsonFormat;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.testing.BulkModels;
import dev.disputemodel.text.ModelAccount;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A null argument to any public factory or constructor of the library's API (every exported
 * package but the test kit's) throws a {@link NullPointerException} whose message is the
 * parameter's name, never a bare one nor the JVM's own (which compiled code may drop): every
 * public static method and constructor whose parameters this test can fill is called once per
 * reference parameter with that parameter null. Calls that fail with valid arguments are skipped
 * (they say nothing about nulls).
 */
class NullArgumentsTest {
  private static final Map<Class<?>, Object> SAMPLES = samples();
  /**
   * The packages whose public types are the library's API, the test kit's aside: those the module
   * exports, or, when the tests run on the class path (as under PIT), every package but
   * {@code internal}, the one it does not export.
   */
  private static final Set<String> API = api();
  /**
   * The message of a null rejected by name: the parameter's or attribute's name alone. The JVM's
   * own message ("Cannot invoke ... because "x" is null") does not count: compiled code that
   * throws without a stack trace drops it, which once made this test fail in CI.
   */
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  /** Methods documented to accept a null: the offending value of a violation may be null. */
  private static final Set<String> ACCEPTS_NULL = Set.of(
      "public static dev.disputemodel.InvalidValueException$Violation"
          + " dev.disputemodel.InvalidValueException$Violation.of(java.lang.String,java.lang.String,"
          + "java.lang.Object,java.lang.String)");

  @Test
  void everyNullArgumentIsNamed() {
    List<String> bare = new ArrayList<>();
    int probed = 0;
    for (Executable e : publicFactories()) {
      Object[] args = arguments(e, SAMPLES);
      if (args == null || call(e, null, args) != null || ACCEPTS_NULL.contains(e.toString())) {
        continue;
      }
      probed += probeEachNull(e, null, args, bare);
    }
    assertTrue(probed > 100, "too few calls probed: " + probed);
    assertEquals(List.of(), bare, "null arguments not rejected by name");
  }

  /**
   * The same of every public method of the entry points a user starts from (a model, its index,
   * queries, the checker, the JSON format, the text account) whose parameters this test can
   * fill, {@code equals} aside (it takes null by contract) and the {@code with*} copies Immutables
   * writes.
   */
  @Test
  void everyNullArgumentToAnEntryPointsMethodIsNamed(@TempDir Path dir) {
    DisputeModel model = BulkModels.generate(3, 40);
    ModelIndex index = ModelIndex.of(model);
    Map<Class<?>, Object> samples = entryPointSamples(model, index, dir.resolve("model.json"));
    List<Object> entryPoints = List.of(model, index, ModelQueries.over(model), Checker.standard(),
        JsonFormat.standard(), ModelAccount.of(model));
    List<String> bare = new ArrayList<>();
    int probed = 0;
    for (Object receiver : entryPoints) {
      for (Method m : receiver.getClass().getMethods()) {
        Object[] args = arguments(m, samples);
        if (Modifier.isStatic(m.getModifiers()) || m.getName().equals("equals") || generated(m)
            || m.getParameterCount() == 0 || args == null || call(m, receiver, args) != null) {
          continue;
        }
        probed += probeEachNull(m, receiver, args, bare);
      }
    }
    assertTrue(probed > 50, "too few calls probed: " + probed);
    assertEquals(List.of(), bare, "null arguments not rejected by name");
  }

  @Test
  void anIdOfNullNamesItsValue() {
    NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> PartyId.of(null));
    assertEquals("value", e.getMessage());
  }

  private static Set<String> api() {
    ModuleDescriptor module = DisputeModel.class.getModule().getDescriptor();
    Stream<String> packages = module != null
        ? module.exports().stream().map(ModuleDescriptor.Exports::source)
        : new ClassFileImporter().importPackages("dev.disputemodel").stream()
            .map(JavaClass::getPackageName) // .bench: the benchmarks, when built beside
            .filter(p -> !p.endsWith(".internal") && !p.endsWith(".bench"));
    return packages.filter(p -> !p.startsWith("dev.disputemodel.testing"))
        .collect(Collectors.toSet());
  }

  private static List<Executable> publicFactories() {
    List<Executable> found = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (JavaClass jc : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.disputemodel")) {
      String pkg = jc.getPackageName();
      if (!API.contains(pkg)
          || jc.getSimpleName().startsWith("Immutable") || !jc.getModifiers().contains(
              com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          || !seen.add(jc.getName())) {
        continue;
      }
      Class<?> c = jc.reflect();
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() > 0 && !m.isSynthetic()) {
          found.add(m);
        }
      }
      if (!Modifier.isAbstract(c.getModifiers()) && !Throwable.class.isAssignableFrom(c)) {
        for (Constructor<?> k : c.getConstructors()) {
          if (k.getParameterCount() > 0) {
            found.add(k);
          }
        }
      }
    }
    return found;
  }

  /** Returns {@link #SAMPLES} and samples of what the entry points' methods take. */
  private static Map<Class<?>, Object> entryPointSamples(
      DisputeModel model, ModelIndex index, Path file) {
    Map<Class<?>, Object> samples = new HashMap<>(SAMPLES);
    String json = JsonFormat.standard().write(model);
    Claim claim = model.claims().get(0);
    samples.put(DisputeModel.class, model);
    samples.put(ModelIndex.class, index);
    samples.put(Path.class, file);
    samples.put(Claim.class, claim);
    samples.put(PropositionKey.class, claim.propositions().get(0).key());
    samples.put(Iterable.class, List.of());
    samples.put(Collection.class, List.of());
    samples.put(When.class, When.anyTime());
    samples.put(Report.class, Checker.standard().check(model));
    samples.put(Writer.class, new StringWriter());
    samples.put(Reader.class, new StringReader(json));
    samples.put(OutputStream.class, new ByteArrayOutputStream());
    samples.put(InputStream.class,
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    return samples;
  }

  /**
   * Calls {@code e} once per reference parameter with {@code args} but that parameter null, and
   * adds to {@code bare} each call that does not throw a null pointer exception with a name.
   *
   * @return the number of calls made
   */
  private static int probeEachNull(Executable e, Object receiver, Object[] args, List<String> bare) {
    int calls = 0;
    for (int i = 0; i < args.length; i++) {
      if (e.getParameterTypes()[i].isPrimitive()) {
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      calls++;
      Throwable thrown = call(e, receiver, withNull);
      if (!isNamed(thrown)) {
        bare.add(e + " argument " + i + ": " + thrown);
      }
    }
    return calls;
  }

  /**
   * Returns true if Immutables wrote {@code m}, as the model's {@code with*} copies: their null
   * checks are Immutables' own, and are not probed.
   */
  private static boolean generated(Method m) {
    return m.getDeclaringClass().getSimpleName().startsWith("Immutable");
  }

  /** Returns true if {@code thrown} is a null pointer exception whose message is a name. */
  private static boolean isNamed(Throwable thrown) {
    return thrown instanceof NullPointerException && thrown.getMessage() != null
        && NAME.matcher(thrown.getMessage()).matches();
  }

  /** Returns a sample of each parameter's type, or null if one has none. */
  private static Object[] arguments(Executable e, Map<Class<?>, Object> samples) {
    Class<?>[] types = e.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Object sample = types[i].isEnum() ? types[i].getEnumConstants()[0] : samples.get(types[i]);
      if (sample == null) {
        return null;
      }
      args[i] = sample;
    }
    return args;
  }

  /** Returns what the call threw, or null if it returned; {@code receiver} is null for statics. */
  private static Throwable call(Executable e, Object receiver, Object[] args) {
    try {
      if (e instanceof Method m) {
        m.invoke(receiver, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
      return null;
    } catch (InvocationTargetException x) {
      return x.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException x) {
      return x;
    }
  }

  private static Map<Class<?>, Object> samples() {
    return Map.ofEntries(
        Map.entry(int.class, 1),
        Map.entry(long.class, 1L),
        Map.entry(boolean.class, true),
        Map.entry(String.class, "X1"),
        Map.entry(CharSequence.class, "X1"),
        Map.entry(Object.class, "X1"),
        Map.entry(PartyId.class, PartyId.of("P1")),
        Map.entry(TerritoryId.class, TerritoryId.of("T1")),
        Map.entry(ClaimId.class, ClaimId.of("K1")),
        Map.entry(ConflictId.class, ConflictId.of("C1")),
        Map.entry(SourceId.class, SourceId.of("S1")),
        Map.entry(EventId.class, EventId.of("E1")),
        Map.entry(RelationId.class, RelationId.of("R1")),
        Map.entry(MediatorId.class, MediatorId.of("M1")),
        Map.entry(CeasefireId.class, CeasefireId.of("F1")),
        Map.entry(AgreementId.class, AgreementId.of("A1")),
        Map.entry(RulingId.class, RulingId.of("U1")),
        Map.entry(AccordId.class, CeasefireId.of("F1")),
        Map.entry(EntityId.class, PartyId.of("P1")),
        Map.entry(Optional.class, Optional.empty()),
        Map.entry(OptionalLong.class, OptionalLong.empty()),
        Map.entry(OptionalInt.class, OptionalInt.empty()),
        Map.entry(List.class, List.of()),
        Map.entry(Set.class, Set.of()),
        Map.entry(Map.class, Map.of()),
        Map.entry(LocalDate.class, LocalDate.of(2020, 9, 27)),
        Map.entry(java.time.LocalDateTime.class, java.time.LocalDateTime.of(2020, 9, 27, 6, 0)),
        Map.entry(java.time.YearMonth.class, java.time.YearMonth.of(2020, 9)),
        Map.entry(java.time.Year.class, java.time.Year.of(2020)),
        Map.entry(FuzzyTime.class, FuzzyTime.inYear(java.time.Year.of(2020))),
        Map.entry(FuzzyPeriod.class, FuzzyPeriod.of(FuzzyTime.inYear(java.time.Year.of(2020)), FuzzyTime.inYear(java.time.Year.of(2021)))),
        Map.entry(Estimate.class, Estimate.exact(3)));
  }
}
