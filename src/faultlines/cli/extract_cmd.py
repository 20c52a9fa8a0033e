"""``faultlines extract PATH... [--format jsonl|json|text]``: the article of each page, nothing stored."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from faultlines.ingest import failure_line
from faultlines.model import Document
from faultlines.sources import SourceFailure, read_inputs


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="extract the article of each page (nothing stored)",
        description="Pull the article (title, dek, byline, date, sections, provenance, body, teasers) out of pages.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="PATH", help="files, folders (recursive) or http(s) URLs"
    )
    parser.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl", help="default: jsonl")
    parser.add_argument("--allow-private", action="store_true", help="allow fetching private addresses")
    parser.set_defaults(func=run)


def extracted(doc: Document) -> dict[str, Any]:
    """The public extraction shape: ``{"input", "article", "related"}``."""
    data = doc.to_dict()
    return {"input": data["input"], "article": data["article"], "related": data["related"]}


def run(args: argparse.Namespace) -> int:
    from faultlines.pipeline import analyze_many

    failed = 0

    def pages():
        nonlocal failed
        for item in read_inputs(args.inputs, allow_private=args.allow_private):
            if isinstance(item, SourceFailure):
                failed += 1
                print(failure_line(item.name, item.reason), file=sys.stderr, flush=True)
            else:
                yield item

    documents = []
    for doc in analyze_many(pages(), stages=("extract",)):
        if doc.error or doc.article is None:
            failed += 1
            name = doc.input.url or doc.input.path or "?"
            print(
                failure_line(name, doc.error or "no article found in the page"), file=sys.stderr, flush=True
            )
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(extracted(doc), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif args.format == "text":
            sys.stdout.write(as_text(doc) + "\n")
        else:
            documents.append(extracted(doc))
    if args.format == "json":
        sys.stdout.write(json.dumps({"documents": documents}, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def as_text(doc: Document) -> str:
    """A readable rendering of one extracted article."""
    article = doc.article
    assert article is not None
    lines = [f"== {doc.input.url or doc.input.path} ({doc.input.kind})", f"Title: {article.title or '-'}"]
    for label, value in (
        ("Dek", article.dek),
        ("Authors", ", ".join(article.authors)),
        ("Published", article.published),
        ("Site", article.site),
        ("URL", article.url),
        ("Language", article.language),
        ("Sections", " / ".join(article.sections)),
        ("Republished from", article.republished_from),
        ("Image credits", "; ".join(article.image_credits)),
    ):
        if value:
            lines.append(f"{label}: {value}")
    lines.append("")
    lines.extend(f"{paragraph}\n" for paragraph in article.paragraphs)
    if article.related:
        lines.append("Related:")
        for teaser in article.related:
            extra = " | ".join(x for x in (teaser.section, teaser.image_credit) if x)
            lines.append(f"  - {teaser.title}" + (f" [{extra}]" if extra else ""))
            if teaser.excerpt:
                lines.append(f"    {teaser.excerpt[:160]}")
    return "\n".join(lines)
