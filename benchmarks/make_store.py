"""A realistic synthetic store for the benchmarks, in the real schema: ``make_store.py --events N --db FILE``.

About two years of news (2024–2025), 60 states with skewed dyads (a few busy pairs, KAZ-RUS first, a long
tail), leaders and ministries as actors, quotes, article text with a varied vocabulary for the full-text search,
story clusters, and one unique event per (day, source, target, CAMEO) with its mention count. Rows go in with bulk
SQL inserts; the aggregates (``dyad_periods``, ``actor_totals``, ``row_counts``, ``dyad_summary``) are added by
the store's own bulk path (``store.aggregates.bulk_insert`` and ``refresh_dyads``, as ``faultlines load``), and the
alerts come from the store's ``alerts.refresh``.

    python benchmarks/make_store.py --events 1000000 --db /tmp/bench-1m.db
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

COUNTRIES = ("RUS KAZ UKR USA CHN JPN IND PAK IRN ISR TUR SYR IRQ SAU ARE EGY ETH SDN KEN NGA ZAF BRA ARG MEX "
             "CAN GBR FRA DEU ITA ESP POL ROU HUN SRB BIH GEO ARM AZE BLR MDA UZB KGZ TJK TKM AFG MNG PRK KOR "
             "TWN VNM PHL IDN MYS THA MMR BGD LKA NPL AUS NZL").split()
CAMEO = [("010", 0, 0.0), ("020", 0, 3.0), ("036", 1, 4.0), ("051", 1, 3.4), ("057", 1, 8.0), ("061", 2, 6.4),
         ("070", 2, 7.0), ("111", 3, -2.0), ("125", 3, -5.0), ("138", 3, -7.0), ("163", 3, -8.0),
         ("173", 4, -5.0), ("190", 4, -10.0), ("145", 4, -7.5)]
ROLES = ("GOV", "GOV", "GOV", "LEG", "MIL", "MED")


WORDS = ("grain wheat pipeline border talks sanctions tariff summit minister treaty oil gas election protest "
         "troops drill exercise ceasefire aid loan investment railway port customs visa migrants water dam river "
         "fishing quota nuclear reactor uranium drone missile cyber hackers embassy ambassador envoy delegation "
         "parliament court verdict journalist arrest strike union inflation currency bank bond market shipping "
         "corridor transit satellite launch vaccine health drought harvest fertiliser coal power grid").split()
SITES = [f"site{i}.example" for i in range(40)]


def generate(path: Path, events: int, seed: int = 7, chunk: int = 5000) -> dict:
    """A store at ``path`` with about ``events`` event mentions (articles, actors, quotes, unique events, alerts)."""
    from faultlines.store.aggregates import bulk_insert, refresh_dirty
    from faultlines.store.alerts import refresh
    from faultlines.store.db import connect

    rng = random.Random(seed)
    conn = connect(path)  # creates and migrates the schema (with the aggregate triggers)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("PRAGMA foreign_keys = OFF")  # events name their unique events, which go in last
    per_article, days, base = 20, 730, dt.date(2024, 1, 1)
    n_articles = max(1, events // per_article)
    pairs = [(a, b) for a in COUNTRIES for b in COUNTRIES if a != b]
    weights = [1.0] * len(pairs)
    for i, (a, b) in enumerate(pairs):  # skewed dyads: a few busy pairs, a long tail
        if {a, b} == {"KAZ", "RUS"}:
            weights[i] = 400
        elif {a, b} in ({"RUS", "UKR"}, {"USA", "CHN"}, {"ISR", "IRN"}, {"IND", "PAK"}):
            weights[i] = 250
        elif a in COUNTRIES[:12] and b in COUNTRIES[:12]:
            weights[i] = 20
    uniq_keys: dict[str, int] = {}
    event_id = 0
    story = 0
    conn.execute("BEGIN")
    bulk = bulk_insert(conn)  # the aggregates get the rows in a few GROUP BYs at the end, as `faultlines load`
    bulk.__enter__()
    docs, arts, actors, quotes, uniq, evs, stories = [], [], [], [], {}, [], []
    for art in range(1, n_articles + 1):
        day = base + dt.timedelta(days=int(days * rng.random() ** 0.8))  # more news lately
        date = day.isoformat()
        chosen = rng.choices(pairs, weights, k=per_article)
        topic = rng.sample(WORDS, 6)
        paragraphs = [
            f"{a} and {b} officials discussed {topic[k % 6]} and {rng.choice(WORDS)} on {date};"
            f" the {rng.choice(WORDS)} {rng.choice(WORDS)} dispute over {topic[(k + 1) % 6]} continues ({art}-{k})."
            for k, (a, b) in enumerate(chosen[:6])
        ]
        if art == 1 or rng.random() > 0.15:  # most articles start a story, some join the previous one
            story += 1
            stories.append((story, f"{topic[0].title()} {topic[1]}: {chosen[0][0]} and {chosen[0][1]}", date))
        docs.append((art, f"https://bench.example/{art}", "url", None, f"https://bench.example/{art}",
                     f"{art:064x}", date, date))
        arts.append((art, art, story, f"{topic[0].title()} {topic[1]}: {chosen[0][0]} and {chosen[0][1]} ({art})",
                     None, "[]", date, SITES[art % len(SITES)], f"https://bench.example/{art}", "en", "[]", None,
                     "[]", json.dumps(paragraphs), "\n\n".join(paragraphs), "[]"))
        for country in {c for pair in chosen[:4] for c in pair}:
            actors.append((art, country, country, "state", country, "GOV", rng.randint(1, 4), "[]"))
        for a in {chosen[0][0], chosen[1][1]}:
            person = f"person:leader-{a.lower()}-{rng.randrange(8)}"
            actors.append((art, person, f"Leader {person[-1]} of {a}", "person", a, "GOV", rng.randint(1, 5), "[]"))
            quotes.append((art, len(quotes) % 3, f"We will defend our {rng.choice(WORDS)} interests, says {a}",
                           "direct", person, f"Leader {person[-1]} of {a}", a, "GOV", "said", 0, 0, 20))
        for seq, (a, b) in enumerate(chosen):
            event_id += 1
            cameo, quad, gold = rng.choice(CAMEO)
            key = f"{date}|{a}|{b}|{cameo}"
            uid = uniq_keys.get(key)
            if uid is None:
                uid = uniq_keys[key] = len(uniq_keys) + 1
                uniq[uid] = [uid, key, date, a, b, cameo, quad, gold, 0, event_id, f"{a}GOV", f"{b}GOV", cameo[:2]]
            uniq[uid][8] += 1
            role = rng.choice(ROLES)
            evs.append((event_id, art, uid, seq, a, a, a, role, b, b, b, "GOV", cameo, cameo[:2], quad, gold,
                        None, date, seq % 6, f"{a} officials {rng.choice(WORDS)} towards {b} ({cameo}) on {date}.",
                        0, 60, "bench", f"synthetic event {cameo} from {a} to {b}", 0.7, "published"))
        if art % chunk == 0 or art == n_articles:
            _write(conn, docs, arts, actors, quotes, evs, stories)
            docs, arts, actors, quotes, evs, stories = [], [], [], [], [], []
    # unique events last, with their final mention counts: the triggers add each to the dyad aggregates once
    conn.executemany(
        "INSERT INTO unique_events(id, event_key, date, source_country, target_country, cameo, quad_class,"
        " goldstein, mentions, first_event_id, source_code, target_code, root) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        list(uniq.values()))
    bulk.__exit__(None, None, None)
    conn.execute("UPDATE stories SET size = (SELECT count(*) FROM articles WHERE story_id = stories.id)")
    refresh_dirty(conn)  # every dyad's summary, as a writer does for the dyads it touched
    conn.execute("COMMIT")
    refresh(conn)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"articles": n_articles, "events": event_id, "unique_events": len(uniq_keys)}


def _write(conn, docs, arts, actors, quotes, evs, stories) -> None:
    conn.executemany("INSERT INTO stories(id, title, first_seen, size) VALUES (?, ?, ?, 1)", stories)
    conn.executemany("INSERT INTO documents(id, input_key, kind, path, url, content_hash, fetched, ingested_at)"
                     " VALUES (?,?,?,?,?,?,?,?)", docs)
    conn.executemany(
        "INSERT INTO articles(id, document_id, story_id, title, dek, authors, published, site, url, language,"
        " sections, republished_from, image_credits, paragraphs, body, related)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", arts)
    conn.executemany("INSERT INTO actors(article_id, actor_key, name, kind, country, role, mentions, spans)"
                     " VALUES (?,?,?,?,?,?,?,?)", actors)
    conn.executemany(
        "INSERT INTO quotes(article_id, seq, text, kind, speaker_key, speaker_name, speaker_country,"
        " speaker_role, cue, paragraph, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", quotes)
    conn.executemany(
        "INSERT INTO events(id, article_id, unique_event_id, seq, source_key, source_name, source_country,"
        " source_role, target_key, target_name, target_country, target_role, cameo, root, quad_class, goldstein,"
        " plover, date, paragraph, sentence, start, \"end\", rule, explanation, confidence, date_basis)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", evs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="event mentions (default: 100,000)")
    parser.add_argument("--db", required=True, help="the store to write (must not exist)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    db = Path(args.db)
    if db.exists():
        print(f"make_store: {db} exists: pass a new file", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    counts = generate(db, args.events, args.seed)
    size = db.stat().st_size / 2**20
    print(f"{counts['events']:,} events, {counts['unique_events']:,} unique, {counts['articles']:,} articles in"
          f" {time.perf_counter() - t0:.1f} s: {db} ({size:,.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
