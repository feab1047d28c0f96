/**
 * Pictures of a dispute, as text: a {@link dev.disputemodel.render.TimelinePicture timeline} of a
 * conflict or a territory, the {@link dev.disputemodel.render.AlignmentPicture alignments} of its
 * parties on a date, and the {@link dev.disputemodel.render.TerritoryPicture status} of territories
 * over time (sovereign per observer, controller, population). Each is written as SVG and as
 * Mermaid; the alignments also as Graphviz DOT.
 *
 * <p>Pictures are read from {@link dev.disputemodel.query.ModelQueries}, so they show what the
 * queries answer and nothing else. Contested facts are drawn as such: uncertain times as
 * gradients or whiskers from their earliest to their latest moment, ongoing periods with an open
 * end, a ceasefire split into the accounts of who says it holds and who says it was violated, a
 * hedged or claimed relation drawn apart from a fact. Every picture has a title, a legend,
 * accessible text ({@code <title>} and {@code <desc>} in SVG, {@code accTitle} and
 * {@code accDescr} in Mermaid), names rather than ids, and stays legible when the model is large:
 * beyond the limits of its {@link dev.disputemodel.render.RenderOptions} it aggregates or pages,
 * and says so in the picture.
 *
 * <p>Output is deterministic: the same model and options give the same bytes. Text is escaped for
 * its format (XML for SVG, quoted strings for DOT and Mermaid). No dependency beyond the library's
 * own: SVG, Mermaid and DOT are written as text.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}: null
 * arguments throw {@link java.lang.NullPointerException}; an id that names no entity of the model
 * throws {@link dev.disputemodel.InvalidValueException} naming the argument and the id. See
 * {@code docs/pictures.md} for each picture with the code that makes it.
 */
@NullMarked
@CheckReturnValue
@DisputeStyle
package dev.disputemodel.render;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.disputemodel.internal.DisputeStyle;
import org.jspecify.annotations.NullMarked;
