package dev.disputemodel.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the generator of a {@link PropertyTest} parameter: a method without parameters or a field
 * of the test class (static or not) whose value is a {@link dev.disputemodel.testing.Gen} of the
 * parameter's type.
 *
 * <pre>{@code
 * static Gen<DisputeModel> contested() {
 *   return Generators.models(ModelConfig.builder().contestedShare(1).build());
 * }
 *
 * @PropertyTest
 * void someProperty(@ForAll("contested") DisputeModel model) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ForAll {
  /** Returns the name of the method or field that gives the generator. */
  String value();
}
