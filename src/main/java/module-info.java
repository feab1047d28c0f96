/**
 * dispute-model: a typed, immutable model of territorial and armed disputes in which contested
 * facts are first-class, with queries, a consistency checker, a JSON format, UCDP importers and a
 * property-testing kit.
 *
 * <p>The one runtime dependency is Guava, required transitively because its immutable
 * collections appear in the API. Everything else is optional and read only when present:
 * Jackson for {@link dev.disputemodel.json} (a modular application adds {@code requires
 * com.fasterxml.jackson.databind;}), JUnit Jupiter for {@link dev.disputemodel.testing.junit},
 * and the annotations used at compile time (Immutables, JSpecify, Error Prone). The package
 * {@code dev.disputemodel.internal} is not exported.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations: a stable Automatic-Module-Name
module dev.disputemodel {
  requires transitive com.google.common;

  // Annotations read at compile time only. Immutables' annotations (class retention) stay in the
  // class files of the value types; no consumer needs them, at compile time or at run time.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  // Optional integrations, read only when the application adds them. JUnit's types appear in the
  // signatures of dev.disputemodel.testing.junit, which only a JUnit user calls; Jackson's appear
  // in no signature. Not transitive: a consumer module would then need them to compile.
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static org.junit.jupiter.api;

  exports dev.disputemodel;
  exports dev.disputemodel.time;
  exports dev.disputemodel.index;
  exports dev.disputemodel.query;
  exports dev.disputemodel.render;
  exports dev.disputemodel.check;
  exports dev.disputemodel.text;
  exports dev.disputemodel.json;
  exports dev.disputemodel.imports;
  exports dev.disputemodel.ucdp;
  exports dev.disputemodel.cow;
  exports dev.disputemodel.testing;
  exports dev.disputemodel.testing.junit;
}
