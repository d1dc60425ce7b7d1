package org.pledgewatch.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;

/**
 * Agreements, their parties and their commitments: what was pledged. Immutable; the constructor
 * checks that ids are unique and every reference resolves, and reports every problem at once.
 *
 * <p>Lookups by id and by name are indexed: a catalog of ten thousand commitments answers {@link
 * #commitment(String)} in constant time.
 */
public final class Catalog {
  private final List<Party> parties;
  private final List<Agreement> agreements;
  private final List<Commitment> commitments;
  private final List<EvidenceKind> kinds;
  private final List<Measure> measures;
  private final Map<String, EvidenceKind> kindById = new HashMap<>();
  private final Map<String, Measure> measureById = new HashMap<>();
  private final Map<String, Party> partyById = new HashMap<>();
  private final Map<String, Agreement> agreementById = new HashMap<>();
  private final Map<String, Commitment> commitmentById = new HashMap<>();
  private final Map<String, String> partyByName = new HashMap<>();
  private final List<Commitment> sorted;
  private final Map<String, Commitment> index;

  /**
   * Each party with the parties it belongs to, nearest first; computed once, read for every
   * evidence item.
   */
  private final Map<String, List<String>> ancestors = new HashMap<>();

  /**
   * A catalog that declares no evidence kinds and no measures.
   *
   * @throws PledgewatchException {@code invalid_catalog} listing every duplicate id, broken
   *     reference and alias shared by two parties
   */
  public Catalog(List<Party> parties, List<Agreement> agreements, List<Commitment> commitments) {
    this(parties, agreements, commitments, List.of(), List.of());
  }

  /**
   * @param parties every party, with aliases
   * @param agreements every agreement
   * @param commitments every commitment
   * @param kinds the evidence kinds the catalog declares, each with its meaning; when any are
   *     declared, criteria may name only these, and evidence of another kind is reported
   * @param measures the quantities its figures count, which criteria may judge
   * @throws PledgewatchException {@code invalid_catalog} listing every duplicate id, broken
   *     reference (a criterion's undeclared kind or measure, with the nearest declared one) and
   *     alias shared by two parties
   */
  public Catalog(
      List<Party> parties,
      List<Agreement> agreements,
      List<Commitment> commitments,
      List<EvidenceKind> kinds,
      List<Measure> measures) {
    this.parties = Checks.list(parties, "parties");
    this.agreements = Checks.list(agreements, "agreements");
    this.commitments = Checks.list(commitments, "commitments");
    this.kinds = Checks.list(kinds, "kinds");
    this.measures = Checks.list(measures, "measures");
    List<Problem> problems = validate(this.parties, this.agreements, this.commitments);
    problems.addAll(validateVocabulary(this.kinds, this.measures, this.commitments));
    if (!problems.isEmpty()) {
      throw new PledgewatchException(ErrorCode.INVALID_CATALOG, problems);
    }
    this.kinds.forEach(k -> kindById.put(k.id(), k));
    this.measures.forEach(m -> measureById.put(m.id(), m));
    this.parties.forEach(p -> partyById.put(p.id(), p));
    this.agreements.forEach(a -> agreementById.put(a.id(), a));
    this.commitments.forEach(c -> commitmentById.put(c.id(), c));
    for (Party p : this.parties) {
      partyByName.put(p.id(), p.id());
      partyByName.putIfAbsent(Party.nameKey(p.id()), p.id());
      partyByName.putIfAbsent(Party.nameKey(p.name()), p.id());
      p.aliases().forEach(a -> partyByName.putIfAbsent(Party.nameKey(a), p.id()));
    }
    List<Commitment> byId = new ArrayList<>(this.commitments);
    byId.sort(Comparator.comparing(Commitment::id));
    this.sorted = Collections.unmodifiableList(byId);
    Map<String, Commitment> idx = new LinkedHashMap<>();
    byId.forEach(c -> idx.put(c.id(), c));
    this.index = Collections.unmodifiableMap(idx);
    this.parties.forEach(p -> ancestors.put(p.id(), List.copyOf(chain(p.id()))));
  }

  public List<Party> parties() {
    return parties;
  }

  public List<Agreement> agreements() {
    return agreements;
  }

  public List<Commitment> commitments() {
    return commitments;
  }

  /** The evidence kinds the catalog declares; empty if it declares none. */
  public List<EvidenceKind> kinds() {
    return kinds;
  }

  /** The measures the catalog declares. */
  public List<Measure> measures() {
    return measures;
  }

  /** The declared kind with this id. */
  public Optional<EvidenceKind> kind(String id) {
    return Optional.ofNullable(kindById.get(id));
  }

  /** The declared measure with this id. */
  public Optional<Measure> measure(String id) {
    return Optional.ofNullable(measureById.get(id));
  }

  /**
   * The declared kind nearest to this text (by edit distance), for "did you mean" messages; empty
   * if none is near.
   */
  public Optional<String> nearestKind(String kind) {
    return Nearest.of(kind, kindById.keySet());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Catalog c
        && parties.equals(c.parties)
        && agreements.equals(c.agreements)
        && commitments.equals(c.commitments)
        && kinds.equals(c.kinds)
        && measures.equals(c.measures);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(parties, agreements, commitments, kinds, measures);
  }

  @Override
  public String toString() {
    return "Catalog["
        + parties.size()
        + " parties, "
        + agreements.size()
        + " agreements, "
        + commitments.size()
        + " commitments]";
  }

  private static List<Problem> validate(
      List<Party> parties, List<Agreement> agreements, List<Commitment> commitments) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Party> partyById = new HashMap<>();
    for (Party p : parties) {
      if (partyById.put(p.id(), p) != null) {
        problems.add(
            problem(
                Location.of("party", p.id()),
                "party ids must be unique, but '" + p.id() + "' appears twice"));
      }
    }
    Map<String, String> nameOwner = new HashMap<>();
    for (Party p : parties) {
      if (p.memberOf() != null && !partyById.containsKey(p.memberOf())) {
        problems.add(
            problem(
                Location.of("party", p.id()),
                "memberOf must name a party in the catalog, but was '" + p.memberOf() + "'"));
      }
      List<String> names = new ArrayList<>(p.aliases());
      names.add(p.name());
      names.add(p.id());
      for (String n : names) {
        String previous = nameOwner.putIfAbsent(Party.nameKey(n), p.id());
        if (previous != null && !previous.equals(p.id())) {
          problems.add(
              problem(
                  Location.of("party", p.id()),
                  "the name or alias '"
                      + n
                      + "' also belongs to party '"
                      + previous
                      + "': aliases must resolve to one party"));
        }
      }
    }
    Map<String, Agreement> agreementById = new HashMap<>();
    for (Agreement a : agreements) {
      if (agreementById.put(a.id(), a) != null) {
        problems.add(
            problem(
                Location.of("agreement", a.id()),
                "agreement ids must be unique, but '" + a.id() + "' appears twice"));
      }
      for (String party : a.parties()) {
        if (!partyById.containsKey(party)) {
          problems.add(
              problem(
                  Location.of("agreement", a.id()),
                  "parties must name parties in the catalog, but '" + party + "' is not one"));
        }
      }
    }
    Map<String, Commitment> commitmentById = new HashMap<>();
    for (Commitment c : commitments) {
      if (commitmentById.put(c.id(), c) != null) {
        problems.add(
            problem(
                Location.commitment(c.id()),
                "commitment ids must be unique, but '" + c.id() + "' appears twice"));
      }
    }
    for (Commitment c : commitments) {
      Location where = Location.commitment(c.id());
      if (!agreementById.containsKey(c.agreement())) {
        problems.add(
            problem(
                where,
                "agreement must name an agreement in the catalog, but was '"
                    + c.agreement()
                    + "'"));
      }
      for (String party : c.parties()) {
        if (!partyById.containsKey(party)) {
          problems.add(
              problem(
                  where,
                  "parties must name parties in the catalog, but '" + party + "' is not one"));
        }
      }
      for (Relation r : c.relations()) {
        if (!commitmentById.containsKey(r.commitment())) {
          problems.add(
              problem(
                  where,
                  "relation must name a commitment in the catalog, but was '"
                      + r.commitment()
                      + "'"));
        }
      }
    }
    return problems;
  }

  private static List<Problem> validateVocabulary(
      List<EvidenceKind> kinds, List<Measure> measures, List<Commitment> commitments) {
    List<Problem> problems = new ArrayList<>();
    java.util.Set<String> kindIds = new java.util.TreeSet<>();
    for (EvidenceKind k : kinds) {
      if (!kindIds.add(k.id())) {
        problems.add(
            problem(
                Location.of("kind", k.id()),
                "evidence kinds must be declared once, but '" + k.id() + "' appears twice"));
      }
    }
    Map<String, Measure> measureIds = new HashMap<>();
    for (Measure m : measures) {
      if (measureIds.put(m.id(), m) != null) {
        problems.add(
            problem(
                Location.of("measure", m.id()),
                "measure ids must be unique, but '" + m.id() + "' appears twice"));
      }
    }
    for (Commitment c : commitments) {
      for (Criterion cr : c.criteria()) {
        Location where = Location.commitment(c.id());
        if (!kindIds.isEmpty()) {
          List<String> named = new ArrayList<>(cr.evidenceKinds());
          named.addAll(cr.contraryKinds());
          for (String k : named) {
            if (!kindIds.contains(k)) {
              problems.add(
                  problem(
                      where,
                      "criterion '"
                          + cr.id()
                          + "' must name declared evidence kinds, but '"
                          + k
                          + "' is not one"
                          + Nearest.of(k, kindIds)
                              .map(n -> " (did you mean '" + n + "'?)")
                              .orElse("")));
            }
          }
        }
        if (cr.measure() != null) {
          Measure m = measureIds.get(cr.measure().measure());
          if (m == null) {
            problems.add(
                problem(
                    where,
                    "criterion '"
                        + cr.id()
                        + "' must name a declared measure, but '"
                        + cr.measure().measure()
                        + "' is not one"
                        + Nearest.of(cr.measure().measure(), measureIds.keySet())
                            .map(n -> " (did you mean '" + n + "'?)")
                            .orElse("")));
          }
          if (cr.measure().party() != null && !c.parties().contains(cr.measure().party())) {
            problems.add(
                problem(
                    where,
                    "criterion '"
                        + cr.id()
                        + "' reads the figures of party '"
                        + cr.measure().party()
                        + "', but the commitment binds only "
                        + c.parties()));
          }
        }
      }
    }
    return problems;
  }

  private static Problem problem(Location location, String message) {
    return new Problem(ErrorCode.INVALID_CATALOG, location, message);
  }

  /** The commitment with this id. */
  public Optional<Commitment> commitment(String id) {
    return Optional.ofNullable(commitmentById.get(id));
  }

  /** The party with this id. */
  public Optional<Party> party(String id) {
    return Optional.ofNullable(partyById.get(id));
  }

  /** The agreement with this id. */
  public Optional<Agreement> agreement(String id) {
    return Optional.ofNullable(agreementById.get(id));
  }

  /**
   * Resolves a party reference, by id, name or alias (accents, case and spacing ignored), to the
   * party's id.
   */
  public Optional<String> resolveParty(String reference) {
    String exact = partyByName.get(reference);
    return Optional.ofNullable(exact != null ? exact : partyByName.get(Party.nameKey(reference)));
  }

  /** The party and every party it belongs to, nearest first. */
  public List<String> withAncestors(String partyId) {
    List<String> known = ancestors.get(partyId);
    return known != null ? known : chain(partyId);
  }

  private List<String> chain(String partyId) {
    List<String> out = new ArrayList<>();
    String current = partyId;
    while (current != null && !out.contains(current)) {
      out.add(current);
      current = party(current).map(Party::memberOf).orElse(null);
    }
    return out;
  }

  /** The commitments sorted by id, the order reports use. */
  public List<Commitment> commitmentsById() {
    return sorted;
  }

  /** Commitments by id, in id order (unmodifiable). */
  public Map<String, Commitment> commitmentIndex() {
    return index;
  }

  /** This catalog and another together; ids must not clash. */
  public Catalog merge(Catalog other) {
    List<Party> ps = new ArrayList<>(parties);
    other.parties.stream().filter(p -> !ps.contains(p)).forEach(ps::add);
    List<Agreement> as = new ArrayList<>(agreements);
    as.addAll(other.agreements);
    List<Commitment> cs = new ArrayList<>(commitments);
    cs.addAll(other.commitments);
    List<EvidenceKind> ks = new ArrayList<>(kinds);
    other.kinds.stream().filter(k -> !ks.contains(k)).forEach(ks::add);
    List<Measure> ms = new ArrayList<>(measures);
    other.measures.stream().filter(m -> !ms.contains(m)).forEach(ms::add);
    return new Catalog(ps, as, cs, ks, ms);
  }
}
