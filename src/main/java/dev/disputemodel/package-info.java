/**
 * The dispute model: {@link dev.disputemodel.Party parties} and their
 * {@link dev.disputemodel.PartyRelation relations}, {@link dev.disputemodel.Territory
 * territories}, {@link dev.disputemodel.Conflict conflicts} with their episodes and
 * {@link dev.disputemodel.Event events}, {@link dev.disputemodel.Ceasefire ceasefires},
 * {@link dev.disputemodel.Mediator mediators}, {@link dev.disputemodel.Claim claims} with typed
 * {@link dev.disputemodel.Proposition propositions}, and the {@link dev.disputemodel.Source
 * sources} that report them, gathered in an immutable {@link dev.disputemodel.DisputeModel}.
 *
 * <p>Every type is an immutable, thread-safe value. Entities are built with builders
 * ({@code Party.builder()...build()}) and copied with {@code with*} methods; they refer to each
 * other by typed ids ({@link dev.disputemodel.PartyId}, ...), which the model resolves.
 *
 * <p>Each builder ({@link dev.disputemodel.Party.Builder}, ...) has one setter per attribute,
 * {@code add*} methods for list attributes and {@code from(value)} to start from an existing value.
 * Its {@code build()} throws {@link dev.disputemodel.MissingAttributeException} naming every
 * required attribute not set, {@link dev.disputemodel.InvalidValueException} naming every
 * invariant of the type that is broken (not only the first), or (for {@link dev.disputemodel.DisputeModel} only) {@link
 * dev.disputemodel.InvalidModelException} if the parts do not fit together; it never returns a
 * half-built value. Builders are mutable and not thread-safe: use one where it is created.
 *
 * <p>No method accepts or returns {@code null}: null arguments throw
 * {@link java.lang.NullPointerException} whose message names the parameter; absent values are {@link java.util.Optional#empty()}
 * or empty collections. Invalid values throw a {@link dev.disputemodel.DisputeModelException}
 * naming the field and the value, and nothing half-built is ever returned.
 */
@NullMarked
@CheckReturnValue
@DisputeStyle
package dev.disputemodel;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.disputemodel.internal.DisputeStyle;
import org.jspecify.annotations.NullMarked;
