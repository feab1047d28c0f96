package dev.disputemodel.bench;

import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Source;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Version;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.Role;
import dev.disputemodel.query.When;
import dev.disputemodel.testing.BulkModels;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Selective queries of the query module ({@link ModelQueries}, indexes built in {@link #setUp()})
 * on generated models of 10k, 100k and 1M claims ({@link BulkModels#generate(long, int)}, seed
 * 42), each beside a naive stream filter over the same model and the same question asked of
 * DuckDB (in-process, JDBC, the claims loaded as tables with indexes on the filtered columns,
 * prepared statements). The arguments are picked in the setup from the model so that every result
 * is non-empty and at most 100 items; the setup checks that the three ways give the same number of
 * results and prints the sizes and the retained heap of the query indexes. Figures:
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
// AlwaysPreTouch: without it, G1 keeps moving young regions onto pages of the 6 GB heap that were
// never touched, and the first-touch page faults added ~10 us to a third to a half of the samples
// of every query at 1M claims (docs/performance.md, "A G1 effect at 1M")
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class QueryBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int claims;

  DisputeModel model;
  ModelQueries q;
  Map<dev.disputemodel.SourceId, Source> sources;

  PropositionKey key;
  PartyId claimant;
  PropositionType claimantType;
  PropositionKey contestedKey;
  FuzzyTime knownOn;
  When ceasefireWhen;
  List<Optional<FuzzyPeriod>> ceasefirePeriods;
  ConflictId involvementConflict;
  PartyId involvedParty;

  Connection db;
  PreparedStatement byKeySql;
  PreparedStatement byClaimantSql;
  PreparedStatement questionSql;
  PreparedStatement knownSql;
  PreparedStatement ceasefireSql;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws SQLException {
    model = BulkModels.generate(42, claims);
    sources = new HashMap<>();
    model.sources().forEach(s -> sources.put(s.id(), s));
    ceasefirePeriods = recordPeriods(model);

    long before = Heap.usedAfterGc();
    q = ModelQueries.over(model);
    pickArguments();
    long after = Heap.usedAfterGc();
    System.out.printf("%n[query-bench] claims=%d retained by ModelQueries with its indexes: %,d bytes, %.1f bytes/claim"
        + " (heap used after GC, with minus without)%n", claims, after - before, (after - before) / (double) claims);

    // DuckDB is a native database with threads of its own: only the forks of the DuckDB
    // benchmarks load it, so that each fork measures one thing (docs/performance.md)
    if (params.getBenchmark().endsWith("DuckDb")) {
      loadDuckDb();
    }
    report("byKey", q.claims().on(key).list().size(), naiveByKey().size(), duck(() -> duckByKey().size()));
    report("byClaimant", q.claims().byExactly(claimant).ofType(claimantType).list().size(), naiveByClaimant().size(),
        duck(() -> duckByClaimant().size()));
    report("question", questionIndexed().stream().mapToInt(v -> v.claims().size()).sum(),
        naiveQuestion().stream().mapToInt(List::size).sum(),
        duck(() -> duckQuestion().size()));
    report("asKnownOn", q.claims().on(key).asKnownOn(knownOn, Certainty.POSSIBLY).list().size(),
        naiveKnown().size(), duck(() -> duckKnown().size()));
    report("ceasefires", q.ceasefiresInEffect(ceasefireWhen).size(), naiveCeasefires().size(),
        duck(() -> duckCeasefires().size()));
    report("involvement", involvementIndexed().size(), naiveInvolvement(), -1); // not asked of DuckDB
  }

  /** A count asked of DuckDB. */
  private interface DuckCount {
    int get() throws SQLException;
  }

  /** Returns DuckDB's count, or -1 when this fork has not loaded DuckDB. */
  private int duck(DuckCount count) throws SQLException {
    return db == null ? -1 : count.get();
  }

  /** Prints and checks the result sizes; {@code duck} is -1 when DuckDB is not asked here. */
  private static void report(String what, int indexed, int naive, int duck) {
    System.out.printf("[query-bench] %s: %d results (naive %d, DuckDB %s)%n", what, indexed, naive,
        duck < 0 ? "not asked in this fork" : duck);
    if (indexed != naive || (duck >= 0 && indexed != duck) || indexed == 0 || indexed > 100) {
      throw new IllegalStateException(what + ": result sizes differ or are not selective: indexed "
          + indexed + ", naive " + naive + ", DuckDB " + duck);
    }
  }

  /** Picks arguments with non-empty results of at most 100 items, scanning from mid-model. */
  private void pickArguments() {
    List<Claim> all = model.claims();
    int mid = all.size() / 2;
    // every claimant makes about 170 claims at every size, so by claimant alone is not selective:
    // the question is "what did this party claim of this kind" (the middle claim's claimant and type)
    for (int i = mid; claimant == null; i++) {
      Claim c = all.get(i);
      if (c.claimant().isPresent() && !c.propositions().isEmpty()) { // not a withdrawal
        claimant = c.claimant().get();
        claimantType = c.propositions().get(0).key().type();
      }
    }
    for (int i = mid; i < all.size() && (key == null || contestedKey == null); i++) {
      for (Proposition p : all.get(i).propositions()) {
        PropositionKey k = p.key();
        int size = q.claims().on(k).list().size();
        if (key == null && size >= 2 && size <= 100) {
          key = k;
          // the median of the times the key's claims became known (made and published, whichever
          // is later; made if the source states no publication): about half known by then
          List<Claim> onKey = q.claims().on(k).list();
          knownOn = onKey.stream().map(this::knownAt).sorted(FuzzyTime.ORDER).toList().get(onKey.size() / 2);
        }
        if (contestedKey == null && size <= 100 && q.question(k).isContested()) {
          contestedKey = k;
        }
      }
    }
    for (Ceasefire cf : model.ceasefires()) {
      Optional<FuzzyTime> start = cf.effective().or(cf::agreed);
      if (start.isPresent()) {
        LocalDateTime from = start.get().latest();
        When w = When.between(from, from.plusDays(1), Certainty.DEFINITELY);
        int n = q.ceasefiresInEffect(w).size();
        if (n >= 1 && n <= 100) {
          ceasefireWhen = w;
          break;
        }
      }
    }
    // a party that fights in a conflict with episodes: its roles there (claimant roles aside)
    for (int i = model.conflicts().size() / 2; i < model.conflicts().size() && involvedParty == null; i++) {
      Conflict c = model.conflicts().get(i);
      if (c.parent().isEmpty() && !c.sides().isEmpty() && !c.sides().get(0).primaries().isEmpty()
          && model.conflicts().stream().anyMatch(e -> e.parent().equals(Optional.of(c.id())))) {
        involvementConflict = c.id();
        involvedParty = c.sides().get(0).primaries().iterator().next();
      }
    }
    if (key == null || contestedKey == null || ceasefireWhen == null || involvedParty == null) {
      throw new IllegalStateException("no selective arguments found: " + key + ", " + contestedKey + ", " + ceasefireWhen);
    }
    // forces the indexes the benchmarks use (claim index, entity index) before the heap is measured
    q.claims().byExactly(claimant).ofType(claimantType).list();
  }

  private FuzzyTime knownAt(Claim c) {
    Optional<FuzzyTime> published = sources.get(c.source()).published();
    return published.filter(p -> FuzzyTime.ORDER.compare(p, c.madeAt()) > 0).orElse(c.madeAt());
  }

  // ------------------------------------------------------------------ indexed

  /** Claims with a proposition on one question ({@code claims().on(key)}). */
  @Benchmark
  public List<Claim> byKeyIndexed() {
    return q.claims().on(key).list();
  }

  /** Claims of one type whose claimant is one party ({@code claims().byExactly(party).ofType(type)}). */
  @Benchmark
  public List<Claim> byClaimantIndexed() {
    return q.claims().byExactly(claimant).ofType(claimantType).list();
  }

  /**
   * One contested question with its versions, their speakers and backers
   * ({@code question(key).versions()}; a question groups its claims, and a version finds its
   * speakers and backers, on first use).
   */
  @Benchmark
  public List<Version> questionIndexed() {
    List<Version> versions = q.question(contestedKey).versions();
    versions.forEach(v -> {
      v.speakers();
      v.backers();
    });
    return versions;
  }

  /** Claims on one question possibly known on a date ({@code on(key).asKnownOn(date, POSSIBLY)}). */
  @Benchmark
  public List<Claim> asKnownOnIndexed() {
    return q.claims().on(key).asKnownOn(knownOn, Certainty.POSSIBLY).list();
  }

  /** Ceasefires definitely in effect during one day ({@code ceasefiresInEffect(when)}). */
  @Benchmark
  public List<Ceasefire> ceasefiresIndexed() {
    return q.ceasefiresInEffect(ceasefireWhen);
  }

  /** The roles one party plays in one conflict and its episodes, claimant roles aside. */
  @Benchmark
  public List<Involvement> involvementIndexed() {
    return q.involvement(involvementConflict).withEpisodes().inRoles(NON_CLAIMANT).of(involvedParty).list();
  }

  private static final Role[] NON_CLAIMANT =
      {Role.PRIMARY, Role.SUPPORTER, Role.MEDIATOR, Role.SIGNATORY, Role.PARTICIPANT};

  // ------------------------------------------------------------------ naive

  @Benchmark
  public int involvementNaive() {
    return naiveInvolvement();
  }

  /**
   * Counts the same roles by scanning the model: the conflict's subtree by parent links, sides
   * inherited from the nearest conflict that records them, and a role counted for the party when
   * it is on the actor's actsFor chain. Distinct (role, conflict, via) triples, as the indexed
   * answer has one involvement each.
   */
  int naiveInvolvement() {
    ModelIndex ix = q.index();
    java.util.Set<ConflictId> subtree = new java.util.HashSet<>();
    for (Conflict c : model.conflicts()) {
      Optional<ConflictId> at = Optional.of(c.id());
      java.util.Set<ConflictId> seen = new java.util.HashSet<>();
      while (at.isPresent() && seen.add(at.get())) {
        if (at.get().equals(involvementConflict)) {
          subtree.add(c.id());
          break;
        }
        at = model.conflict(at.get()).flatMap(Conflict::parent);
      }
    }
    java.util.Set<List<Object>> found = new java.util.HashSet<>();
    for (ConflictId c : subtree) {
      for (dev.disputemodel.Side side : ix.sides(c)) {
        side.primaries().stream().filter(p -> ix.actsForChain(p).contains(involvedParty))
            .forEach(p -> found.add(List.of(Role.PRIMARY, c, p)));
        side.supporters().stream().filter(s -> ix.actsForChain(s.party()).contains(involvedParty))
            .forEach(s -> found.add(List.of(Role.SUPPORTER, c, s.party())));
      }
    }
    model.mediators().stream().filter(m -> subtree.contains(m.conflict()) && ix.actsForChain(m.party()).contains(involvedParty))
        .forEach(m -> found.add(List.of(Role.MEDIATOR, m.conflict(), m.id())));
    model.ceasefires().stream().filter(cf -> subtree.contains(cf.conflict())).forEach(cf -> cf.signatories().stream()
        .filter(p -> ix.actsForChain(p).contains(involvedParty)).forEach(p -> found.add(List.of(Role.SIGNATORY, cf.conflict(), cf.id(), p))));
    model.events().stream().filter(e -> subtree.contains(e.conflict())).forEach(e -> e.participants().stream()
        .filter(p -> ix.actsForChain(p).contains(involvedParty)).forEach(p -> found.add(List.of(Role.PARTICIPANT, e.conflict(), e.id(), p))));
    return found.size();
  }

  @Benchmark
  public List<Claim> byKeyNaive() {
    return naiveByKey();
  }

  @Benchmark
  public List<Claim> byClaimantNaive() {
    return naiveByClaimant();
  }

  @Benchmark
  public List<List<Claim>> questionNaive() {
    return naiveQuestion();
  }

  @Benchmark
  public List<Claim> asKnownOnNaive() {
    return naiveKnown();
  }

  @Benchmark
  public List<Ceasefire> ceasefiresNaive() {
    return naiveCeasefires();
  }

  private static boolean answers(Claim c, PropositionKey k) {
    for (Proposition p : c.propositions()) {
      if (p.key().equals(k)) {
        return true;
      }
    }
    return false;
  }

  List<Claim> naiveByKey() {
    return model.claims().stream().filter(c -> answers(c, key)).toList();
  }

  List<Claim> naiveByClaimant() {
    return model.claims().stream().filter(c -> c.claimant().filter(claimant::equals).isPresent()
        && c.propositions().stream().anyMatch(p -> p.key().type() == claimantType)).toList();
  }

  /**
   * Groups the claims on the key by (polarity, proposition), as a reader would by hand; unlike
   * {@link ModelQueries#question} it does not find speakers and backers (less work than indexed).
   */
  List<List<Claim>> naiveQuestion() {
    Map<List<Object>, List<Claim>> versions = new LinkedHashMap<>();
    model.claims().stream().filter(c -> answers(c, contestedKey)).forEach(c -> {
      for (Proposition p : c.propositions()) {
        if (p.key().equals(contestedKey)) {
          versions.computeIfAbsent(List.of(c.polarity(), p), k -> new ArrayList<>()).add(c);
        }
      }
    });
    return new ArrayList<>(versions.values());
  }

  private static boolean possiblyBefore(FuzzyTime t, long cutoff) {
    return t.latestEpochSecond() <= cutoff || t.earliestEpochSecond() < cutoff;
  }

  List<Claim> naiveKnown() {
    long cutoff = knownOn.latestEpochSecond();
    return model.claims().stream()
        .filter(c -> answers(c, key) && possiblyBefore(c.madeAt(), cutoff)
            && sources.get(c.source()).published().map(p -> possiblyBefore(p, cutoff)).orElse(true))
        .toList();
  }

  List<Ceasefire> naiveCeasefires() {
    List<Ceasefire> all = model.ceasefires();
    List<Ceasefire> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (ceasefireWhen.accepts(ceasefirePeriods.get(i))) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /**
   * Returns when each ceasefire is in effect by its recorded times, in model order: from when it
   * took effect to the first of its end and the times its renewals and successors take effect
   * ({@code AccordIndex.inEffectOnRecord}, restated with a map from each ceasefire to its ends).
   * Data for the naive and DuckDB baselines, computed once.
   */
  static List<Optional<FuzzyPeriod>> recordPeriods(DisputeModel model) {
    Map<AccordId, List<FuzzyTime>> ends = new HashMap<>();
    List<Accord> accords = new ArrayList<>(model.ceasefires());
    accords.addAll(model.agreements());
    for (Accord later : accords) {
      for (ChainLink l : later.links()) {
        if (l.kind().endsEarlier()) {
          l.effectiveIn(later).ifPresent(t -> ends.computeIfAbsent(l.earlier(), k -> new ArrayList<>()).add(t));
        }
      }
    }
    List<Optional<FuzzyPeriod>> out = new ArrayList<>();
    for (Ceasefire cf : model.ceasefires()) {
      List<FuzzyTime> own = new ArrayList<>(ends.getOrDefault(cf.id(), List.of()));
      cf.ended().ifPresent(own::add);
      Optional<FuzzyTime> end = own.stream().reduce((a, b) -> FuzzyTime.of(
          a.earliestEpochSecond() <= b.earliestEpochSecond() ? a.earliest() : b.earliest(),
          a.latestEpochSecond() <= b.latestEpochSecond() ? a.latest() : b.latest(),
          a.precision().coarsest(b.precision())));
      Optional<FuzzyTime> start = cf.effective().or(cf::agreed);
      if (start.isEmpty()) {
        out.add(end.map(FuzzyPeriod::until));
      } else if (end.isEmpty()) {
        out.add(Optional.of(FuzzyPeriod.since(start.get())));
      } else {
        out.add(Optional.of(end.get().isBefore(start.get()).isDefinite()
            ? FuzzyPeriod.at(start.get()) : FuzzyPeriod.of(start.get(), end.get())));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ DuckDB

  @Benchmark
  public List<String> byKeyDuckDb() throws SQLException {
    return duckByKey();
  }

  @Benchmark
  public List<String> byClaimantDuckDb() throws SQLException {
    return duckByClaimant();
  }

  @Benchmark
  public List<String> questionDuckDb() throws SQLException {
    return duckQuestion();
  }

  @Benchmark
  public List<String> asKnownOnDuckDb() throws SQLException {
    return duckKnown();
  }

  @Benchmark
  public List<String> ceasefiresDuckDb() throws SQLException {
    return duckCeasefires();
  }

  private void loadDuckDb() throws SQLException {
    long t0 = System.nanoTime();
    db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE claims(pos INTEGER, id VARCHAR, claimant VARCHAR, source VARCHAR,"
          + " made_earliest BIGINT, made_latest BIGINT, published_earliest BIGINT, published_latest BIGINT)");
      s.execute("CREATE TABLE claim_keys(pos INTEGER, type VARCHAR, key VARCHAR, polarity VARCHAR, answer VARCHAR)");
      s.execute("CREATE TABLE ceasefires(pos INTEGER, id VARCHAR, start_earliest BIGINT, start_latest BIGINT,"
          + " end_earliest BIGINT, end_latest BIGINT)");
    }
    DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
    try (DuckDBAppender claimRows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claims");
        DuckDBAppender keyRows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claim_keys")) {
      List<Claim> all = model.claims();
      for (int i = 0; i < all.size(); i++) {
        Claim c = all.get(i);
        Optional<FuzzyTime> published = sources.get(c.source()).published();
        claimRows.beginRow();
        claimRows.append(i);
        claimRows.append(c.id().value());
        if (c.claimant().isPresent()) {
          claimRows.append(c.claimant().get().value());
        } else {
          claimRows.appendNull();
        }
        claimRows.append(c.source().value());
        claimRows.append(c.madeAt().earliestEpochSecond());
        claimRows.append(c.madeAt().latestEpochSecond());
        if (published.isPresent()) {
          claimRows.append(published.get().earliestEpochSecond());
          claimRows.append(published.get().latestEpochSecond());
        } else {
          claimRows.appendNull();
          claimRows.appendNull();
        }
        claimRows.endRow();
        for (Proposition p : c.propositions()) {
          keyRows.beginRow();
          keyRows.append(i);
          keyRows.append(p.key().type().name());
          keyRows.append(p.key().toString());
          keyRows.append(c.polarity().name());
          keyRows.append(p.toString());
          keyRows.endRow();
        }
      }
    }
    try (DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ceasefires")) {
      List<Ceasefire> all = model.ceasefires();
      for (int i = 0; i < all.size(); i++) {
        Ceasefire cf = all.get(i);
        Optional<FuzzyPeriod> period = ceasefirePeriods.get(i);
        rows.beginRow();
        rows.append(i);
        rows.append(cf.id().value());
        appendTime(rows, period.flatMap(FuzzyPeriod::start));
        appendTime(rows, period.flatMap(FuzzyPeriod::end));
        rows.endRow();
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute("CREATE UNIQUE INDEX claims_pos ON claims(pos)");
      s.execute("CREATE INDEX claims_claimant ON claims(claimant)");
      s.execute("CREATE INDEX claim_keys_key ON claim_keys(key)");
    }
    byKeySql = db.prepareStatement("SELECT DISTINCT c.pos, c.id FROM claim_keys k JOIN claims c ON c.pos = k.pos"
        + " WHERE k.key = ? ORDER BY c.pos");
    byKeySql.setString(1, key.toString());
    byClaimantSql = db.prepareStatement("SELECT DISTINCT c.pos, c.id FROM claims c JOIN claim_keys k ON k.pos = c.pos"
        + " WHERE c.claimant = ? AND k.type = ? ORDER BY c.pos");
    byClaimantSql.setString(1, claimant.value());
    byClaimantSql.setString(2, claimantType.name());
    questionSql = db.prepareStatement("SELECT k.polarity, k.answer, c.id FROM claim_keys k JOIN claims c ON c.pos = k.pos"
        + " WHERE k.key = ? ORDER BY k.polarity, k.answer, c.pos");
    questionSql.setString(1, contestedKey.toString());
    knownSql = db.prepareStatement("SELECT DISTINCT c.pos, c.id FROM claim_keys k JOIN claims c ON c.pos = k.pos"
        + " WHERE k.key = ? AND (c.made_latest <= ? OR c.made_earliest < ?)"
        + " AND (c.published_earliest IS NULL OR c.published_latest <= ? OR c.published_earliest < ?) ORDER BY c.pos");
    long cutoff = knownOn.latestEpochSecond();
    knownSql.setString(1, key.toString());
    for (int i = 2; i <= 5; i++) {
      knownSql.setLong(i, cutoff);
    }
    // definitely in effect during [from, until) (When.certaintyOf): a start stated, at the latest at
    // until; no end, or an end at the earliest at from
    ceasefireSql = db.prepareStatement("SELECT id FROM ceasefires WHERE"
        + " start_latest IS NOT NULL AND start_latest <= ? AND (end_earliest IS NULL OR end_earliest >= ?) ORDER BY pos");
    ceasefireSql.setLong(1, ceasefireWhen.until().orElseThrow().toEpochSecond(ZoneOffset.UTC));
    ceasefireSql.setLong(2, ceasefireWhen.from().orElseThrow().toEpochSecond(ZoneOffset.UTC));
    System.out.printf("[query-bench] DuckDB %s: tables and indexes loaded in %.1f s%n",
        db.getMetaData().getDatabaseProductVersion(), (System.nanoTime() - t0) / 1e9);
  }

  private static void appendTime(DuckDBAppender rows, Optional<FuzzyTime> t) throws SQLException {
    if (t.isPresent()) {
      rows.append(t.get().earliestEpochSecond());
      rows.append(t.get().latestEpochSecond());
    } else {
      rows.appendNull();
      rows.appendNull();
    }
  }

  private static List<String> column(PreparedStatement st, int column) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(column));
      }
    }
    return out;
  }

  List<String> duckByKey() throws SQLException {
    return column(byKeySql, 2);
  }

  List<String> duckByClaimant() throws SQLException {
    return column(byClaimantSql, 2);
  }

  List<String> duckQuestion() throws SQLException {
    return column(questionSql, 3);
  }

  List<String> duckKnown() throws SQLException {
    return column(knownSql, 2);
  }

  List<String> duckCeasefires() throws SQLException {
    return column(ceasefireSql, 1);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    if (db != null) {
      db.close();
    }
  }
}
