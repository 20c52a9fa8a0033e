"""``faultlines analyze PATH... [--format json|jsonl|text] [--per-line]``: the full pipeline, nothing stored.

``--per-line`` reads each line of a text file as its own short document (sentence-level evaluation); with
``--format jsonl`` it writes exactly one line out per line in, in order.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from faultlines.ingest import failure_line
from faultlines.model import Document, Input
from faultlines.sources import SourceFailure, read_inputs
from faultlines.sources.decode import decode_bytes


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "analyze",
        help="run the full pipeline (article, actors, quotes, events) without storing",
        description="Run the whole pipeline on pages (or, with --per-line, on each line of text files).",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="PATH", help="files, folders or URLs ('-' = stdin with --per-line)"
    )
    parser.add_argument("--format", choices=("json", "jsonl", "text"), default="json", help="default: json")
    parser.add_argument(
        "--per-line", action="store_true", help="each line of a text file is its own document"
    )
    parser.add_argument("--published", metavar="DATE", help="with --per-line: the date to give each line")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument("--allow-private", action="store_true", help="allow fetching private addresses")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    failed = 0

    def fail(name: str, reason: str) -> None:
        nonlocal failed
        failed += 1
        print(failure_line(name, reason), file=sys.stderr, flush=True)

    documents = _per_line(args, fail) if args.per_line else _pages(args, fail)
    collected: list[dict[str, Any]] = []
    for doc in documents:
        if args.format == "json":
            collected.append(doc.to_dict())
        elif args.format == "jsonl":
            sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(as_text(doc) + "\n")
    if args.format == "json":
        sys.stdout.write(json.dumps({"documents": collected}, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
    return 1 if failed else 0


def _pages(args: argparse.Namespace, fail) -> Iterator[Document]:
    from faultlines.pipeline import analyze_many

    def pages():
        for item in read_inputs(args.inputs, allow_private=args.allow_private):
            if isinstance(item, SourceFailure):
                fail(item.name, item.reason)
            else:
                yield item

    for doc in analyze_many(pages(), workers=max(1, args.workers)):
        if doc.error or doc.article is None:
            fail(doc.input.url or doc.input.path or "?", doc.error or "no article found in the page")
        else:
            yield doc


def _per_line(args: argparse.Namespace, fail) -> Iterator[Document]:
    from faultlines.pipeline import analyze_texts

    for name in args.inputs:
        lines = _read_lines(name, fail)
        if lines is None:
            continue
        source = Input(path=None if name == "-" else str(Path(name).absolute()), kind="text")
        for doc in analyze_texts(lines, published=args.published):
            doc.input = source
            yield doc


def _read_lines(name: str, fail) -> list[str] | None:
    from faultlines import settings

    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        fail(name, f"cannot read file ({exc.strerror or exc})")
        return None
    if len(data) > 10 * settings.MAX_PAGE_BYTES:
        fail(name, "file too large for --per-line")
        return None
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        fail(name, "not a text file (binary data)")
        return None
    text, _encoding = decode_bytes(data)
    return [line.strip() for line in text.splitlines()]


def as_text(doc: Document) -> str:
    """A readable summary: title, actors, quotes with speakers, events with codes."""
    article = doc.article
    head = (article.title if article and article.title else None) or (article.body[:100] if article else "")
    lines = [f"== {doc.input.url or doc.input.path or '-'}: {head}"]
    if doc.actors:
        lines.append(
            "Actors: " + ", ".join(f"{a.name} ({a.country or '?'}/{a.role or '-'})" for a in doc.actors)
        )
    for quote in doc.quotes:
        speaker = quote.speaker.name if quote.speaker else "?"
        lines.append(f"Quote [{speaker}]: {quote.text[:200]}")
    for event in doc.events:
        source = event.source.name if event.source else "?"
        target = event.target.name if event.target else "?"
        lines.append(
            f"Event {event.cameo} ({event.goldstein:+.1f}) {source} -> {target}: {event.sentence[:160]}"
        )
    return "\n".join(lines)
