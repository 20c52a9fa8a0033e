"""Convert the PETRARCH2/Phoenix actor dictionaries (MIT) into the project's own knowledge files.

Reads ``../shared/data/petrarch2/`` (or ``--source``) and writes, under ``src/faultlines/data/actors/``:

* ``phoenix_agents.tsv`` from ``Phoenix.agents.txt``: common nouns → sector ("police" → COP, "protester" → OPP);
* ``phoenix_people.tsv`` from ``Phoenix.Countries.actors.txt`` and ``Phoenix.International.actors.txt``: named people
  with their dated codes (office holders with date ranges, mostly to 2016), one line per dated code;
* ``phoenix_orgs.tsv`` from ``Phoenix.Countries.actors.txt`` (national institutions), ``Phoenix.International.actors.txt``
  (IGOs, NGOs, companies) and ``Phoenix.MilNonState.actors.txt`` (armed non-state groups).

Phoenix codes are read as a country (ISO3, or IGO/NGO/MNC/IMG and regions: no country) followed by 3-letter
sectors; the first sector the project knows is kept, Phoenix's others are mapped (``SECTOR_MAP``). Each output file
keeps the MIT notice. This is a build step, never run by the pipeline:

    python scripts/convert_petrarch2.py [--source ../shared/data/petrarch2]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "faultlines" / "data" / "actors"

#: Phoenix sectors → the project's (GUIDE: workers, refugees, farmers are civilians; rights, aid, environment groups
#: NGOs; Phoenix's "elite" — former officials and leaders out of office — is the opposition; unaligned armed forces
#: and insurgents are rebels; religions are religious bodies).
SECTOR_MAP = {
    **{s: s for s in "GOV MIL COP JUD LEG OPP REB CVL MED BUS NGO EDU REL SPY IGO".split()},
    "INS": "REB",
    "UAF": "REB",
    "SEP": "REB",
    "ELI": "OPP",
    "PTY": "OPP",
    "MNC": "BUS",
    "AGR": "CVL",
    "LAB": "CVL",
    "REF": "CVL",
    "CRM": "CVL",
    "HLH": "CVL",
    "HRI": "NGO",
    "ENV": "NGO",
    "DEV": "NGO",
    **{
        s: "REL"
        for s in "MUS CHR JEW HIN BUD CTH PRO ORT SHI SUN ALE DRZ JAN SIK TAO ZRO BAH CON MOS".split()
    },
}
#: First codes that are no country: international groups and regions.
NO_COUNTRY = set(
    "IGO NGO MNC IMG INT --- MEA SAS WEU SEA EUR AFR ASA LAM CAU CAS EAF WAF NAF SAF CRB SAM NMR".split()
)
#: IGO groups (second code of an IGO) the project names; any other is OTH.
IGO_GROUPS = {
    "UNO": "UNO",
    "EUR": "EUR",
    "EEC": "EUR",
    "NAT": "NAT",
    "AFR": "AFR",
    "AFU": "AFR",
    "ARL": "ARL",
    "ASN": "ASN",
}
#: Last words of an agent phrase that name a body (an institution) rather than a person.
BODY_WORDS = set(
    """police army military navy force forces court courts ministry government parliament party council committee
    agency department office service services guard guards union association authority authorities administration
    cabinet junta regime assembly congress senate tribunal commission media press university college school church
    mosque brigade brigades battalion militia militias gendarmerie house delegation""".split()
)
HORIZON = "2016-12-31"
_DATE = re.compile(r"^(\d{6}|\d{8})$")


def notice(path: Path) -> str:
    """The MIT notice block of a Phoenix file, as comment lines."""
    lines = path.read_text(encoding="latin-1").splitlines()
    start = next((i for i, line in enumerate(lines) if "The MIT License" in line), None)
    if start is None:  # the file does not repeat it: the repository's LICENSE
        licence = (path.parent / "LICENSE").read_text(encoding="latin-1").splitlines()
        return "\n".join(f"# {line}".rstrip() for line in licence) + "\n"
    block = []
    for line in lines[start:]:
        if not line.startswith("#"):
            break
        block.append(line.rstrip())
    return "\n".join(block).rstrip("# \n") + "\n"


def phrase(token: str) -> str:
    """``AL-QASSAM_BRIGADES_`` → ``Al-Qassam Brigades``; short acronyms stay in capitals."""
    words = [w for w in re.split(r"[_ ]+", token.strip().strip("_")) if w]  # "+LYNDON JOHNSON": blanks too
    out = []
    for w in words:
        letters = re.sub(r"[^A-Za-z]", "", w)
        if (
            len(letters) <= 4
            and not re.search(r"[AEIOUY]", letters.upper())
            or w.isupper()
            and len(words) == 1
            and len(letters) <= 5
        ):
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    text = " ".join(out)
    return re.sub(
        r"\b(Of|The|And|For|In|On|De|La|Le|Du|Des|Al|El|Bin|Ibn|Von|Van|Der)\b",
        lambda m: m.group(0).lower() if m.start() else m.group(0),
        text,
    )


def to_date(text: str) -> str:
    if len(text) == 6:
        yy = int(text[:2])
        text = (f"20{text[:2]}" if yy <= 30 else f"19{text[:2]}") + text[2:]
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def read_code(code: str) -> tuple[str, str, str]:
    """``(country, sector, igo group)`` of a Phoenix code such as ``KORGOVBUS``, ``IGOUNOKID``, ``MNCUSA``."""
    code = code.lstrip("~").strip()
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return "", "", ""
    head, rest = chunks[0], chunks[1:]
    if head == "IGO":
        return "", "IGO", IGO_GROUPS.get(rest[0], "OTH") if rest else "OTH"
    country = ""
    if head in ("MNC", "NGO"):
        if rest and rest[0] not in SECTOR_MAP and rest[0] not in NO_COUNTRY:
            country, rest = rest[0], rest[1:]
        return country, "BUS" if head == "MNC" else "NGO", ""
    if head in SECTOR_MAP:
        rest = [head, *rest]
    elif head not in NO_COUNTRY:
        country = head
    if head == "IMG":
        return "", "REB", ""
    sector = next((SECTOR_MAP[c] for c in rest if c in SECTOR_MAP), "")
    return country, sector, ""


def surname(name: str) -> str:
    """The last word of a Phoenix name: ``GERALD_R._FORD_`` → ``FORD``."""
    words = [w for w in re.split(r"[_ ]+", name.strip("_ ")) if w]
    return words[-1].upper() if words else ""


def entries(path: Path):
    """``(names, restrictions, default)`` per record: names as Phoenix writes them, restrictions as
    ``(code, start, end)`` (ISO dates, empty where open), the undated code or ``""``. A record of names with no code
    of its own ("GERALD_R._FORD_" and its forms) lends them to the next record when that names the same surname
    ("GERALD_RUDOLPH_FORD" with the dates): the country files write one person's names in several such blocks."""
    names: list[str] = []
    codes: list[str] = []
    lent: list[str] = []  # names of the codeless records just before

    def flush():
        nonlocal lent
        if names and codes:
            same = lent and surname(lent[0]) in {surname(n) for n in names}
            yield (lent + names if same else names[:]), codes[:]
            lent = []
        elif names:
            lent = (lent if lent and surname(lent[0]) == surname(names[0]) else []) + names

    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw.startswith("\t") or raw.startswith(" ") and line.strip().startswith("["):
            codes.extend(re.findall(r"\[([^\]]*)\]", line))
            continue
        name_part = re.sub(r"\[[^\]]*\]", "", line).strip()
        found = re.findall(r"\[([^\]]*)\]", line)
        if name_part.startswith("+"):
            names.append(name_part[1:].strip())
            codes.extend(found)
            continue
        yield from flush()
        names, codes = ([name_part] if name_part else []), found
    yield from flush()


def restrictions(codes: list[str]):
    out, default = [], ""
    for c in codes:
        parts = c.split()
        if not parts:
            continue
        code, spec = parts[0], "".join(parts[1:])
        if not spec:
            default = default or code
            continue
        start = end = ""
        if spec.startswith(">"):
            start = spec[1:]
        elif spec.startswith("<"):
            end = spec[1:]
        elif "-" in spec:
            start, end = spec.split("-", 1)
        if (start and not _DATE.match(start)) or (end and not _DATE.match(end)):
            continue
        out.append((code, to_date(start) if start else "", to_date(end) if end else ""))
    return out, default


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


TITLE_WORDS = re.compile(
    r"^(PRESIDENT|PRIME|MINISTER|KING|QUEEN|SECRETARY|GENERAL|GEN\.|DR\.|MR\.|SHEIKH|SHEIK|EMIR|PRINCE|SENATOR|SEN\.|"
    r"FOREIGN|DEFEN[CS]E|VICE|CHIEF|FORMER|UN|U\.N\.|UNITED)_"
)


#: Words that make an alias a description rather than a name ("US_PRESIDENT_BARACK_OBAMA", "OBAMA_ADMINISTRATION").
NOT_IN_A_NAME = set(
    """PRESIDENT PRESIDENT-ELECT MINISTER ADMINISTRATION GOVERNMENT MR MR. MRS MRS. MS DR DR. THE US U.S. AMERICAN
    SECRETARY GENERAL SECRETARY-GENERAL CHIEF LEADER PREMIER KING QUEEN PRINCE SENATOR SEN. REP. GOV. FORMER
    REFORMER OFFICIAL SPOKESMAN AMBASSADOR""".split()
)


def person_names(names: list[str]) -> list[str]:
    """The full-name forms of a person: two words or more, no title or description, no bare surnames."""
    out = []
    for n in names:
        words = [w for w in re.split(r"[_ ]+", n) if w]
        if TITLE_WORDS.match(n) or len(words) < 2 or any(w.upper() in NOT_IN_A_NAME for w in words):
            continue
        p = phrase(n)
        if len(p) > 4 and p not in out:
            out.append(p)
    return out


def convert_people_and_orgs(source: Path):
    people, orgs = [], []
    for filename in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        for names, codes in entries(source / filename):
            dated, default = restrictions(codes)
            if read_code(default)[1] == "OPP" and not dated:
                continue  # an "elite" with no dates: a person of no known office, no organisation
            if dated and filename != "Phoenix.MilNonState.actors.txt":
                full = person_names(names)
                if not full:
                    continue
                for code, start, end in dated:
                    country, sector, group = read_code(code)
                    if not sector:
                        continue
                    people.append(
                        (slug(full[0]), full[0], "|".join(full[1:]), country, sector, group, start, end)
                    )
                continue
            code = default or (dated[0][0] if dated else "")
            country, sector, group = read_code(code)
            if not sector or (not country and sector not in ("IGO", "REB", "NGO", "BUS")):
                continue
            if country and sector == "GOV" and len(code) == 3:
                continue  # a state, its cities and regions: the project's own countries and places file
            forms = []
            for n in names:
                p = phrase(n)
                if sector in ("BUS", "NGO") and " " not in p and "-" not in p:
                    continue  # a company's one word ("Target", "Progressive") is too often a common word
                if len(p) >= 3 and p not in forms:
                    forms.append(p)
            if not forms:
                continue
            kind = {"Phoenix.MilNonState.actors.txt": "armed"}.get(filename, "phoenix")
            orgs.append(("ph-" + slug(forms[0]), "|".join(forms), country, sector, group, kind))
    return people, orgs


def head_noun(words: list[str]) -> str:
    """The noun an agent phrase names: the word before its first "of" or "for" ("ministry of health", "head of
    police"), else its last word ("border police")."""
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    head = words[cut - 1]
    return head[:-3] + "y" if head.endswith("ies") else head  # "ministries of ..."


def convert_agents(source: Path):
    text = (source / "Phoenix.agents.txt").read_text(encoding="latin-1")
    subs: dict[str, list[str]] = {}
    out: dict[str, tuple[str, str, str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(.+?)\s*(\{[^}]*\})?\s*\[(~?[A-Z]+)\]", line)
        if not m:
            continue
        term, code = m.group(1).strip(), m.group(3)
        _, sector, _ = read_code(code)
        head = code.lstrip("~")[:3]
        if not sector or sector == "IGO" or head == "ELI" or (sector == "REL" and head != "REL"):
            continue  # "elites" (celebrities, actors) and believers ("Muslim", "Jewish": no religious body)
        forms = [term]
        for name, values in subs.items():
            if f"!{name}!" in term:
                forms = [f.replace(f"!{name}!", v) for f in forms for v in values]
        for form in forms:
            words = [w for w in form.lower().replace("_", " ").split() if w]
            if not words or not all(re.match(r"^[a-z][a-z.'-]*$", w) for w in words):
                continue
            phrase_text = " ".join(words)
            kind = "body" if head_noun(words) in BODY_WORDS else "person"
            out.setdefault(phrase_text, (sector, code.lstrip("~"), kind))
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "petrarch2")
    args = parser.parse_args(argv)
    src = args.source
    head = (
        "# Converted by scripts/convert_petrarch2.py from the PETRARCH2/Phoenix dictionaries (openeventdata/petrarch2,\n"
        "# petrarch2/data/dictionaries/), Open Event Data Alliance. Their notice:\n#\n"
    )
    agents = convert_agents(src)
    with (OUT / "phoenix_agents.tsv").open("w", encoding="utf-8") as f:
        f.write(head + notice(src / "Phoenix.agents.txt"))
        f.write(
            "# Columns: term (lower case; plurals are derived)<TAB>sector<TAB>Phoenix code<TAB>kind (person | body)\n"
        )
        for term in sorted(agents):
            sector, code, kind = agents[term]
            f.write(f"{term}\t{sector}\t{code}\t{kind}\n")
    people, orgs = convert_people_and_orgs(src)
    with (OUT / "phoenix_people.tsv").open("w", encoding="utf-8") as f:
        f.write(head + notice(src / "Phoenix.Countries.actors.txt"))
        f.write(
            "# Columns: slug<TAB>name<TAB>aliases<TAB>country<TAB>sector<TAB>IGO group<TAB>from<TAB>to "
            f"(empty: open; the dictionaries end about {HORIZON}: read nothing of an open code after that)\n"
        )
        for row in people:
            f.write("\t".join(row) + "\n")
    seen = defaultdict(int)
    with (OUT / "phoenix_orgs.tsv").open("w", encoding="utf-8") as f:
        f.write(head + notice(src / "Phoenix.International.actors.txt"))
        f.write(
            "# Columns: code<TAB>names<TAB>country<TAB>sector<TAB>IGO group<TAB>type (armed: MilNonState)\n"
        )
        for code, *rest in orgs:
            seen[code] += 1
            f.write("\t".join([code if seen[code] == 1 else f"{code}-{seen[code]}", *rest]) + "\n")
    print(f"agents {len(agents)}, people rows {len(people)}, organisations {len(orgs)}")


if __name__ == "__main__":
    main()
