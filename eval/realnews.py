"""Events, actors and quotes on real published news (``eval/gold/realnews/``; how it is annotated: GUIDE.md there).

NAEB pages run end to end from their raw HTML (../shared/data/naeb); news read with the search tool runs from the
git-ignored cache ``eval/cache/realnews/<id>.txt`` as article text. Articles whose text is absent are skipped.
The dev and test halves are fixed by article id (see :func:`half`); only the dev half's errors are ever shown.

Scores, per half:
- events: precision of the events the coder asserts, recall of the asserted gold events, both at (source code,
  target code, CAMEO root) within the same sentence; CAMEO 010 (a bare statement) is left out on both sides;
- dyad series: precision of the events that enter the dyad series (asserted, two states, confidence at or above
  the threshold), at (source country, target country, CAMEO root);
- mode accuracy of the events found; calibration of the confidence (precision per confidence band);
- actors: country and sector accuracy of the actors matched to the gold by name;
- quotes: F1 (a quote is found when its text holds the gold quote's opening words) and speaker accuracy; a quote
  in text the extractor kept beyond the gold article (and matching no gold quote) is not scored, as for events;
  speaker names are compared without diacritics.

    python eval/realnews.py [--half dev|test|both] [--errors K] [--split] [--only ID]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import NAEB, ROOT  # noqa: E402

GOLD = ROOT / "eval" / "gold" / "realnews"
CACHE = ROOT / "eval" / "cache" / "realnews"
SKIPPED_CODES = {"010"}
_WORD = re.compile(r"\w+")


def half(article_id: str) -> str:
    """``test`` or ``dev``, fixed by the id alone (decided before any rule was written for these articles)."""
    return "test" if int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "dev"


@dataclass
class GoldArticle:
    id: str
    data: dict
    text: str | None = None
    html: str | None = None

    @property
    def half(self) -> str:
        return half(self.id)


def load_gold() -> list[GoldArticle]:
    items = []
    naeb_gold = None
    for path in sorted(GOLD.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        item = GoldArticle(id=data["id"], data=data)
        if data.get("naeb_id"):
            html = NAEB / "html" / f"{data['naeb_id']}.html.gz"
            if html.exists():
                if naeb_gold is None:
                    naeb_gold = json.loads((NAEB / "articles.json").read_text(encoding="utf-8"))
                item.html = gzip.decompress(html.read_bytes()).decode("utf-8", errors="replace")
                item.text = naeb_gold[data["naeb_id"]].get("articleBody") or ""
        else:
            cached = CACHE / f"{data['id']}.txt"
            if cached.exists():
                item.text = cached.read_text(encoding="utf-8")
        items.append(item)
    return items


def analyse(item: GoldArticle):
    """The pipeline's document for one gold article, as a user would run it."""
    from faultlines.model import Input, Page
    from faultlines.pipeline import analyze_page, analyze_text

    if item.html is not None:
        page = Page(input=Input(kind="html", path=f"{item.id}.html"), text=item.html)
        return analyze_page(page)
    paragraphs = "\n\n".join(line.strip() for line in item.text.splitlines() if line.strip())
    return analyze_text(paragraphs, published=item.data.get("date"))


# -- matching -------------------------------------------------------------------------------------------------
def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def same_sentence(predicted: str, gold: str) -> bool:
    """Sentences split differently by the pipeline and the annotator still match when one mostly holds the other."""
    a, b = words(predicted), words(gold)
    if not a or not b:
        return False
    common = sum((Counter(a) & Counter(b)).values())
    return common >= 0.7 * min(len(a), len(b))


def normal(code: str | None) -> str | None:
    try:
        from faultlines.codes import normal_code
    except ImportError:  # an older faultlines, measured for comparison
        def normal_code(code):
            return code[:3] + {"INS": "REB"}.get(code[3:6], code[3:6]) if len(code) >= 6 else code

    if not code:
        return None
    code = normal_code(code)
    return code if code[:3] != "---" else "---" + code[3:]


def code_of(ref) -> str | None:
    """An actor's code (computed as faultlines does where an older version has no ``code``)."""
    if ref is None:
        return None
    if hasattr(ref, "code"):
        return ref.code
    if ref.role == "IGO":
        return "IGO" + {"un": "UNO", "eu": "EUR", "nato": "NAT", "au": "AFR"}.get(ref.id.removeprefix("org:"), "OTH")
    if not ref.country:
        return None
    return ref.country + (ref.role or ("GOV" if ref.id == ref.country else ""))


def predicted_tuple(event) -> tuple:
    return normal(code_of(event.source)), normal(code_of(event.target)), event.cameo[:2]


def mode_of(event) -> str:
    return getattr(event, "mode", "asserted")


def counted_in_series(event) -> bool:
    try:
        from faultlines.relations.series import enters_series
    except ImportError:  # an older faultlines: every event between two states counted
        s, t = event.source, event.target
        return bool(s and t and s.country and t.country and s.country != t.country)
    return enters_series(event)


def gold_tuple(event: dict) -> tuple:
    return normal(event.get("source")), normal(event.get("target")), event["cameo"][:2]


def tuples_match(pred: tuple, gold: tuple, reciprocal: bool, countries_only: bool = False) -> bool:
    if countries_only:
        pred = tuple(x[:3] if x else None for x in pred[:2]) + pred[2:]
        gold = tuple(x[:3] if x else None for x in gold[:2]) + gold[2:]
    if pred == gold:
        return True
    return reciprocal and (pred[1], pred[0], pred[2]) == gold


def _mutual(gold_event: dict) -> bool:
    """Direction carries no meaning: marked reciprocal, or an act that is mutual by nature (consult, clash)."""
    return bool(gold_event.get("reciprocal")) or gold_event["cameo"][:3] in MUTUAL_CODES


#: CAMEO codes of acts done together: consult, talk by phone, meet, negotiate, sign an agreement.
MUTUAL_CODES = {"040", "041", "044", "046", "057"}


@dataclass
class Tally:
    found: int = 0
    right: int = 0
    outside: int = 0
    gold: int = 0
    recalled: int = 0
    series: int = 0
    series_right: int = 0
    modes: Counter = field(default_factory=Counter)
    bands: dict = field(default_factory=dict)
    actors: int = 0
    country_right: int = 0
    sector_right: int = 0
    quotes_found: int = 0
    quotes_right: int = 0
    quotes_gold: int = 0
    quotes_recalled: int = 0
    quotes_outside: int = 0
    speakers_right: int = 0
    errors: list = field(default_factory=list)
    judged: list = field(default_factory=list)  # (event, right) of every asserted event scored


def score_events(item: GoldArticle, doc, tally: Tally) -> None:
    gold = [e for e in item.data.get("events", []) if e["cameo"] not in SKIPPED_CODES]
    used: set[int] = set()
    body = " ".join(words(item.text or ""))
    mirrors: set[tuple] = set()
    for event in doc.events:
        if event.cameo in SKIPPED_CODES:
            continue
        if " ".join(words(event.sentence)) not in body:
            tally.outside += int(mode_of(event) == "asserted")  # a sentence the extractor kept beyond the article
            continue
        pred = predicted_tuple(event)
        mirror = (event.sentence, frozenset(pred[:2]), pred[2], mode_of(event))
        if mirror in mirrors:
            continue  # "A and B met": one mutual act, whichever directions the coder gives it
        mirrors.add(mirror)
        candidates = [(i, g) for i, g in enumerate(gold) if same_sentence(event.sentence, g["sentence"])]
        match = next(
            (
                (i, g)
                for i, g in candidates
                if i not in used and tuples_match(pred, gold_tuple(g), _mutual(g))
            ),
            None,
        )
        if match is not None:
            tally.modes[(match[1].get("mode", "asserted"), mode_of(event))] += 1
        if mode_of(event) != "asserted":
            continue
        right = match is not None and match[1].get("mode", "asserted") == "asserted"
        tally.found += 1
        tally.judged.append((event, right))
        band = min(9, int(round(event.confidence * 100)) // 10)
        seen, ok = tally.bands.get(band, (0, 0))
        tally.bands[band] = (seen + 1, ok + int(right))
        if right:
            tally.right += 1
            used.add(match[0])
        elif len(tally.errors) < 10_000:
            near = "; ".join(f"{gold_tuple(g)} {g.get('mode')}" for _, g in candidates) or "no gold event"
            tally.errors.append(
                f"  FP {item.id} {pred} [{event.rule}] {event.sentence[:140]!r}\n      gold here: {near}"
            )
        if counted_in_series(event):
            tally.series += 1
            tally.series_right += int(
                any(
                    tuples_match(pred, gold_tuple(g), _mutual(g), countries_only=True)
                    and g.get("mode", "asserted") == "asserted"
                    for _, g in candidates
                )
            )
    for i, g in enumerate(gold):
        if g.get("mode", "asserted") != "asserted":
            continue
        tally.gold += 1
        if i in used:
            tally.recalled += 1
        elif len(tally.errors) < 10_000:
            tally.errors.append(f"  FN {item.id} {gold_tuple(g)} {g['sentence'][:140]!r}")


def judged_events(item: GoldArticle, doc, tally: Tally) -> list:
    """The asserted events of ``doc`` scored against the article's gold, each with whether it was right."""
    score_events(item, doc, tally)
    return tally.judged


def _names(actor: dict) -> set[str]:
    names = {actor["name"], *actor.get("aliases", [])}
    return {n.lower() for n in names if n}


def _name_match(predicted: str, gold_names: set[str]) -> bool:
    predicted = predicted.lower()
    if predicted in gold_names:
        return True
    last = predicted.split()[-1] if predicted.split() else ""
    return any(len(last) > 3 and g.split() and g.split()[-1] == last for g in gold_names)


def gold_actor(name: str, gold: list[dict]) -> dict | None:
    """The gold actor a predicted name stands for: one of its names, else one sharing the last word whose words
    hold the other's ("Kennedy", "Robert Kennedy" for "Robert F. Kennedy"; not "North Korea" for "South Korea", nor
    "Afghan military" for "Pakistani military")."""
    lower = name.lower()
    exact = next((g for g in gold if lower in _names(g)), None)
    if exact is not None:
        return exact
    mine = set(words(name))
    return next(
        (
            g
            for g in gold
            if _name_match(name, _names(g))
            and any(mine <= set(words(n)) or set(words(n)) <= mine for n in _names(g))
        ),
        None,
    )


def score_actors(item: GoldArticle, doc, tally: Tally) -> None:
    gold = item.data.get("actors", [])
    for actor in doc.actors:
        match = gold_actor(actor.name, gold)
        if match is None:
            continue
        tally.actors += 1
        code = normal(code_of(actor)) or ""
        want = normal((match.get("country") or "---") + (match.get("sector") or "")) or ""
        if match.get("country") == "IGO":
            want = "IGO" + (match.get("sector") or "")
        tally.country_right += int(code[:3] == want[:3])
        tally.sector_right += int(code[3:] == want[3:])


def score_quotes(item: GoldArticle, doc, tally: Tally) -> None:
    gold = item.data.get("quotes", [])
    tally.quotes_gold += len(gold)
    actors = {a["name"]: a for a in item.data.get("actors", [])}
    used: set[int] = set()
    body = " ".join(words(item.text or ""))
    for quote in doc.quotes:
        text = " ".join(words(quote.text))
        # of the gold quotes whose opening words it holds, the one it opens with (an indirect quote holding a
        # partial one, 'the two sides "reached a deal"', is the indirect gold quote, not the partial one)
        held = [
            (text.find(" ".join(words(g["start"]))), i, g)
            for i, g in enumerate(gold)
            if i not in used and " ".join(words(g["start"])) in text
        ]
        match = min(held, key=lambda h: h[0])[1:] if held else None
        if match is None and text not in body:
            # a quote in text the extractor kept beyond the gold article (a live blog's other posts, a list of
            # sources): nobody annotated it, so it is not scored, as events there are not
            tally.quotes_outside += 1
            continue
        tally.quotes_found += 1
        if match is None:
            continue
        i, g = match
        used.add(i)
        tally.quotes_right += 1
        tally.quotes_recalled += 1
        speaker = g.get("speaker")
        names = _names(actors[speaker]) if speaker in actors else ({speaker.lower()} if speaker else set())
        said = quote.speaker.name if quote.speaker else None
        folded = {_folded(n) for n in names}
        tally.speakers_right += int((said is None and not names) or (said is not None and _name_match(_folded(said), folded)))


def _folded(name: str) -> str:
    """A name without its diacritics: the text's "Vucic" and the knowledge base's "Vučić" are one speaker."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, tally: Tally, articles: int, seconds: float) -> dict:
    p, r = ratio(tally.right, tally.found), ratio(tally.recalled, tally.gold)
    qp, qr = ratio(tally.quotes_right, tally.quotes_found), ratio(tally.quotes_recalled, tally.quotes_gold)
    mode_total = sum(tally.modes.values())
    mode_right = sum(n for (g, m), n in tally.modes.items() if g == m)
    result = {
        "articles": articles,
        "event_precision": p,
        "event_recall": r,
        "event_f1": f1(p, r),
        "events_found": tally.found,
        "events_gold": tally.gold,
        "events_outside_article": tally.outside,
        "series_precision": ratio(tally.series_right, tally.series),
        "series_events": tally.series,
        "mode_accuracy": ratio(mode_right, mode_total),
        "actor_country_accuracy": ratio(tally.country_right, tally.actors),
        "actor_sector_accuracy": ratio(tally.sector_right, tally.actors),
        "actors_matched": tally.actors,
        "quote_precision": qp,
        "quote_recall": qr,
        "quote_f1": f1(qp, qr),
        "speaker_accuracy": ratio(tally.speakers_right, tally.quotes_right),
        "quotes_outside_article": tally.quotes_outside,
        "calibration": {
            f"{b / 10:.1f}": [n, round(ratio(ok, n), 3)] for b, (n, ok) in sorted(tally.bands.items())
        },
    }
    print(f"{name} half: {articles} articles, {seconds:.1f}s")
    print(
        f"  events (asserted): P {p:.3f} ({tally.right}/{tally.found})  R {r:.3f} "
        f"({tally.recalled}/{tally.gold})  F1 {result['event_f1']:.3f}"
    )
    print(f"  asserted events in sentences outside the gold article text (not scored): {tally.outside}")
    print(f"  dyad series: P {result['series_precision']:.3f} ({tally.series_right}/{tally.series})")
    print(f"  mode accuracy of matched events: {result['mode_accuracy']:.3f} ({mode_right}/{mode_total})")
    print(
        f"  actors: country {result['actor_country_accuracy']:.3f} sector {result['actor_sector_accuracy']:.3f}"
        f" ({tally.actors} matched)"
    )
    print(
        f"  quotes: P {qp:.3f} R {qr:.3f} F1 {result['quote_f1']:.3f}  speaker {result['speaker_accuracy']:.3f}"
        f" ({tally.speakers_right}/{tally.quotes_right})"
    )
    print(f"  quotes in text outside the gold article text (not scored): {tally.quotes_outside}")
    print("  calibration (confidence band: events, precision): " + str(result["calibration"]))
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0, help="show K errors of the dev half")
    parser.add_argument("--split", action="store_true", help="list the articles with their half and exit")
    parser.add_argument("--only", help="one article id (dev half only)")
    parser.add_argument("--json", help="write the scores to this file")
    args = parser.parse_args(argv)
    items = load_gold()
    if args.split:
        for item in items:
            print(f"{item.half}\t{item.id}\t{'text' if item.text is not None else 'absent'}")
        return {}
    present = [i for i in items if i.text is not None]
    if not present:
        print("skipped: no real-news text found (NAEB in ../shared, web articles in eval/cache/realnews)")
        return {}
    print(f"{len(items)} gold articles, {len(present)} with their text here")
    results = {}
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    for name in halves:
        chosen = [i for i in present if i.half == name and (not args.only or i.id == args.only)]
        if args.only and name == "test":
            continue
        tally = Tally()
        started = time.perf_counter()
        for item in chosen:
            doc = analyse(item)
            score_events(item, doc, tally)
            score_actors(item, doc, tally)
            score_quotes(item, doc, tally)
        results[name] = report(name, tally, len(chosen), time.perf_counter() - started)
        if args.errors and name == "dev":
            print("\n".join(tally.errors[: args.errors]))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
