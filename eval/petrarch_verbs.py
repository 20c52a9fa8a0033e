"""What the PETRARCH2/Phoenix verb dictionary would add to the coder, measured on the real-news dev half.

Reads ``../shared/data/petrarch2/CAMEO.2.0.txt`` (MIT, Open Event Data Alliance), takes each verb the project's
``patterns.tsv`` does not know with its code (its own, or its block's default), adds them to the coder's patterns
in this process only, and scores the dev half with and without them (``eval/realnews.py``). Nothing is written.

    python eval/petrarch_verbs.py [--explicit]   # --explicit: only verbs with a code of their own
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DICTIONARY = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
_BLOCK = re.compile(r"^---\s+(\S.*?)\s+\[(\S+)\]\s+---")
_VERB = re.compile(r"^([A-Z][A-Z']*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]+)\])?")


def petrarch_verbs(path: Path, explicit: bool = False) -> dict[str, str]:
    """Verb (lower-case base form) → CAMEO code, from the verb blocks of the dictionary."""
    verbs: dict[str, str] = {}
    block_code, in_blocks = None, False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        block = _BLOCK.match(line)
        if block:
            in_blocks, block_code = True, block.group(2)
            continue
        if not in_blocks or not line or line[0] in "#-&+ ":
            continue
        verb = _VERB.match(line.split("#")[0].strip())
        if verb is None:
            continue
        code = verb.group(2) if explicit else (verb.group(2) or block_code)
        if code and re.fullmatch(r"\d{3,4}", code):
            verbs.setdefault(verb.group(1).lower(), code[:3])
    return verbs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explicit", action="store_true", help="only verbs with a code of their own")
    args = parser.parse_args(argv)
    if not DICTIONARY.exists():
        print(f"skipped: {DICTIONARY} not found")
        return 0
    from eval import realnews
    from faultlines.events.lexicon import Pattern, lexicon

    print("without the PETRARCH2 verbs:")
    realnews.main(["--half", "dev"])
    lex = lexicon()
    known = {lemma for lemma, pos in lex.patterns if pos == "V"}
    added = {v: c for v, c in petrarch_verbs(DICTIONARY, args.explicit).items() if v not in known}
    for verb, code in added.items():
        lex.patterns[(verb, "V")] = [Pattern(verb, "V", "-", "so", code)]
    print(f"with {len(added)} PETRARCH2 verbs the project's patterns lack:")
    realnews.main(["--half", "dev"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
