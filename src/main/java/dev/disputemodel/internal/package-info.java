/** Implementation details: the Immutables style and helpers. Not API; may change at any time. */
package dev.disputemodel.internal;
