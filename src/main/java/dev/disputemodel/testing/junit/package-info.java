/**
 * The test kit's JUnit 5 integration: a property is one {@link
 * dev.disputemodel.testing.junit.PropertyTest @PropertyTest} method whose parameters are
 * generated, by type or by a named generator ({@link dev.disputemodel.testing.junit.ForAll}).
 *
 * <p>Needs {@code junit-jupiter-api} on the test classpath; the library itself and the package
 * {@code dev.disputemodel.testing} never use JUnit.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.testing.junit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
