package dev.disputemodel.ucdp;

import com.google.common.collect.Multiset;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModelException;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds one ACD conflict and its episodes from the conflict's years: a conflict {@code ucdp-N}
 * with no period, and a child conflict {@code ucdp-N-YYYY} per episode, with sides collected
 * from every year, troop supporters per run of years, intensity per year and the covering type.
 * Stateless apart from the territory names it is given.
 */
final class ConflictAssembler {
  private final Function<TerritoryId, String> territoryNames;

  /** Returns an assembler that names conflicts after territories through {@code names}. */
  ConflictAssembler(Function<TerritoryId, String> territoryNames) {
    this.territoryNames = territoryNames;
  }

  /**
   * Returns the conflict with ACD id {@code id}, then its episodes in year order.
   *
   * @param years the conflict's years, sorted by year; not empty
   * @param notes collects what the report counts
   * @throws DisputeModelException if the years do not make a valid conflict
   */
  List<Conflict> assemble(String id, List<ConflictYear> years, Multiset<String> notes) {
    ConflictId cid = ConflictId.of("ucdp-" + id);
    ConflictYear first = years.get(0);
    ConflictYear last = years.get(years.size() - 1);
    String name = first.location() + ": " + last.territory().map(territoryNames)
        .orElse(last.incompatibility() == Incompatibility.GOVERNMENT ? "government" : "territory");
    List<Conflict> children = new ArrayList<>();
    for (List<ConflictYear> ep : episodes(years, notes)) {
      ConflictYear e0 = ep.get(0);
      ConflictYear en = ep.get(ep.size() - 1);
      ConflictId eid = ConflictId.of(cid.value() + "-" + e0.year());
      FuzzyPeriod period = en.episodeEnd()
          .map(end -> FuzzyPeriod.of(e0.episodeStart(), end))
          .orElseGet(() -> FuzzyPeriod.since(e0.episodeStart()));
      children.add(build(eid, name + ", episode from " + e0.year(), Optional.of(cid), ep,
          Optional.of(period)));
    }
    // The conflict (the incompatibility) has no period: UCDP dates only its active episodes,
    // and agreements are signed when fighting has stopped (docs/ucdp.md).
    List<Conflict> out = new ArrayList<>();
    out.add(build(cid, name, Optional.empty(), years, Optional.empty()));
    out.addAll(children);
    return out;
  }

  /** Episodes: a new one begins where start_date2 changes or the previous year ended one. */
  private static List<List<ConflictYear>> episodes(List<ConflictYear> years,
      Multiset<String> notes) {
    List<List<ConflictYear>> episodes = new ArrayList<>();
    for (ConflictYear y : years) {
      List<ConflictYear> cur = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
      ConflictYear prev = cur == null ? null : cur.get(cur.size() - 1);
      if (prev == null || prev.episodeEnds() || !prev.episodeStart().equals(y.episodeStart())) {
        if (prev != null && !prev.episodeEnds()) {
          notes.add("episodes begun without ep_end in the year before");
        }
        episodes.add(new ArrayList<>(List.of(y)));
      } else {
        cur.add(y);
      }
    }
    return episodes;
  }

  private static Conflict build(ConflictId id, String name, Optional<ConflictId> parent,
      List<ConflictYear> years, Optional<FuzzyPeriod> period) {
    ConflictYear last = years.get(years.size() - 1);
    Map<Integer, Intensity> byYear = new TreeMap<>();
    Set<TerritoryId> stake = new LinkedHashSet<>();
    for (ConflictYear y : years) {
      byYear.put(y.year(), y.intensity());
      y.territory().ifPresent(stake::add);
    }
    Intensity max = byYear.containsValue(Intensity.WAR) ? Intensity.WAR : Intensity.MINOR;
    return Conflict.builder().id(id).name(name).parent(parent).type(coveringType(years))
        .incompatibility(last.incompatibility()).addSides(side("A", years, true))
        .addSides(side("B", years, false)).addAllTerritoriesAtStake(stake).period(period)
        .intensity(max).putAllIntensityByYear(byYear).addSources(UcdpImporter.ACD_SOURCE)
        .build();
  }

  /**
   * The type of a conflict or episode that spans several UCDP years: UCDP codes the type per
   * year, while sides collect the supporters of every year. An intrastate conflict that was
   * internationalized in any of its years is internationalized (its troop supporters are on
   * its sides); otherwise the last year's type.
   */
  private static ConflictType coveringType(List<ConflictYear> years) {
    ConflictType last = years.get(years.size() - 1).type();
    boolean internationalized =
        years.stream().anyMatch(y -> y.type() == ConflictType.INTERNATIONALIZED_INTRASTATE);
    return last == ConflictType.INTRASTATE && internationalized
        ? ConflictType.INTERNATIONALIZED_INTRASTATE
        : last;
  }

  /** A side: every primary party of its years, and each supporter for each run of years. */
  private static Side side(String label, List<ConflictYear> years, boolean a) {
    Set<PartyId> primaries = new LinkedHashSet<>();
    Map<PartyId, List<Integer>> supportYears = new LinkedHashMap<>();
    for (ConflictYear y : years) {
      primaries.addAll(a ? y.sideA() : y.sideB());
      for (PartyId s : a ? y.supportA() : y.supportB()) {
        supportYears.computeIfAbsent(s, k -> new ArrayList<>()).add(y.year());
      }
    }
    Side.Builder b = Side.builder().label(label).addAllPrimaries(primaries);
    supportYears.forEach((party, ys) -> {
      int runStart = ys.get(0);
      for (int k = 1; k <= ys.size(); k++) {
        if (k == ys.size() || ys.get(k) != ys.get(k - 1) + 1) {
          b.addSupporters(Supporter.builder().party(party).type(SupportType.TROOPS)
              .period(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(runStart)),
                  FuzzyTime.inYear(Year.of(ys.get(k - 1)))))
              .source(UcdpImporter.ACD_SOURCE).build());
          if (k < ys.size()) {
            runStart = ys.get(k);
          }
        }
      }
    });
    return b.build();
  }
}
