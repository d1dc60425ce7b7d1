package org.pledgewatch.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where evidence comes from: one article, statement or dataset.
 *
 * <p>Two outlets running the same text are one source, not two: a source that rewrites or reprints
 * another names it in {@code derivedFrom}, and rules that count independent sources count the
 * origin of the chain once (see {@link Evidence#origin()}).
 *
 * @param id stable id within an evidence set
 * @param type who published it
 * @param publisher the outlet or body; "unidentified" when the source does not say
 * @param title the headline or document title
 * @param url where it can be read, or a reference to a stored copy; may be {@code null}
 * @param publishedOn the date it was published
 * @param derivedFrom the id of the source this one rewrites or reprints, or {@code null}
 * @param via the site that reposted it, when it was read there ({@code publisher} is then the body
 *     that issued it: an official release reposted by a news wire is an official source), or {@code
 *     null}
 * @param language the language it is written in, as an ISO 639-1 code ({@code es}), or {@code null}
 * @param note what a curator noted about it (how an undated page was dated), or {@code null}
 */
public record Source(
    String id,
    SourceType type,
    String publisher,
    String title,
    String url,
    LocalDate publishedOn,
    String derivedFrom,
    String via,
    String language,
    String note) {
  public Source {
    Checks.id(id, "source id");
    Objects.requireNonNull(type, "source '" + id + "': type must not be null");
    Checks.text(publisher, "source '" + id + "': publisher");
    Checks.text(title, "source '" + id + "': title");
    Objects.requireNonNull(publishedOn, "source '" + id + "': publishedOn must not be null");
    if (derivedFrom != null) {
      Checks.id(derivedFrom, "source '" + id + "': derivedFrom");
      if (derivedFrom.equals(id)) {
        throw new IllegalArgumentException(
            "source '" + id + "': derivedFrom must name another source, but was itself");
      }
    }
    if (via != null) {
      Checks.text(via, "source '" + id + "': via");
    }
    if (language != null && !language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException(
          "source '"
              + id
              + "': language must be a two-letter ISO 639-1 code such as 'es', but was '"
              + language
              + "'");
    }
    if (note != null) {
      Checks.text(note, "source '" + id + "': note");
    }
  }

  /** A source read where it was published, with no language or note recorded. */
  public Source(
      String id,
      SourceType type,
      String publisher,
      String title,
      String url,
      LocalDate publishedOn,
      String derivedFrom) {
    this(id, type, publisher, title, url, publishedOn, derivedFrom, null, null, null);
  }

  /** Whether its address can be opened in a browser: an {@code http} or {@code https} URL. */
  public boolean linkable() {
    return isWebAddress(url);
  }

  /**
   * Whether an address is http(s): the only addresses reports link, so that hostile evidence cannot
   * plant a {@code javascript:} link.
   */
  public static boolean isWebAddress(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"));
  }
}
