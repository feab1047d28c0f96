/**
 * A test kit for property-based testing over dispute models: {@link dev.disputemodel.testing.Gen
 * generators} of every domain value and of whole, consistent {@link dev.disputemodel.DisputeModel}s
 * ({@link dev.disputemodel.testing.Generators}, {@link dev.disputemodel.testing.ModelConfig}), a
 * framework-neutral {@link dev.disputemodel.testing.Property runner} that shrinks counterexamples
 * and replays seeds, and a {@link dev.disputemodel.testing.BulkModels bulk generator} for
 * benchmark-scale models.
 *
 * <p>Generators draw every random decision from {@link dev.disputemodel.testing.Choices}; a value
 * is shrunk by simplifying the recorded decisions and generating again, so a shrunk value is
 * always built by the same generator and stays valid by construction.
 *
 * <p>This package depends on nothing but the core and Guava. Its JUnit 5 integration lives in
 * {@code dev.disputemodel.testing.junit}. No method accepts or returns {@code null}.
 */
@NullMarked
@CheckReturnValue
@DisputeStyle
package dev.disputemodel.testing;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.disputemodel.internal.DisputeStyle;
import org.jspecify.annotations.NullMarked;
