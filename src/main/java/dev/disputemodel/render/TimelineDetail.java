package dev.disputemodel.render;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import java.util.List;
import java.util.function.Function;

/**
 * Which parts are drawn in detail. Each step, in order, summarizes one part: claims, events,
 * roles, ceasefire accounts, ceasefires, episodes; a step that saves no row is not taken.
 */
final class TimelineDetail {
  static final int STEPS = 6;
  boolean claims = true;
  boolean events = true;
  boolean roles = true;
  boolean accounts = true;
  boolean ceasefires = true;
  boolean conflicts = true;
  final int maxRows;

  TimelineDetail(int maxRows) {
    this.maxRows = maxRows;
  }

  /** Summarizes the part of {@code step}, or draws it in detail again when {@code summarize} is false. */
  void coarsen(int step, boolean summarize) {
    switch (step) {
      case 0 -> claims = !summarize;
      case 1 -> events = !summarize;
      case 2 -> roles = !summarize;
      case 3 -> accounts = !summarize;
      case 4 -> ceasefires = !summarize;
      default -> conflicts = !summarize;
    }
  }

  /** Returns the rows a summarized part may take: a share {@code 1/parts} of the budget, at least 2. */
  int limit(int parts) {
    return Math.max(2, maxRows / parts);
  }

  int rows(TimelineCeasefires t, Function<Claim, EntityId> speaker, List<Conflict> conflicts, List<Event> events, List<Ceasefire> ceasefires,
      List<Mediator> roles, List<Claim> claims) {
    int n = this.conflicts ? conflicts.size() : Math.min(conflicts.size(), limit(6));
    n += this.events ? events.size() : Math.min(groups(events, e -> e.kind()), limit(5));
    n += this.roles ? roles.size() : Math.min(groups(roles, m -> m.role()), limit(6));
    if (this.ceasefires) {
      n += ceasefires.size();
      if (accounts) {
        for (Ceasefire c : ceasefires) {
          TimelineCeasefires.Accounts a = t.account(c);
          n += a.byAccount.size() + (a.byAccount.containsKey("violated") || a.violations.isEmpty() ? 0 : 1);
        }
      }
    } else {
      n += Math.min(2, ceasefires.size());
    }
    n += this.claims ? claims.size() : Math.min(groups(claims, speaker::apply), limit(4));
    return n;
  }

  private static <T> int groups(List<T> items, Function<T, Object> key) {
    return (int) items.stream().map(key).distinct().count();
  }
}
