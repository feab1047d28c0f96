package dev.disputemodel.testing;

import dev.disputemodel.Source;
import dev.disputemodel.SourceKind;
import java.util.List;

/** Plans the sources: of every kind, published (if at all) after every claim they could report. */
final class SourcePlanner {
  private static final List<SourceKind> KINDS = List.of(SourceKind.values());

  private final ModelDraft d;
  private final Choices c;

  SourcePlanner(ModelDraft draft) {
    this.d = draft;
    this.c = draft.c;
  }

  /** Plans {@code n} sources. */
  void plan(Choices.Length n) {
    c.each(n, this::source);
  }

  private void source(int i) {
    SourceKind kind = c.pick(KINDS);
    Source.Builder b = Source.builder().id(d.sources.id(i)).kind(kind).title("Source " + (i + 1));
    if (c.nextBoolean(0.7)) {
      b.publisher("Publisher " + (1 + c.nextInt(5)));
    }
    if (c.nextBoolean(0.8)) {
      Times.within(c, d.time.publicationStart, d.time.end, d.precision()).ifPresent(b::published);
    }
    if ((kind == SourceKind.DATASET_RELEASE || kind == SourceKind.RESEARCH) && c.nextBoolean(0.5)) {
      b.citation("Citation of source " + (i + 1));
    }
    d.sources.add(b.build());
  }
}
