package dev.disputemodel.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test method as a property: it runs once per try with freshly generated
 * arguments, and on failure reports the seed and the shrunk arguments
 * ({@link dev.disputemodel.testing.PropertyFailure}).
 *
 * <pre>{@code
 * @PropertyTest
 * void roundTrips(DisputeModel model) {
 *   assertEquals(model, DisputeModel.builder().from(model).build());
 * }
 * }</pre>
 *
 * <p>Each parameter gets the kit's default generator for its type
 * ({@link dev.disputemodel.testing.Generators#forType}), or the one named by {@link ForAll}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(PropertyExtension.class)
public @interface PropertyTest {
  /** Returns the number of tries; 0 (the default) means the system property or 100. */
  int tries() default 0;

  /** Returns the seed as text, to replay a failure; empty (the default) means a fresh seed. */
  String seed() default "";

  /** Returns the size given to generators. */
  int size() default 30;
}
