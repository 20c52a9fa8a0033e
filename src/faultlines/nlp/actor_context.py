"""What the words around a name say about it: premodifiers, appositions and titles with a country.

Everything here looks only at a few tokens around one mention, using per-token lookups built once per paragraph
(:class:`TokenIndex`), so the cost grows with the number of names, not with the size of the knowledge.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from faultlines.nlp.actor_cues import (
    EMPLOYER,
    EMPLOYER_DECIDES,
    age_follows,
    body_speaks,
    entity_role,
    is_honorific,
    office_word,
    possessive_at,
    topic_of,
)
from faultlines.nlp.actor_gazetteer import NameMatch, TitleMatch
from faultlines.nlp.knowledge import Knowledge, Title, data_rows

#: Words that may stand between a name and the title or country describing it ("former Russian MP ...",
#: "the Kremlin-run broadcaster ...", "Kazakhstan's foreign minister ...").
PREMODIFIER_GLUE = set(
    """
    former ex then acting veteran prominent top senior leading influential outspoken nationalist
    hardline hard-line liberal conservative pro state 's ’s - run backed owned controlled funded linked
    allied aligned based affiliated sponsored appointed elected newly longtime long-time well-known
    popular notorious television tv talk show and firebrand pro-kremlin pro-western exiled jailed
    imprisoned chief new current powerful under deputy assistant special permanent principal associate
    """.split()
)
#: Glue words after an organisation that runs the body named next ("the Hamas-run health ministry").
RUN_BY = {"run", "controlled", "owned"}
#: The words between a title and the state it is posted to: "Ambassador to Beijing", "envoy in Niamey".
POSTING = {"to", "in"}
APPOSITION_STOP = {
    ",",
    ";",
    ".",
    ")",
    ":",
    '"',
    "\u201c",
    "\u201d",
    "who",
    "which",
    "that",
    "whose",
    "said",
    "says",
}
APPOSITION_OPEN = {",", "("}
#: Words before a government title that put its holder out of government, with the opposition (GUIDE: the role
#: held at the article's date): "shadow home secretary", "deposed president", "former prime minister".
OUT_OF_GOVERNMENT = {"shadow", "deposed", "ousted", "toppled", "overthrown", "former", "ex"}
#: Roles of organisations whose people take the organisation's role rather than their title's.
NON_STATE_ROLES = {"IGO", "MED", "NGO", "BUS", "REB", "EDU", "REL"}
#: Roles of organisations whose leaders, spokesmen and officials are theirs even where a state is named too: "Russia's
#: Communist Party leader", "Hamas's political chief".
OWN_PEOPLE_ROLES = {"OPP", "REB", "MED", "NGO", "BUS", "EDU", "REL"}
MAX_PREMODIFIER = 10
MAX_APPOSITION = 16


@dataclass
class Context:
    """Role and country a mention's surroundings give it (``None`` where they say nothing)."""

    role: str | None = None
    country: str | None = None
    title: str | None = None  # the title the role comes from ("president")

    def merge(self, other: Context) -> Context:
        return Context(self.role or other.role, self.country or other.country, self.title or other.title)


def names_no_state(doc, start: int) -> bool:
    """Whether the adjective at ``start`` names a people or a stance, not its state: "an ethnic Albanian mayor",
    "pro-Russian hackers", "anti-American protests", "a Haitian American"."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    after = [t.lower_ for t in doc[start + 1 : start + 3]]
    if after[:1] == ["american"] or after == ["-", "american"]:
        return True  # "a Haitian American", "an Iranian-American scholar": an American of that descent
    if doc[start].lower_ == "american" and (before[-1:] and before[-1] in NOT_US_AMERICAN or before[-1:] == ["-"]):
        return True  # "Latin American countries", "Central American migrants", "Mexican-American"
    if after[:1] and after[0] in SEA_WORDS and doc[start + 1].text[:1].isupper():
        return True  # "the Indian Ocean", "the South China Sea", "the Korean Peninsula": a sea or land, no state
    if before[-1:] == ["of"] and start >= 2 and doc[start - 2].lower_ in SEA_WORDS and doc[start - 2].text[:1].isupper():
        return True  # "the Gulf of Mexico", "the Sea of Japan"
    return before[-1:] == ["ethnic"] or before in (["pro", "-"], ["anti", "-"])


#: Words that make a state's name or adjective the name of a sea or land: "Indian Ocean", "Gulf of Mexico".
SEA_WORDS = {"ocean", "sea", "gulf", "peninsula", "strait", "straits", "bay", "subcontinent"}
#: Words before "American" that name a region or people of the Americas, not the United States.
NOT_US_AMERICAN = {"latin", "south", "central", "north", "native", "african", "asian", "pan", "hispanic"}


def is_plural(doc, t: TitleMatch) -> bool:
    """Whether a title is matched in its plural ("presidents"): its last token is not the term's last word (of a
    hyphenated term, the word after the hyphen: "vice-president")."""
    return doc[t.end - 1].lower_ != re.split(r"[\s-]+", t.term)[-1]


class TokenIndex:
    """Per-token view of one paragraph's name and title matches and person entities."""

    def __init__(self, doc, names: list[NameMatch], titles: list[TitleMatch], knowledge: Knowledge):
        self.doc = doc
        self.kb = knowledge
        self.earlier_party = None  # the party the article named last before this paragraph
        self.when: str | None = None  # the article's date, where it has one: a party's role is the one it had then
        names = [m for m in names if not (m.kind.startswith("C:") and names_no_state(doc, m.start))]
        self.names = names
        self.titles = titles
        n = len(doc)
        self.name_at: list[NameMatch | None] = [None] * n
        self.title_at: list[TitleMatch | None] = [None] * n
        for m in names:
            for i in range(m.start, m.end):
                self.name_at[i] = m
        for t in titles:
            for i in range(t.start, t.end):
                self.title_at[i] = t
        self.person_starts: set[int] = set()
        self.person_ends: set[int] = set()
        for e in doc.ents:
            if e.label_ == "PERSON":
                self.person_starts.add(e.start)
                self.person_ends.add(e.end)
        for m in names:
            if m.kind.startswith("P:"):
                self.person_starts.add(m.start)
                self.person_ends.add(m.end)
        # Names the model took for organisations but the knowledge does not know ("Lucía Navarro" as ORG): they
        # still stop a title from standing for the knowledge's office holder.
        self.name_starts = set(self.person_starts)
        self.name_ends = set(self.person_ends)
        for e in doc.ents:
            if e.label_ == "ORG" and self.name_at[e.start] is None and doc[e.start].text[:1].isupper():
                self.name_starts.add(e.start)
                self.name_ends.add(e.end)

    def organisation(self, code: str):
        """The knowledge's organisation ``code`` with the role it had on the article's date (a party in or out of
        government)."""
        org = self.kb.organisations[code]
        if not org.governing or self.when is None:
            return org
        return replace(org, role=org.role_on(self.when))

    def country_at(self, i: int) -> NameMatch | None:
        m = self.name_at[i] if 0 <= i < len(self.doc) else None
        return m if m is not None and m.kind.startswith("C:") else None

    def is_title_only(self, start: int, end: int) -> bool:
        return all(self.title_at[i] is not None or self.doc[i].is_punct for i in range(start, end))

    def person_follows(self, end: int) -> bool:
        i = end + 1 if end < len(self.doc) and self.doc[end].text == "," else end
        return i in self.name_starts

    def person_precedes(self, start: int) -> bool:
        i = start - 1
        if i >= 0 and self.doc[i].lower_ in ("the", "a"):
            i -= 1
        return i >= 0 and self.doc[i].text == "," and i in self.name_ends

    def group_roles(self) -> Counter:
        """``(role, country)`` pairs the paragraph states outright: "Russian pundits", "Kazakh officials"."""
        out: Counter = Counter()
        for t in self.titles:
            title = self.kb.titles.get(t.term)
            if title is None or title.role is None:
                continue
            plural = is_plural(self.doc, t)
            if not plural and title.kind not in ("group", "body"):
                continue  # "British Prime Minister Macmillan" describes one person, not the article's ministers
            found = title_country(self, t)
            if found is not None:
                out[(title.role, found[0])] += 1
        return out

    def title_countries(self) -> Counter:
        """``("T:<title>", country)`` for one person's titles given with a state: "Mexico's president"."""
        out: Counter = Counter()
        for t in self.titles:
            title = self.kb.titles.get(t.term)
            if title is None or title.kind != "person" or is_plural(self.doc, t):
                continue
            found = title_country(self, t)
            if found is not None:
                out[(f"T:{t.term}", found[0])] += 1
        return out


def title_country(index: TokenIndex, t: TitleMatch) -> tuple[str, int] | None:
    """The state a title belongs to and the first token of the phrase: "Russian president", "Kazakhstan's
    foreign minister", "the president of Russia"."""
    doc = index.doc
    i = t.start - 1
    while i >= max(0, t.start - 3) and office_word(index, i, t):
        i -= 1  # "Mexico's Finance minister": the office's own words, on to whose it is
    if i >= 0 and doc[i].lower_ in ("'s", "\u2019s"):
        i -= 1
    if i >= 0 and doc[i].lower_ in ("state", "top", "chief", "senior", "-"):
        i -= 1
    before = index.country_at(i)
    if before is not None and not topic_of(index, before, t):
        return before.ref, before.start
    j = t.end
    if j < len(doc) and doc[j].lower_ == "of":
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        after = index.country_at(j)
        if after is not None and after.kind == "C:name":
            return after.ref, t.start
    return None


def premodifiers(index: TokenIndex, start: int) -> Context:
    """Role and country from the words right before a name ("Kazakh Foreign Minister", "pundit", "MP").

    An organisation there gives its role to a person who is not also described by a state ("UN spokesman X" is IGO,
    "Russian UN ambassador X" is GOV); words after an "and" describe someone else unless they are titles.
    """
    doc, kb = index.doc, index.kb
    role = country = term = None
    org = None
    crossed_and = run_by = False
    j, steps = start - 1, 0
    nearest = None  # the title nearest the name
    relation = False  # a relation title ("head", "chief") and no role yet: "the government's information head X"
    while j >= 0 and steps < MAX_PREMODIFIER:
        steps += 1
        t = index.title_at[j]
        if t is not None:
            title = kb.titles.get(t.term)
            relation = relation or (title is not None and title.kind == "relation" and role is None)
            if title is not None and title.role and role is None:
                role, term, nearest = title.role, t.term, t
            elif (
                nearest is not None
                and (t.end == nearest.start or (t.end + 1 == nearest.start and possessive_at(doc, t.end)))
                and body_speaks(title, kb.titles.get(nearest.term))
            ):
                role = title.role  # "University President X", "the company's president X": the body's person
            elif nearest is not None and role == "GOV" and title is not None and title.role == "OPP":
                role = "OPP"  # "opposition parliamentary group leader X", "main opposition leader X": out of government
            j = t.start - 1
            continue
        n = index.name_at[j]
        if n is not None and (crossed_and and n.kind in ("O", "P:full", "P:alias")):
            break
        if n is not None and n.kind.startswith("C:"):
            if _posted_to(index, n.start):
                j = n.start - (3 if index.doc[n.start - 1].lower_ == "the" else 2)  # "U.S. Ambassador to Beijing X":
                continue  # where the office is held, not whose it is
            if not topic_of(index, n, nearest):
                country = country or n.ref
            j = n.start - 1
            continue
        if n is not None and n.kind == "X" and (nearest is not None or possessive_at(doc, n.end)):
            country = country or n.ref  # "Florida Governor X", "Gaza's Health Ministry": the place's state
            j = n.start - 1
            continue
        if n is not None and n.kind == "O":
            org = org or index.organisation(n.ref)
            j = n.start - 1
            continue
        if doc[j].lower_ == "party" and possessive_at(doc, j + 1) and org is None:
            org = _party_before(index, j)  # "the party's home affairs spokesman X": the party named before
            if org is not None:
                j -= 1
                continue
        if doc[j].lower_ == "its" and org is None and nearest is not None:
            org = _party_in_sentence(index, j)  # "the opposition Ennahdha party ... arrested its leader X"
            if org is not None:
                j -= 1
                continue
        if doc[j].lower_ in OUT_OF_GOVERNMENT and role == "GOV":
            role = "OPP"  # "shadow foreign secretary X", "deposed President X": out of government
            j -= 1
            continue
        if doc[j].text == ")":
            opening = next((k for k in range(j - 1, max(j - 5, -1), -1) if doc[k].text == "("), None)
            if opening is not None and opening > 0:
                j = opening - 1  # "Chief Justice (CJP) X", "Major (retired) X": an aside between title and name
                continue
        if doc[j].lower_ == "of" and role is None and index.country_at(j + 1) and index.title_at[j - 1] is not None:
            j -= 1  # "the President of Kenya X": the state the title is of
            continue
        if doc[j].text in ("'", "\u2019") and j > 0 and doc[j - 1].lower_.endswith("s"):
            j -= 1  # "Fox News’ Jesse Watters": the apostrophe of a name ending in s
            continue
        if doc[j].lower_ in PREMODIFIER_GLUE:
            crossed_and = crossed_and or doc[j].lower_ == "and"
            run_by = run_by or (org is None and doc[j].lower_ in RUN_BY)
            j -= 1
            continue
        if (role is not None or relation) and _describes_title(doc[j], start, index):
            j -= 1  # "shadow international development secretary", "U.S. Trade ambassador": the office's words
            continue
        break
    if org is not None or (j >= 0 and doc[j].text[:1].isupper() and doc[j].lower_ not in APPOSITION_LEAD):
        term = None  # "Commission President X": the title of some body's office, not of a state's
    if org is not None:
        own_people = role == "GOV" and org.role in OWN_PEOPLE_ROLES  # "Ennahdha's leader": the party's
        if not run_by and (role is None or (country is None and org.role in NON_STATE_ROLES) or own_people):
            role = org.role  # but "the Hamas-run health ministry" is a ministry, of Hamas's state
        country = country or org.country
    return Context(role, country, term)


def named_as(index: TokenIndex, start: int) -> Context:
    """The role of the people a name is given as one of, or as the name of: "a resident named X", "voters such as
    X", "parents like X" (not a government title: "leaders such as X" says less than who they are); or of the
    author of a work that tells it: "the 2003 study, by X" (``authored_works.tsv``)."""
    doc = index.doc
    j = start - 1
    if j >= 1 and doc[j].lower_ == "by":
        work = doc[j - 2] if doc[j - 1].text == "," and j >= 2 else doc[j - 1]
        return Context(authored_works().get(work.lemma_.lower()) if work.pos_ == "NOUN" else None)
    if j >= 1 and doc[j].lower_ in ("named", "called") and doc[j].tag_ == "VBN":
        j -= 1
    elif j >= 2 and doc[j].lower_ == "as" and doc[j - 1].lower_ == "such":
        j -= 2
    elif j >= 1 and doc[j].lower_ == "like" and doc[j].pos_ == "ADP":
        j -= 1
    else:
        return Context()
    t = index.title_at[j]
    title = index.kb.titles.get(t.term) if t is not None and t.end == j + 1 else None
    if title is None or title.kind not in ("person", "group") or title.role in (None, "GOV", "IGO"):
        return Context()
    return Context(title.role)


@lru_cache(maxsize=1)
def authored_works() -> dict[str, str]:
    """Works whose author's sector they tell (``authored_works.tsv``): "study" → EDU."""
    return {noun.lower(): sector for noun, sector in data_rows("authored_works.tsv", 2)}


def _party_before(index: TokenIndex, i: int):
    """The party the knowledge knows that the paragraph names last before token ``i``, else the last one an earlier
    paragraph names."""
    for m in sorted(index.names, key=lambda m: -m.start):
        if m.end <= i and m.kind == "O" and index.kb.organisations[m.ref].type == "party":
            return index.organisation(m.ref)
    return index.earlier_party  # named in an earlier paragraph


def _party_in_sentence(index: TokenIndex, i: int):
    """The last party of the knowledge named before token ``i`` in its sentence, and no other body between."""
    start = index.doc[i].sent.start if index.doc.has_annotation("SENT_START") else 0
    bodies = [m for m in index.names if start <= m.start and m.end <= i and m.kind == "O"]
    last = max(bodies, key=lambda m: m.start, default=None)
    org = index.organisation(last.ref) if last is not None else None
    return org if org is not None and org.type == "party" else None


def last_party(index: TokenIndex):
    """The last party of the knowledge the paragraph names, else the one named before it."""
    return _party_before(index, len(index.doc))


def _posted_to(index: TokenIndex, start: int) -> bool:
    """Whether the state named at ``start`` follows a title and "to" or "in": the post's place ("Ambassador to
    Beijing", "envoy in Niamey")."""
    if start >= 3 and index.doc[start - 1].lower_ == "the":
        start -= 1  # "Ambassador to the Philippines"
    return start >= 2 and index.doc[start - 1].lower_ in POSTING and index.title_at[start - 2] is not None


def _describes_title(token, start: int, index: TokenIndex) -> bool:
    """A word inside the title phrase before a name ("development" in "international development secretary"), or a
    capitalised one right after a state's name ("U.S. Trade ambassador"; not "Commission President")."""
    capitalised_office = (
        index.name_at[token.i] is None
        and token.ent_type_ not in ("PERSON", "ORG")
        and index.country_at(token.i - 1) is not None
    )
    return (
        token.is_alpha
        and (token.is_lower or capitalised_office)
        and token.dep_ in ("compound", "amod")
        and token.i < token.head.i < start
    )


def apposition(index: TokenIndex, end: int) -> Context:
    """Role and country from an apposition after a name: "..., head of the Kremlin-run broadcaster RT"."""
    doc, kb = index.doc, index.kb
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        place = index.name_at[end + 1]  # "Senator Ted Cruz of Texas", "Mayor Ana Ruiz of Bogota"
        if place is not None and place.start == end + 1 and (place.kind == "X" or place.kind.startswith("C:")):
            return Context(country=place.ref)
    of_body = end < len(doc) and doc[end].lower_ == "of"  # "Lionel Barre of the Haitian police union"
    if end >= len(doc) or (doc[end].text not in APPOSITION_OPEN and not of_body):
        return Context()
    if US_PARTY_TAG.match(doc.text, doc[end].idx):
        return Context("LEG", "USA")  # "Rand Paul (R-Ky.)": a member of the US Congress, by party and state
    if age_follows(doc, end):
        return apposition(index, end + 2)  # "Shelly Brown, 40, a nurse from Ohio, said"
    role = country = term = None
    relation = False  # a relation title ("head of")
    employer = of_body  # "at", "of" or "for" a body: "an analyst at X"
    org = None
    body_role = None  # the sector of a body named after "at", "of" or "for" that the knowledge does not list
    body_end = -1
    org_first = False
    firm = False  # a body of no known sector named after "at", "of" or "for": most often a firm
    one_holder = False  # the title is singular: one person's ("the presidents of Harvard, ..." are others)
    k = end + 1
    stop = min(len(doc), end + 1 + MAX_APPOSITION)
    while k < stop:
        tok = doc[k]
        if tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("amod", "compound") and k + 1 < stop and index.title_at[k + 1]:
            k += 1  # "managing editor of ...", "elected mayor": a participle of the title
            continue
        if tok.pos_ in ("VERB", "AUX") and not (k > 0 and doc[k - 1].text == "-"):
            if (
                k > end + 1
                and not of_body
                and tok.dep_ in ("ROOT", "ccomp", "conj", "")
                and doc[k - 1].text not in APPOSITION_CLOSE
            ):
                return Context()  # "..., the interior ministry said": the subject of the next clause, no apposition
            break
        if tok.lower_ in APPOSITION_STOP or k in index.person_starts:
            break
        if tok.lower_ in EMPLOYER and (role is not None or relation):
            employer = True
        t = index.title_at[k]
        if t is not None:
            title = kb.titles.get(t.term)
            if title is not None and title.kind == "relation":
                relation = True
            elif title is not None and employer and title.kind == "body" and (body_role is None or t.start == body_end):
                body_role, body_end = title.role, t.end  # "an analyst at cybersecurity firm X", "police union"
            elif title is not None and employer and title.role == "OPP" and role == "GOV" and body_role is None:
                body_role = "OPP"  # "the leader of the main opposition party": the opposition's
            elif title is not None and title.role and role is None and not (employer and body_role):
                role, term = title.role, t.term  # (not "Citizens" in "the nonprofit Citizens for ...")
                org_first = org is not None  # "an EU spokesman": the organisation's own
                one_holder = not is_plural(doc, t)
            k = t.end
            continue
        n = index.name_at[k]
        if n is not None and n.kind.startswith("C:"):
            if not topic_of(index, n, index.title_at[n.end] if n.end < len(doc) else None):
                country = country or n.ref
        elif n is not None and n.kind == "X" and (
            (n.end < len(doc) and index.title_at[n.end] is not None) or doc[n.start - 1].lower_ == "of"
        ):
            country = country or n.ref  # "spokesman for North Kivu governor X", "the mayor of Goma"
        elif n is not None and n.kind == "O" and org is None:
            org = index.organisation(n.ref)
        elif n is None and employer and body_role is None and tok.ent_iob_ == "B" and tok.ent_type_ == "ORG":
            body_role = entity_role(index, k)  # "a researcher at the Westfield Institute"
            firm = firm or body_role is None
        elif n is None and employer and body_role is None and _bare_name(tok):
            firm = True  # "vice president of investigations at Ledgerwise": a name the model left untagged
        k = n.end if n is not None else k + 1
    if firm and one_holder and org is None and body_role is None and role == "GOV" and not relation:
        role = "BUS"  # "president of Harbor Logistics": the head of a firm, not of a state
    yields = role is None or role in EMPLOYER_DECIDES  # "an adviser at a firm" is the firm's; "the CEO of" is business
    if org is not None and org_first and body_speaks(_body_title(org), kb.titles.get(term or "")):
        role = org.role  # "X, a Pentagon spokeswoman": the body's, as "Pentagon spokeswoman X" is
    if org is not None:
        if (
            relation
            or role is None
            or (employer and yields and org.role in OWN_PEOPLE_ROLES)
            or (employer and yields and org.role == "IGO" and country is None)  # "a spokesman for the UN"
            or (org_first and country is None and org.role in NON_STATE_ROLES)
        ):
            role = org.role or role
        country = org.country or country
    elif body_role in NON_STATE_ROLES | {"OPP"} and employer and yields:
        role = body_role
    elif role is None and relation and body_role is not None:
        role = body_role  # "a member of the city council", "head of the border police"
    return Context(role, country, term)


def _body_title(org):
    """A knowledge organisation seen as a body title (its sector, kind body), for :func:`body_speaks`."""
    return Title(org.code, org.role, None, "body") if org.role else None


def _bare_name(token) -> bool:
    """A capitalised proper noun the model gave no entity (or an organisation's): "at Ledgerwise"."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ in ("", "ORG")
        and token.ent_iob_ in ("O", "B")
    )


#: The party and state (or home town) tag the US press puts after a member of Congress or of a state legislature:
#: "(R-Ky.)", "(D-N.Y.)", "(I-Vt.)", "Anna Ruiz, D-Orlando;".
US_PARTY_TAG = re.compile(
    r"(?:\((?:R|D|I)-[A-Z][A-Za-z.]{1,10}(?: [A-Z][A-Za-z.]{1,10})?\)"
    r"|, (?:R|D|I)-[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?(?=[;,)]|\.?$|\.? |\s))"
)
APPOSITION_CLOSE = {",", ")", ".", ";", ":", "\u2014", "\u2013"}
APPOSITION_LEAD = {"the", "a", "an"}


def _title_before(index: TokenIndex, comma: int):
    """The title that ends right before a comma, or before a short "to ..." after it ("ambassador to the country,")."""
    t = index.title_at[comma - 1]
    if t is not None and t.end == comma:
        return t
    for k in range(comma - 2, max(0, comma - 6), -1):
        t = index.title_at[k]
        if t is not None and t.end == k + 1 and (t.term.endswith(" to") or index.doc[k + 1].lower_ == "to"):
            return t
    return None


#: Sectors of the bodies whose officials a title names with the body: "the AU's special envoy, X".
BODY_OFFICIAL_ROLES = OWN_PEOPLE_ROLES | {"IGO"}


def _body_of_title(index: TokenIndex, comma: int, t: TitleMatch | None):
    """The knowledge's non-state body whose official a title before a comma names: one named right before the
    title ("IGAD Special Envoy to Sudan,", "the European Commission's budget commissioner,") or after it and "of"
    ("The President of the African Union,"); ``None`` where the title is a state's or names no body."""
    doc = index.doc
    named_end = comma
    if comma >= 3 and doc[comma - 1].text == ")" and doc[comma - 3].text == "(":
        named_end = comma - 3  # "The leader of the Alternative for Germany (AfD), X"
    n = index.name_at[named_end - 1] if named_end > 0 else None
    if n is not None and n.kind == "O" and n.end == named_end:
        k = n.start
        while k > max(0, n.start - 5) and doc[k - 1].lower_ != "of" and (doc[k - 1].is_lower or doc[k - 1].text == "-"):
            k -= 1  # "the leader of the far-right X"
        if k >= 2 and doc[k - 1].lower_ == "of" and index.title_at[k - 2] is not None:
            t = index.title_at[k - 2]
            title = index.kb.titles.get(t.term)
            org = index.organisation(n.ref)
            if title is not None and title.kind in ("person", "relation") and org.role in BODY_OFFICIAL_ROLES:
                return org
        return None
    if t is None:
        return None
    title = index.kb.titles.get(t.term)
    if title is None or title.kind not in ("person", "relation"):
        return None
    j = t.start - 1
    while j >= 0 and t.start - j <= 2 and doc[j].is_alpha and doc[j].is_lower and index.title_at[j] is None:
        j -= 1  # "budget" in "budget commissioner": the office's own words
    if j >= 0 and doc[j].lower_ in ("'s", "\u2019s"):
        j -= 1
    n = index.name_at[j] if j >= 0 else None
    if n is None or n.kind != "O" or n.end != j + 1:
        return None
    org = index.organisation(n.ref)
    return org if org.role in BODY_OFFICIAL_ROLES else None


def _opposition_before(index: TokenIndex, t: TitleMatch) -> bool:
    """Whether a government title follows right after a title of the opposition: "main opposition leaders"."""
    before = index.title_at[t.start - 1] if t.start > 0 else None
    title = index.kb.titles.get(t.term)
    earlier = index.kb.titles.get(before.term) if before is not None and before.end == t.start else None
    return title is not None and title.role == "GOV" and earlier is not None and earlier.role == "OPP"


def title_apposition(index: TokenIndex, start: int, end: int) -> Context | None:
    """Role and country when the name ``start:end`` stands in apposition with one person's title, before it ("Spain's
    prime minister, Lucía Navarro, said") or after it ("Lucía Navarro, Spain's prime minister"); else ``None``."""
    doc, kb = index.doc, index.kb
    closed = end >= len(doc) or doc[end].text in APPOSITION_CLOSE
    while start >= 3 and is_honorific(kb, doc[start - 1]):
        start -= 1  # "virologists, Dr. Kristian Anders"
    if closed and start >= 2 and doc[start - 1].text == ",":
        t = _title_before(index, start - 1)
        body = _body_of_title(index, start - 1, t)
        if body is not None:  # "the President of the African Union, X", "IGAD Special Envoy to Sudan, X"
            return Context(body.role, body.country)
        title = kb.titles.get(t.term) if t is not None else None
        plural = t is not None and is_plural(doc, t)
        if title is not None and title.kind == "person" and plural and _opposition_before(index, t):
            return Context("OPP")  # "one of the main opposition leaders, X"
        if title is not None and title.kind == "person" and plural and title.role not in (None, "GOV"):
            return Context(title.role)  # "three prominent virologists, Dr. X, Dr. Y and Dr. Z": each of them
        if title is not None and title.kind == "person" and not plural:
            found = title_country(index, t)
            first = found[1] if found else t.start
            out = any(w.lower_ in OUT_OF_GOVERNMENT for w in doc[first : t.start])
            while first > 0 and doc[first - 1].lower_ in PREMODIFIER_GLUE and doc[first - 1].lower_ != "and":
                out = out or doc[first - 1].lower_ in OUT_OF_GOVERNMENT  # "The former senator, X"
                first -= 1
            # not in a list ("Bloody Civilian, Omah Lay"): the title opens its phrase, or is a verb's or
            # preposition's object ("summoned Britain's ambassador, Laurie Bristow")
            before = doc[first - 1] if first > 0 else None
            if (
                before is None
                or before.lower_ in APPOSITION_LEAD
                or before.is_punct
                or before.pos_ in ("VERB", "ADP", "CCONJ")  # "But Mexico's Finance minister, X, said"
                or before.tag_ == "PRP$"  # "Its spokesman, X": whose, the sentence says
            ):
                out = out or (title.role == "GOV" and _opposition_before(index, t))  # "the opposition leader, X"
                role = "OPP" if out and title.role in ("GOV", "LEG") else title.role
                return Context(role, found[0] if found else None, t.term)
            if found is None and t.start >= 2 and doc[t.start - 1].lower_ in ("'s", "\u2019s"):
                owner = index.title_at[t.start - 2]  # "the ministry's spokesman, X", "the infant's grandfather, X"
                body = kb.titles.get(owner.term) if owner is not None and owner.end == t.start - 1 else None
                if body_speaks(body, title):
                    return Context(body.role, None, t.term)
                if title.role not in (None, "GOV") or (body is not None and body.role == "GOV"):
                    return Context(title.role, None, t.term)
                party = _party_before(index, t.start - 2) if doc[t.start - 2].lower_ == "party" else None
                if party is not None:  # "The party's vice-president, X": the party named before
                    return Context(party.role if title.role == "GOV" else title.role, party.country, t.term)
    if end < len(doc) and doc[end].text == ",":
        k = end + 1
        while k < min(len(doc), end + 8):
            t = index.title_at[k]
            if t is not None:
                title = kb.titles.get(t.term)
                return apposition(index, end) if title is not None and title.kind == "person" else None
            n = index.name_at[k]
            if n is not None and n.kind.startswith("C:"):
                k = n.end
            elif doc[k].lower_ != "and" and (
                doc[k].lower_ in APPOSITION_LEAD or doc[k].lower_ in PREMODIFIER_GLUE
            ):
                k += 1
            else:
                return None
    return None
