package dev.disputemodel.example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.MissingDependencyException;
import dev.disputemodel.json.JsonFormat;
import dev.disputemodel.testing.junit.PropertyTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs on the module path: this class is patched into the module
 * {@code dev.disputemodel.example.modular}, which reads the library's module
 * {@code dev.disputemodel}.
 */
class ModularUseTest {
  private static final Module LIBRARY = DisputeModel.class.getModule();

  @Test
  void bothAreNamedModules() {
    assertTrue(ModularUseTest.class.getModule().isNamed(), "the test runs on the module path");
    assertEquals("dev.disputemodel", LIBRARY.getName());
    assertTrue(ModularUseTest.class.getModule().canRead(LIBRARY));
  }

  @Test
  void theApiPackagesAreExportedAndInternalIsNot() {
    for (String api : List.of("dev.disputemodel", "dev.disputemodel.time",
        "dev.disputemodel.index", "dev.disputemodel.query", "dev.disputemodel.check",
        "dev.disputemodel.json", "dev.disputemodel.ucdp", "dev.disputemodel.testing",
        "dev.disputemodel.testing.junit")) {
      assertTrue(LIBRARY.isExported(api), api);
    }
    assertTrue(LIBRARY.getPackages().contains("dev.disputemodel.internal"));
    assertFalse(LIBRARY.isExported("dev.disputemodel.internal"));
  }

  @Test
  void theModelIsBuiltAndChecked() {
    DisputeModel model = ModularUse.model();
    assertEquals(List.of("Armenia", "Azerbaijan"), ModularUse.partyNames(model));
    assertTrue(ModularUse.check(model).isEmpty(), ModularUse.check(model).toText());
  }

  @Test
  void jsonWithoutJacksonNamesTheMissingDependency() {
    MissingDependencyException e = assertThrows(MissingDependencyException.class,
        JsonFormat::standard);
    assertEquals("com.fasterxml.jackson.core:jackson-databind", e.coordinates());
    assertEquals("com.fasterxml.jackson.databind", e.moduleName());
    assertTrue(e.getMessage().contains("requires com.fasterxml.jackson.databind;"),
        e.getMessage());
  }

  /** The test kit's JUnit integration, on the module path. */
  @PropertyTest(tries = 20)
  void aModelRebuiltFromItselfIsEqual(DisputeModel model) {
    assertEquals(model, DisputeModel.builder().from(model).build());
  }
}
