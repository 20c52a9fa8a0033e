"""Russian evaluation on the gold set we wrote (eval/gold/russian/): both halves, dev (tuned on) and test (held out).

Each gold article is rendered as the page its format names (HTML in its outlet's manner, or a text dump) and run
through the whole pipeline (extract → Russian NLP → events). Scores: actor F1 over actor ids per article, country
accuracy of the matched actors; quote F1 (a predicted quote matches a gold one when their words overlap with F1 ≥ 0.5)
and speaker accuracy of the matched quotes; event precision and recall over (source country, target country, CAMEO
root) per article, events the text asserts (negated and hypothetical ones are not counted).

    python eval/russian.py [--half dev|test|both] [--errors] [--render]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold" / "russian"
COUNTED_MODES = {"asserted", "claimed", "future"}


def load_gold(half: str) -> list[dict]:
    articles = []
    for path in sorted((GOLD / half).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        head, _, annotations = text.partition("=== actors")
        meta, body = {}, []
        for line in head.splitlines():
            if line.startswith("# ") and ":" in line and not body:
                key, _, value = line[2:].partition(":")
                meta[key.strip()] = value.strip()
            else:
                body.append(line)
        sections = {"actors": [], "quotes": [], "events": []}
        current = "actors"
        for line in annotations.splitlines():
            if line.startswith("=== "):
                current = line[4:].strip()
            elif line.strip():
                sections[current].append(line.strip())
        paragraphs = [p.strip() for p in "\n".join(body).split("\n\n") if p.strip()]
        articles.append(
            {
                "id": path.stem,
                "meta": meta,
                "paragraphs": paragraphs,
                "actors": {a.split()[0]: (a.split()[1] if a.split()[1] != "-" else None) for a in sections["actors"]},
                "quotes": [(q.split("|", 1)[0].strip(), q.split("|", 1)[1].strip()) for q in sections["quotes"]],
                "events": {tuple(e.split()) for e in sections["events"]},
            }
        )
    return articles


def render(article: dict) -> tuple[str, str]:
    """The page of a gold article: (kind, text), HTML in the outlet's manner or a plain text dump."""
    meta, paragraphs = article["meta"], article["paragraphs"]
    if meta.get("format") == "text":
        lines = [meta.get("site", ""), "", meta["title"], "", meta.get("date", "")]
        if meta.get("author"):
            lines += [meta["author"]]
        lines += [""] + [p + "\n" for p in paragraphs] + ["Подписывайтесь на наш канал в Telegram"]
        return "text", "\n".join(lines)
    style = meta.get("style", "news")
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
    author = f'<div class="author">{html.escape(meta["author"])}</div>' if meta.get("author") else ""
    page = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{html.escape(meta["title"])} - {html.escape(meta.get("site", ""))}</title>
<meta property="article:published_time" content="{meta.get("date", "")}T10:00:00+03:00">
<meta property="og:site_name" content="{html.escape(meta.get("site", ""))}"></head>
<body class="{style}"><header><nav><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/world">В мире</a></nav></header>
<main><article><h1>{html.escape(meta["title"])}</h1>{author}<time datetime="{meta.get("date", "")}">{meta.get("date", "")}</time>
<div class="article-body">
{body}</div></article>
<aside><h3>Читайте также</h3><ul><li><a href="/1">Курс тенге укрепился к доллару</a></li></ul></aside></main>
<footer>© {html.escape(meta.get("site", ""))}. Все права защищены.</footer></body></html>
"""
    return "html", page


def page_path(half: str, article: dict) -> Path:
    kind = "txt" if article["meta"].get("format") == "text" else "html"
    return GOLD / "pages" / half / f"{article['id']}.{kind}"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("ё", "е"))


def overlap_f1(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    if not common:
        return 0.0
    p, r = common / len(wb), common / len(wa)
    return 2 * p * r / (p + r)


def run_article(article: dict, half: str):
    from faultlines.model import Input, Page
    from faultlines.pipeline import analyze_page

    path = page_path(half, article)
    kind = "text" if path.suffix == ".txt" else "html"
    page = Page(input=Input(path=str(path), kind=kind), text=path.read_text(encoding="utf-8"),
                content_type="text/plain" if kind == "text" else "text/html")
    return analyze_page(page)


def side(ref) -> str | None:
    if ref is None:
        return None
    return "IGO" if ref.role == "IGO" else ref.country


def score(half: str, errors: bool = False) -> dict:
    totals = dict.fromkeys(("a_tp", "a_fp", "a_fn", "c_ok", "q_tp", "q_fp", "q_fn", "s_ok", "e_tp", "e_fp", "e_fn"), 0)
    for article in load_gold(half):
        doc = run_article(article, half)
        if doc.error:
            print(f"{article['id']}: {doc.error} (all its gold counted as missed)")
            totals["a_fn"] += len(article["actors"])
            totals["q_fn"] += len(article["quotes"])
            totals["e_fn"] += len(article["events"])
            continue
        gold_actors = article["actors"]
        predicted = {a.id: a.country for a in doc.actors}
        matched = set(gold_actors) & set(predicted)
        totals["a_tp"] += len(matched)
        totals["a_fp"] += len(set(predicted) - matched)
        totals["a_fn"] += len(set(gold_actors) - matched)
        totals["c_ok"] += sum(1 for a in matched if predicted[a] == gold_actors[a])
        free = list(doc.quotes)
        for speaker, text in article["quotes"]:
            best = max(free, key=lambda q: overlap_f1(text, q.text), default=None)
            if best is not None and overlap_f1(text, best.text) >= 0.5:
                free.remove(best)
                totals["q_tp"] += 1
                got = best.speaker.id if best.speaker else "-"
                if got == speaker or (best.speaker and best.speaker.country == speaker):
                    totals["s_ok"] += 1
                elif errors:
                    print(f"  {article['id']} SPEAKER {got} != {speaker}: {text[:60]}")
            else:
                totals["q_fn"] += 1
                if errors:
                    print(f"  {article['id']} MISSED QUOTE {speaker}: {text[:70]}")
        totals["q_fp"] += len(free)
        if errors:
            for q in free:
                print(f"  {article['id']} EXTRA QUOTE {q.speaker.id if q.speaker else '-'}: {q.text[:70]}")
        found = {(side(e.source), side(e.target), e.cameo[:2]) for e in doc.events if e.mode in COUNTED_MODES}
        gold_events = article["events"]
        totals["e_tp"] += len(found & gold_events)
        totals["e_fp"] += len(found - gold_events)
        totals["e_fn"] += len(gold_events - found)
        if errors:
            for a in sorted(set(predicted) - set(gold_actors)):
                print(f"  {article['id']} EXTRA ACTOR {a}")
            for a in sorted(set(gold_actors) - set(predicted)):
                print(f"  {article['id']} MISSED ACTOR {a}")
            for a in sorted(a for a in matched if predicted[a] != gold_actors[a]):
                print(f"  {article['id']} COUNTRY {a}: {predicted[a]} != {gold_actors[a]}")
            for e in sorted(found - gold_events, key=str):
                print(f"  {article['id']} EXTRA EVENT {e}")
            for e in sorted(gold_events - found):
                print(f"  {article['id']} MISSED EVENT {e}")
    return totals


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(half: str, t: dict) -> None:
    ep = t["e_tp"] / (t["e_tp"] + t["e_fp"]) if t["e_tp"] + t["e_fp"] else 0.0
    er = t["e_tp"] / (t["e_tp"] + t["e_fn"]) if t["e_tp"] + t["e_fn"] else 0.0
    print(
        f"{half:5} actor F1 {f1(t['a_tp'], t['a_fp'], t['a_fn']):.3f} (tp {t['a_tp']} fp {t['a_fp']} fn {t['a_fn']})"
        f" | country acc {t['c_ok'] / max(1, t['a_tp']):.3f}"
        f" | quote F1 {f1(t['q_tp'], t['q_fp'], t['q_fn']):.3f} (tp {t['q_tp']} fp {t['q_fp']} fn {t['q_fn']})"
        f" | speaker acc {t['s_ok'] / max(1, t['q_tp']):.3f}"
        f" | event P {ep:.3f} R {er:.3f} (tp {t['e_tp']} fp {t['e_fp']} fn {t['e_fn']})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--errors", action="store_true", help="list the errors (dev half only)")
    parser.add_argument("--render", action="store_true", help="write the pages of the gold articles again")
    args = parser.parse_args()
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    for half in halves:
        for article in load_gold(half):
            path = page_path(half, article)
            if args.render or not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(render(article)[1], encoding="utf-8")
    for half in halves:
        report(half, score(half, errors=args.errors and half == "dev"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
