/** Implementation details: the Immutables style and helpers. Not API; may change at any time. */
@NullMarked
@CheckReturnValue
package dev.disputemodel.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
