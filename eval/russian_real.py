"""Russian on real published news (``eval/gold/russian_real/``; how it is annotated: README.md there).

The article text is the excerpt the ``search`` tool returned, kept in the git-ignored cache
``eval/cache/russian_real/<id>.txt`` (never committed); articles whose text is absent are skipped, and the script
says so and exits cleanly when none is here. Each line of the excerpt is a paragraph, run through the Russian NLP
and events as an article in Russian. The dev and test halves are fixed by article id; only the dev half's errors
are ever shown.

Scores, per half, as ``eval/russian.py`` gives them for the fictional set: actor F1 over actor ids per article and
the country accuracy of the matched actors; quote F1 (a found quote holds a gold quote's opening words) and speaker
accuracy (the same id, or an actor of the same country); event precision and recall over (source country, target
country, CAMEO root) per article, ``IGO`` for intergovernmental bodies, asserted, claimed and future events; a
reciprocal gold event matches either direction, and a mirrored pair of found events counts once.

    python eval/russian_real.py [--half dev|test|both] [--errors]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold" / "russian_real"
CACHE = ROOT / "eval" / "cache" / "russian_real"
COUNTED_MODES = {"asserted", "claimed", "future"}


def half_of(article_id: str) -> str:
    """``test`` or ``dev``, fixed by the id alone (decided before any rule was written for these articles)."""
    return "test" if int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "dev"


def load_gold(half: str) -> list[dict]:
    """The gold articles of one half, each with its cached ``text`` (None when the cache lacks it)."""
    out = []
    for path in sorted((GOLD / half).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert half_of(data["id"]) == half, f"{data['id']} is filed under the wrong half"
        cached = CACHE / f"{data['id']}.txt"
        data["text"] = cached.read_text(encoding="utf-8") if cached.exists() else None
        out.append(data)
    return out


def analyse(item: dict):
    from faultlines.model import Article, Input
    from faultlines.pipeline import analyze_article

    paragraphs = [line.strip() for line in item["text"].splitlines() if line.strip()]
    article = Article(paragraphs=paragraphs, published=item.get("date"), language="ru")
    return analyze_article(article, Input(kind="text", path=f"{item['id']}.txt"))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("ё", "е"))


def country_of_code(code: str | None) -> str | None:
    if not code:
        return None
    return "IGO" if code.startswith("IGO") else code[:3]


def side(ref) -> str | None:
    if ref is None:
        return None
    return "IGO" if ref.role == "IGO" else ref.country


def gold_country(actor: dict) -> str | None:
    return "IGO" if actor.get("country") == "IGO" else actor.get("country")


def _tally(found: set, gold: list[dict]) -> tuple[int, int, int, list, list]:
    """(tp, fp, fn, false positives, misses) of found (source, target, root) tuples against the gold events."""
    wanted = {}
    for g in gold:
        if g.get("mode", "asserted") not in COUNTED_MODES:
            continue
        key = (country_of_code(g["source"]), country_of_code(g["target"]), g["cameo"][:2])
        wanted[key] = wanted.get(key, False) or bool(g.get("reciprocal"))
    mirror = {(t, s, r): (s, t, r) for (s, t, r), mutual in wanted.items() if mutual}
    matched, extra = set(), []
    for key in sorted(found, key=str):
        if key in wanted:
            matched.add(key)
        elif key in mirror:
            matched.add(mirror[key])
        elif (key[1], key[0], key[2]) in found and (key[1], key[0], key[2]) in wanted:
            continue  # the mirror of a mutual act already found
        else:
            extra.append(key)
    missed = [k for k in wanted if k not in matched]
    return len(matched), len(extra), len(missed), extra, missed


def _gold_of(events: list[dict], key: tuple) -> list[dict]:
    """The gold events counted under (source country, target country, CAMEO root) ``key``, for the error listing."""
    return [g for g in events if g.get("mode", "asserted") in COUNTED_MODES
            and (country_of_code(g["source"]), country_of_code(g["target"]), g["cameo"][:2]) == key]


def score(half: str, errors: bool = False) -> dict | None:
    items = [i for i in load_gold(half) if i["text"] is not None]
    if not items:
        return None
    totals = dict.fromkeys(("a_tp", "a_fp", "a_fn", "c_ok", "q_tp", "q_fp", "q_fn", "s_ok", "e_tp", "e_fp", "e_fn"), 0)
    totals["articles"] = len(items)
    for item in items:
        doc = analyse(item)
        aid = item["id"]
        gold_actors = {a["id"]: a for a in item["actors"]}
        predicted = {a.id: a for a in doc.actors}
        matched = set(gold_actors) & set(predicted)
        totals["a_tp"] += len(matched)
        totals["a_fp"] += len(set(predicted) - matched)
        totals["a_fn"] += len(set(gold_actors) - matched)
        wrong_country = sorted(a for a in matched if side(predicted[a]) != gold_country(gold_actors[a]))
        totals["c_ok"] += len(matched) - len(wrong_country)
        free = list(doc.quotes)
        for g in item["quotes"]:
            start = " ".join(words(g["start"]))
            best = next((q for q in free if start in " ".join(words(q.text))), None)
            if best is None:
                totals["q_fn"] += 1
                if errors:
                    print(f"  {aid} MISSED QUOTE {g['speaker']}: {g['start']}")
                continue
            free.remove(best)
            totals["q_tp"] += 1
            want = g["speaker"]
            got = best.speaker.id if best.speaker else None
            want_country = gold_country(gold_actors[want]) if want in gold_actors else None
            if got == want or (best.speaker is not None and want_country and side(best.speaker) == want_country):
                totals["s_ok"] += 1
            elif errors:
                print(f"  {aid} SPEAKER {got} != {want}: {g['start']}")
        totals["q_fp"] += len(free)
        found = {(side(e.source), side(e.target), e.cameo[:2]) for e in doc.events if e.mode in COUNTED_MODES}
        tp, fp, fn, extra, missed = _tally(found, item["events"])
        totals["e_tp"] += tp
        totals["e_fp"] += fp
        totals["e_fn"] += fn
        if errors:
            for q in free:
                print(f"  {aid} EXTRA QUOTE {q.speaker.id if q.speaker else '-'}: {q.text[:70]}")
            for a in sorted(set(predicted) - matched):
                print(f"  {aid} EXTRA ACTOR {a} ({predicted[a].name})")
            for a in sorted(set(gold_actors) - matched):
                print(f"  {aid} MISSED ACTOR {a}")
            for a in wrong_country:
                print(f"  {aid} COUNTRY {a}: {side(predicted[a])} != {gold_country(gold_actors[a])}")
            for e in extra:
                rules = sorted({ev.rule for ev in doc.events if (side(ev.source), side(ev.target), ev.cameo[:2]) == e})
                print(f"  {aid} EXTRA EVENT {e} {rules}")
            for e in missed:
                print(f"  {aid} MISSED EVENT {e}")
                for g in _gold_of(item["events"], e):
                    print(f"      {g['cameo']} {g.get('mode', 'asserted')}: {g.get('note', '')} | {g['sentence_start']}")
    return totals


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def summary(t: dict) -> dict:
    ep = t["e_tp"] / (t["e_tp"] + t["e_fp"]) if t["e_tp"] + t["e_fp"] else 0.0
    er = t["e_tp"] / (t["e_tp"] + t["e_fn"]) if t["e_tp"] + t["e_fn"] else 0.0
    return {
        "articles": t["articles"],
        "actor_f1": f1(t["a_tp"], t["a_fp"], t["a_fn"]),
        "country_accuracy": t["c_ok"] / max(1, t["a_tp"]),
        "quote_f1": f1(t["q_tp"], t["q_fp"], t["q_fn"]),
        "speaker_accuracy": t["s_ok"] / max(1, t["q_tp"]),
        "event_precision": ep,
        "event_recall": er,
    }


def report(half: str, t: dict) -> None:
    s = summary(t)
    print(
        f"{half:5} {t['articles']} articles | actor F1 {s['actor_f1']:.3f} (tp {t['a_tp']} fp {t['a_fp']} fn {t['a_fn']})"
        f" | country acc {s['country_accuracy']:.3f}"
        f" | quote F1 {s['quote_f1']:.3f} (tp {t['q_tp']} fp {t['q_fp']} fn {t['q_fn']})"
        f" | speaker acc {s['speaker_accuracy']:.3f}"
        f" | event P {s['event_precision']:.3f} R {s['event_recall']:.3f} (tp {t['e_tp']} fp {t['e_fp']} fn {t['e_fn']})"
    )


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--errors", action="store_true", help="list the errors (dev half only)")
    args = parser.parse_args(argv)
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    results = {}
    for half in halves:
        totals = score(half, errors=args.errors and half == "dev")
        if totals is None:
            print(f"{half:5} skipped: no cached text here (eval/cache/russian_real/; see eval/gold/russian_real/README.md)")
            continue
        report(half, totals)
        results[half] = summary(totals)
    return results


if __name__ == "__main__":
    main()
