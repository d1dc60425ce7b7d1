package org.pledgewatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;
import org.pledgewatch.internal.EvidenceCheck;
import org.pledgewatch.model.Agreement;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Combination;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Deadline;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceKind;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Figure;
import org.pledgewatch.model.Measure;
import org.pledgewatch.model.MeasureTarget;
import org.pledgewatch.model.Party;
import org.pledgewatch.model.Period;
import org.pledgewatch.model.Relation;
import org.pledgewatch.model.Source;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;
import org.pledgewatch.model.Wording;

/**
 * Loads catalogs and evidence from JSON files described by the schemas shipped in this jar ({@code
 * /org/pledgewatch/schema/catalog.schema.json} and {@code evidence.schema.json}).
 *
 * <p>Loading is strict: any problem fails the whole load with a {@link PledgewatchException}
 * listing every problem with its file, line, column and JSON path. Unknown fields are errors (a
 * misspelt {@code publishedOn} must not silently drop a date). Evidence can also be loaded
 * leniently, only when asked: the good items load and every rejected one is returned with its
 * reason; nothing is dropped silently.
 *
 * <pre>{@code
 * Catalog catalog = JsonLoader.catalog(Path.of("catalog.json"));
 * EvidenceSet evidence = JsonLoader.evidence(Path.of("evidence.json"), catalog);
 * }</pre>
 */
public final class JsonLoader {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JsonLoader.class);

  private JsonLoader() {}

  /** Loads a catalog file. */
  public static Catalog catalog(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return catalog(file.toString(), in);
    } catch (IOException e) {
      throw ioError(file, e);
    }
  }

  /**
   * Loads a catalog from the class path (a rule pack's), named {@code classpath:resource} in error
   * locations; a missing resource is an {@code io_error}.
   */
  public static Catalog catalog(ClassLoader loader, String resource) {
    try (InputStream in = resource(loader, resource)) {
      return catalog("classpath:" + resource, in);
    } catch (IOException e) {
      throw ioError(Path.of(resource), e);
    }
  }

  /**
   * Loads evidence from the class path as {@link #catalog(ClassLoader, String)} loads a catalog.
   */
  public static EvidenceSet evidence(ClassLoader loader, String resource, Catalog catalog) {
    try (InputStream in = resource(loader, resource)) {
      return evidence("classpath:" + resource, in, catalog);
    } catch (IOException e) {
      throw ioError(Path.of(resource), e);
    }
  }

  private static InputStream resource(ClassLoader loader, String resource) {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw PledgewatchException.of(
          ErrorCode.IO_ERROR,
          Location.file("classpath:" + resource),
          "cannot read: no such resource on the class path");
    }
    return new java.io.BufferedInputStream(in);
  }

  /** Loads a catalog from a stream; {@code name} is used in error locations. */
  public static Catalog catalog(String name, InputStream in) {
    List<Problem> problems = new ArrayList<>();
    Rec root =
        Rec.of(
            name,
            "$",
            TreeReader.read(name, in, ErrorCode.INVALID_CATALOG),
            problems,
            ErrorCode.INVALID_CATALOG);
    if (root == null) {
      throw new PledgewatchException(ErrorCode.INVALID_CATALOG, problems);
    }
    Catalog catalog =
        root.build(
            r -> {
              List<Party> parties = r.records("parties", true, JsonLoader::party);
              List<Agreement> agreements = r.records("agreements", true, JsonLoader::agreement);
              List<Commitment> commitments = r.records("commitments", true, JsonLoader::commitment);
              List<EvidenceKind> kinds =
                  r.records(
                      "kinds",
                      false,
                      k -> new EvidenceKind(k.str("id", true), k.str("description", true)));
              List<Measure> measures = r.records("measures", false, JsonLoader::measure);
              if (!problems.isEmpty()) {
                return null;
              }
              try {
                return new Catalog(parties, agreements, commitments, kinds, measures);
              } catch (PledgewatchException e) {
                e.problems()
                    .forEach(
                        p ->
                            problems.add(
                                new Problem(p.code(), p.location().inFile(name), p.message())));
                return null;
              }
            });
    if (catalog == null || !problems.isEmpty()) {
      throw new PledgewatchException(ErrorCode.INVALID_CATALOG, problems);
    }
    return catalog;
  }

  /**
   * Loads an evidence file, checking it against the catalog: any bad record fails the whole load.
   * Warnings (an evidence kind the catalog does not declare) are logged, each with its location.
   */
  public static EvidenceSet evidence(Path file, Catalog catalog) {
    return complete(evidenceLenient(file, catalog), false);
  }

  /**
   * Loads evidence from a stream as {@link #evidence(Path, Catalog)} does; {@code name} is used in
   * error locations.
   */
  public static EvidenceSet evidence(String name, InputStream in, Catalog catalog) {
    return complete(evidenceLenient(name, in, catalog), false);
  }

  /**
   * Loads an evidence file as {@link #evidence(Path, Catalog)} does, and fails on warnings too (an
   * undeclared evidence kind).
   */
  public static EvidenceSet evidenceStrict(Path file, Catalog catalog) {
    return complete(evidenceLenient(file, catalog), true);
  }

  /** Loads evidence from a stream strictly; {@code name} is used in error locations. */
  public static EvidenceSet evidenceStrict(String name, InputStream in, Catalog catalog) {
    return complete(evidenceLenient(name, in, catalog), true);
  }

  /** The most warnings logged one by one; the rest are counted. */
  private static final int WARNINGS_LOGGED = 50;

  private static EvidenceSet complete(Loaded<EvidenceSet> loaded, boolean strict) {
    List<Problem> problems = new ArrayList<>(loaded.rejected());
    if (strict) {
      problems.addAll(loaded.warnings());
    }
    if (!problems.isEmpty()) {
      throw new PledgewatchException(problems.get(0).code(), problems);
    }
    loaded.warnings().stream().limit(WARNINGS_LOGGED).forEach(w -> LOG.warn("{}", w));
    if (loaded.warnings().size() > WARNINGS_LOGGED) {
      LOG.warn("{} more warnings", loaded.warnings().size() - WARNINGS_LOGGED);
    }
    return loaded.value();
  }

  /** Loads the good items of an evidence file and returns every rejected one with its reason. */
  public static Loaded<EvidenceSet> evidenceLenient(Path file, Catalog catalog) {
    try (InputStream in = Files.newInputStream(file)) {
      return evidenceLenient(file.toString(), in, catalog);
    } catch (IOException e) {
      throw ioError(file, e);
    }
  }

  /**
   * Loads the good items from a stream and returns every rejected one with its reason. A file that
   * is not JSON at all, or not an object with {@code sources} and {@code evidence}, still fails as
   * a whole: there are no records to keep.
   */
  public static Loaded<EvidenceSet> evidenceLenient(String name, InputStream in, Catalog catalog) {
    List<Problem> fatal = new ArrayList<>();
    Rec root =
        Rec.of(
            name,
            "$",
            TreeReader.read(name, in, ErrorCode.INVALID_EVIDENCE),
            fatal,
            ErrorCode.INVALID_EVIDENCE);
    if (root == null) {
      throw new PledgewatchException(ErrorCode.INVALID_EVIDENCE, fatal);
    }
    List<Rec> sourceRecs = root.recordList("sources", true);
    List<Rec> itemRecs = root.recordList("evidence", true);
    root.build(r -> Boolean.TRUE);
    if (!fatal.isEmpty()) {
      throw new PledgewatchException(ErrorCode.INVALID_EVIDENCE, fatal);
    }
    return read(sourceRecs, itemRecs, catalog);
  }

  /**
   * Reads sources and evidence items from already-parsed records: the shared core of evidence files
   * and scenario files. Rejected records are returned with their problems.
   */
  static Loaded<EvidenceSet> read(List<Rec> sourceRecs, List<Rec> itemRecs, Catalog catalog) {
    List<Problem> rejected = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    List<Problem> sink =
        sourceRecs.isEmpty() && itemRecs.isEmpty() ? rejected : sinkOf(sourceRecs, itemRecs);
    int before = sink.size();
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<String, Rec> sourceAt = new HashMap<>();
    for (Rec r : sourceRecs) {
      Source s = r.build(JsonLoader::source);
      if (s == null) {
        continue;
      }
      if (sources.containsKey(s.id())) {
        r.problem(
            "source ids must be unique, but '"
                + s.id()
                + "' was already defined at line "
                + sourceAt.get(s.id()).line());
        continue;
      }
      sources.put(s.id(), s);
      sourceAt.put(s.id(), r);
    }
    dropBrokenChains(sources, sourceAt);

    List<Evidence> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, Integer> idLine = new HashMap<>();
    for (Rec r : itemRecs) {
      Evidence e = r.build(rec -> evidence(rec, sources));
      if (e == null) {
        continue;
      }
      if (!ids.add(e.id())) {
        r.problem(
            "evidence ids must be unique, but '"
                + e.id()
                + "' was already used at line "
                + idLine.get(e.id()));
        continue;
      }
      idLine.put(e.id(), r.line());
      if (catalog != null) {
        EvidenceCheck.Result checked = EvidenceCheck.check(catalog, e);
        if (!checked.problems().isEmpty()) {
          checked
              .problems()
              .forEach(p -> sink.add(new Problem(p.code(), r.location(), p.message())));
          continue;
        }
        e = checked.evidence();
        if (!catalog.kinds().isEmpty() && catalog.kind(e.kind()).isEmpty()) {
          String kind = e.kind();
          warnings.add(
              new Problem(
                  ErrorCode.UNKNOWN_KIND,
                  r.location(),
                  "kind should be one the catalog declares, but '"
                      + kind
                      + "' is not"
                      + catalog
                          .nearestKind(kind)
                          .map(n -> " (did you mean '" + n + "'?)")
                          .orElse("")));
        }
      }
      items.add(e);
    }
    if (sink != rejected) {
      rejected.addAll(sink.subList(before, sink.size()));
      sink.subList(before, sink.size()).clear();
    }
    return new Loaded<>(
        new EvidenceSet(new ArrayList<>(sources.values()), items), rejected, warnings);
  }

  private static List<Problem> sinkOf(List<Rec> sourceRecs, List<Rec> itemRecs) {
    return (sourceRecs.isEmpty() ? itemRecs.get(0) : sourceRecs.get(0)).problems();
  }

  private static void dropBrokenChains(Map<String, Source> sources, Map<String, Rec> at) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Source s : List.copyOf(sources.values())) {
        if (s.derivedFrom() == null) {
          continue;
        }
        String why = null;
        if (!sources.containsKey(s.derivedFrom())) {
          why =
              "derivedFrom must name a source in this file, but '"
                  + s.derivedFrom()
                  + "' is not one (or was rejected)";
        } else {
          Set<String> seen = new HashSet<>();
          Source cur = s;
          while (cur != null && cur.derivedFrom() != null) {
            if (!seen.add(cur.id())) {
              why = "derivedFrom chain must not loop, but returns to '" + cur.id() + "'";
              break;
            }
            cur = sources.get(cur.derivedFrom());
          }
        }
        if (why != null) {
          at.get(s.id()).problem(why);
          sources.remove(s.id());
          changed = true;
        }
      }
    }
  }

  private static Party party(Rec r) {
    String id = r.str("id", true);
    String name = r.str("name", true);
    String memberOf = r.str("memberOf", false);
    List<String> aliases = r.strings("aliases");
    return new Party(id, name, memberOf, aliases);
  }

  private static Agreement agreement(Rec r) {
    return new Agreement(
        r.str("id", true),
        r.str("title", true),
        r.date("date", true),
        r.str("place", true),
        r.strings("parties"),
        r.strings("sources"));
  }

  private static Commitment commitment(Rec r) {
    String id = r.str("id", true);
    String agreement = r.str("agreement", true);
    String title = r.str("title", true);
    List<Wording> wordings =
        r.records("wordings", false, w -> new Wording(w.str("source", true), w.str("text", true)));
    List<String> parties = r.strings("parties");
    String category = r.str("category", true);
    Rec d = r.record("deadline", false);
    Deadline deadline = d == null ? Deadline.none() : d.build(JsonLoader::deadline);
    List<Criterion> criteria = r.records("criteria", true, JsonLoader::criterion);
    Rec comb = r.record("combination", false);
    Combination combination =
        comb == null ? Combination.all() : comb.build(JsonLoader::combination);
    List<Relation> relations =
        r.records(
            "relations",
            false,
            x -> new Relation(x.str("commitment", true), x.str("kind", true), x.str("note", true)));
    if (deadline == null || combination == null) {
      return null;
    }
    return new Commitment(
        id,
        agreement,
        title,
        wordings,
        parties,
        category,
        deadline,
        criteria,
        combination,
        relations);
  }

  private static Criterion criterion(Rec c) {
    String id = c.str("id", true);
    String description = c.str("description", true);
    String satisfiedBy = c.str("satisfiedBy", true);
    List<String> kinds = c.strings("evidenceKinds");
    List<String> contrary = c.strings("contraryKinds");
    Criterion.Credit credit = c.enumeration("credit", false, Criterion.Credit.class);
    Integer atLeast = c.integer("atLeast", false);
    Rec m = c.record("measure", false);
    MeasureTarget measure = m == null ? null : m.build(JsonLoader::measureTarget);
    if (m != null && measure == null) {
      return null;
    }
    return new Criterion(
        id,
        description,
        satisfiedBy,
        kinds,
        contrary,
        credit,
        atLeast == null ? 0 : atLeast,
        measure,
        c.strings("tags"));
  }

  private static MeasureTarget measureTarget(Rec r) {
    String measure = r.str("id", true);
    String party = r.str("party", false);
    MeasureTarget.Direction direction =
        r.enumeration("direction", true, MeasureTarget.Direction.class);
    Rec b = r.record("baseline", false);
    String baselinePeriod = b == null ? null : b.str("period", false);
    java.math.BigDecimal baselineValue = b == null ? null : b.number("value", false);
    if (b != null) {
      b.build(x -> Boolean.TRUE);
    }
    java.math.BigDecimal change = r.number("change", false);
    java.math.BigDecimal target = r.number("target", false);
    return direction == null
        ? null
        : new MeasureTarget(
            measure, party, direction, baselinePeriod, baselineValue, change, target);
  }

  private static Measure measure(Rec r) {
    String id = r.str("id", true);
    String name = r.str("name", true);
    String unit = r.str("unit", true);
    Map<String, java.math.BigDecimal> scales = new LinkedHashMap<>();
    Rec s = r.record("scales", false);
    if (s != null) {
      s.build(
          x -> {
            x.keys().forEach(k -> scales.put(k, x.number(k, true)));
            return Boolean.TRUE;
          });
    }
    Period.Kind periods = r.enumeration("periods", false, Period.Kind.class);
    Integer fyEnd = r.integer("fiscalYearEndMonth", false);
    return new Measure(id, name, unit, scales, periods, fyEnd == null ? 9 : fyEnd);
  }

  private static Deadline deadline(Rec r) {
    Deadline.Kind kind = r.enumeration("kind", true, Deadline.Kind.class);
    java.time.LocalDate due = r.date("due", false);
    String text = r.str("text", false);
    return kind == null ? null : new Deadline(kind, due, text);
  }

  private static Combination combination(Rec r) {
    Combination.Mode mode = r.enumeration("mode", true, Combination.Mode.class);
    Integer required = r.integer("required", false);
    return mode == null ? null : new Combination(mode, required == null ? 0 : required);
  }

  private static Source source(Rec r) {
    return new Source(
        r.str("id", true),
        r.enumeration("type", true, SourceType.class),
        r.str("publisher", true),
        r.str("title", true),
        r.str("url", false),
        r.date("publishedOn", true),
        r.str("derivedFrom", false),
        r.str("via", false),
        r.str("language", false),
        r.str("note", false));
  }

  private static Evidence evidence(Rec r, Map<String, Source> sources) {
    String id = r.str("id", true);
    // One commitment ("commitment", as files have always given it), several or none
    // ("commitments").
    List<String> commitments = new ArrayList<>();
    boolean one = r.has("commitment");
    boolean many = r.has("commitments");
    if (one && many) {
      r.problem("give either commitment or commitments, not both");
    }
    if (one) {
      String commitment = r.str("commitment", true);
      if (commitment != null) {
        commitments.add(commitment);
      }
    }
    commitments.addAll(r.strings("commitments"));
    String criterion = r.str("criterion", false);
    String kind = r.str("kind", true);
    Stance stance = r.enumeration("stance", true, Stance.class);
    List<String> parties = r.strings("parties");
    java.time.LocalDate occurredOn = r.date("occurredOn", true);
    java.time.LocalDate publishedOn = r.date("publishedOn", false);
    String sourceId = r.str("source", true);
    String quote = r.str("quote", true);
    Rec f = r.record("figure", false);
    Figure figure =
        f == null
            ? null
            : f.build(
                x ->
                    new Figure(
                        x.str("measure", true),
                        x.number("quantity", true),
                        x.str("unit", true),
                        x.str("period", false),
                        x.str("party", false)));
    List<String> tags = r.strings("tags");
    String note = r.str("note", false);
    if (sourceId == null) {
      return null;
    }
    Source source = sources.get(sourceId);
    if (source == null) {
      r.problem(
          "source must name a source in this file, but '"
              + sourceId
              + "' is not one (or was rejected)");
      return null;
    }
    if (f != null && figure == null) {
      return null;
    }
    return new Evidence(
        id,
        commitments,
        criterion,
        kind,
        stance,
        parties,
        occurredOn,
        publishedOn,
        source,
        quote,
        figure,
        tags,
        note,
        null);
  }

  private static PledgewatchException ioError(Path file, IOException e) {
    String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
    return new PledgewatchException(
        ErrorCode.IO_ERROR,
        List.of(
            new Problem(ErrorCode.IO_ERROR, Location.file(file.toString()), "cannot read: " + why)),
        e);
  }
}
