"""Who said what: quotes of an article with their speakers.

Quoted stretches come from the marks (:mod:`faultlines.nlp.quote_marks`). Each is attributed by the speech
cue right after it ("…,” said Tokayev" / "…,” he told Rossiya 24"), else by the cue before it ("Tokayev
said: “…”", "according to X", "X, who accused Y of “…”"), else by a sibling quote of its paragraph, else —
when the quote is a paragraph of its own — it continues the previous speaker. Pronouns and titles
("he", "the minister") resolve to the person last named (:mod:`faultlines.nlp.quote_speakers`). Sentences
without marks whose speech verb takes a clause ("X said that …", "…, he said.") give indirect quotes.

Quoted words embedded in the author's sentence are ``partial``; one or two quoted words with no speech cue
and no speaker are scare quotes and not quotes of anyone (they are left out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from faultlines.model import ActorRef, Quote
from faultlines.nlp.parsed import ParsedArticle
from faultlines.nlp.quote_cues import cues
from faultlines.nlp.quote_marks import Marked, abbreviations, scan_article, sentence_bounds
from faultlines.nlp.quote_speakers import NOBODY, Speakers, Who, verb_at

_TAIL_WINDOW = 25
#: How far after the comma a trailing cue may come: "…, the office of the Ruritanian president said"
_SUBJECT_WINDOW = 12
_MIN_INDIRECT_WORDS = 3
#: Words a reported clause needs before a colon that opens a direct quote ("said that A was B: “…”").
_CLAUSE_BEFORE_COLON = 4
#: Sources after "according to" that are no speaker's name but may still be quoted as given ("state media").
#: Words that open a clause of its own after a quote: what follows is not the quote's attribution.
_CLAUSE_OPENERS = {
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "when",
    "whereupon",
    "unless",
    "if",
    "since",
}
_SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those"}


@dataclass
class _Found:
    mark: Marked
    kind: str
    speaker: ActorRef | None = None
    cue: str | None = None
    attributed: bool = False  # the speaker comes from a cue of this quote's own sentence
    head: str = ""  # the noun of an unnamed speaker ("diplomat")
    has_cue: bool = False
    inherit: bool = False
    words: int = 0
    titled: bool = False  # every word capitalised: the name of a work, a programme, a campaign
    embedded: bool = False  # the sentence goes on right after the closing mark ("the “Morning Desk” podcast")


def extract_quotes(parsed: ParsedArticle) -> list[Quote]:
    """Every quote of the article, in reading order, with its speaker where one can be told."""
    paragraphs = parsed.article.paragraphs
    language = (parsed.article.language or "en").lower()
    if not paragraphs or not language.startswith("en"):
        return []  # the rules read English; other languages are marked, not attributed
    marked = scan_article(paragraphs)
    bounds = [sentence_bounds(text, marked[p]) for p, text in enumerate(paragraphs)]
    speakers = Speakers(parsed, marked, bounds)
    quotes: list[Quote] = []
    previous: list[_Found] = []
    for p, text in enumerate(paragraphs):
        if _CITATION.search(text) and len(text.split()) < 40:
            continue  # "Outlet, “Title”, April 13, 2015": a list of sources, not speech
        found = [_attribute(speakers, p, m) for m in marked[p]]
        _fill_from_context(speakers, p, found, previous)
        kept = [f for f in found if not _is_scare(f)]
        for f in kept:
            if not f.attributed and f.speaker is not None:
                speakers.add_speaker(p, f.mark.start, f.speaker, f.head)
        indirect = _indirect(speakers, p, marked[p])
        kept += [f for f in found if _is_scare(f) and _in_reported_clause(text, f, indirect)]
        items = [(f.mark.start, _reported_by(_quote(text, f), text, indirect)) for f in kept]
        items += [(q.start, q) for q in indirect]
        quotes.extend(q for _, q in sorted(items, key=lambda item: item[0]))
        previous = found or ([] if not text.strip() else previous_if_colon(text, previous))
    return _without_repeats(quotes)


#: Words a quote needs before a second copy of it counts as a repeat (a pull quote, a repeated paragraph).
_REPEAT_WORDS = 3


def _without_repeats(quotes: list[Quote]) -> list[Quote]:
    """The quotes without a later copy of one already given by the same speaker (or by no one): a pull quote, a
    headline repeating the lead, a live page repeating a post."""
    seen: dict[str, Quote] = {}
    kept = []
    for quote in quotes:
        key = " ".join(re.findall(r"\w+", quote.text.lower()))
        first = seen.get(key)
        if first is not None and (quote.speaker is None or _same_ref(first.speaker, quote.speaker)):
            continue
        if len(key.split()) >= _REPEAT_WORDS:
            seen.setdefault(key, quote)
        kept.append(quote)
    return kept


def _same_ref(a: ActorRef | None, b: ActorRef | None) -> bool:
    return a is not None and b is not None and a.id == b.id


#: Words before a short quoted phrase that make it a name for something, not someone's words ("so-called “X”").
_NAMING = {"call", "calls", "called", "so-called", "dubbed", "termed", "branded", "as", "labelled", "labeled"}


def _in_reported_clause(text: str, f: _Found, indirect: list[Quote]) -> bool:
    """Whether a short quoted phrase taken for scare quotes lies in the reported clause of an indirect quote with
    a speaker ("the opposition said Machado was “violently intercepted”"): the speaker's own words."""
    m = f.mark
    if f.titled:
        return False
    before = text[: m.outer_start].split()[-1:]
    if before and before[0].lower().strip("“”\"'‘’") in _NAMING:
        return False
    return any(
        q.speaker is not None and q.start <= m.outer_start and m.end <= q.end + 2 and q.start < m.outer_start
        for q in indirect
    )


def _reported_by(quote: Quote, text: str, indirect: list[Quote]) -> Quote:
    """A partial quote with no named speaker of its own, inside the reported clause of an indirect quote whose
    speaker is named, is that speaker's: "Srivastava said commanders had agreed … when the “Chinese side …”"."""
    if quote.kind != "partial" or (quote.speaker is not None and not _unnamed(quote.speaker)):
        return quote
    for q in indirect:
        if q.start <= quote.start and quote.end <= q.end + 2:
            if q.speaker is None or _unnamed(q.speaker):
                break
            # someone unnamed keeps the words, unless named inside the reported clause itself
            if quote.speaker is None or quote.speaker.name in text[q.start : quote.start]:
                return replace(quote, speaker=q.speaker, cue=q.cue)
            break
    return quote


def _unnamed(ref: ActorRef) -> bool:
    return ref.id.startswith("unnamed:")


#: A source list entry or a caption: a short paragraph that ends with a date ("…, April 13, 2015").
_CITATION = re.compile(
    r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?\s*$"
)


def previous_if_colon(text: str, previous: list[_Found]) -> list[_Found]:
    """Narration breaks the chain of a speaker's paragraphs, unless it ends with a colon."""
    return previous if text.rstrip().endswith(":") else []


def _quote(text: str, f: _Found) -> Quote:
    m = f.mark
    return Quote(
        text=text[m.start : m.end],
        kind=f.kind,
        speaker=f.speaker,
        cue=f.cue,
        paragraph=m.paragraph,
        start=m.start,
        end=m.end,
    )


# ----- direct and partial quotes ---------------------------------------------------------------------------


def _sentence(speakers: Speakers, p: int, char: int) -> tuple[int, int]:
    for a, b in speakers.bounds[p]:
        if a <= char < b:
            return a, b
    return 0, len(speakers.paragraphs[p])


def _attribute(speakers: Speakers, p: int, m: Marked) -> _Found:
    text = speakers.paragraphs[p]
    sent_start, sent_end = _sentence(speakers, p, m.outer_start)
    siblings = speakers.marked[p]
    lead_start = max(
        [s.outer_end for s in siblings if sent_start <= s.outer_end <= m.outer_start] + [sent_start]
    )
    tail_end = min([s.outer_start for s in siblings if m.outer_end <= s.outer_start < sent_end] + [sent_end])
    kind = "direct" if m.continues else _kind(speakers, p, m, lead_start)
    found = _Found(
        mark=m, kind=kind, words=len(text[m.start : m.end].split()), titled=_titled(text[m.start : m.end])
    )
    after = text[m.outer_end : m.outer_end + 2].strip()
    last = text[m.close - 1 : m.close] if m.closed else ""
    found.embedded = bool(after[:1].isalpha() and after[:1].islower() and last.isalnum())
    if (
        found.titled
        and not text[: m.outer_start].strip()
        and not text[m.outer_end :].strip()
        and found.words <= 4
    ):
        found.embedded = True  # a paragraph of a few capitalised quoted words: a heading
    for attempt in (_from_tail, _from_lead):
        result = attempt(speakers, p, m, lead_start, tail_end)
        if result is not None:
            who, cue = result
            found.cue, found.has_cue = cue, True
            if who.found:
                found.speaker, found.attributed, found.head = who.speaker, True, who.head
                speakers.add_speaker(p, m.start, who.speaker, who.head)
                return found
    if not found.has_cue:
        found.has_cue = _sentence_has_cue(speakers, p, sent_start, sent_end, m)
    earlier = [f for f in siblings if sent_start <= f.outer_end <= m.outer_start]
    if earlier:
        found.inherit = True  # a later quote of a sentence whose first quote is attributed
    elif kind == "partial" or text[lead_start : m.outer_start].strip():
        who = speakers.who(p, _first_name(speakers, p, lead_start, m.outer_start))
        if who.found:
            found.speaker, found.attributed, found.head = who.speaker, True, who.head
            speakers.add_speaker(p, m.start, who.speaker, who.head)
    return found


def _kind(speakers: Speakers, p: int, m: Marked, lead_start: int) -> str:
    text = speakers.paragraphs[p]
    lead = text[lead_start : m.outer_start].strip()
    if not lead or lead.endswith((":", "—", "–")):
        return "direct"
    tokens = speakers.tokens[p]
    i, j = tokens.between(lead_start, m.outer_start)
    words = [t for t in tokens.toks[i:j] if not t.is_punct]
    has_verb = any(verb_at(tokens, k) for k in range(i, j)) or "according to" in lead.lower()
    opens_sentence = text[m.start : m.start + 1].isupper()
    if lead.endswith(",") and has_verb and (opens_sentence or len(words) <= 5):
        return "direct"
    if opens_sentence and has_verb and any(verb_at(tokens, k) for k in range(max(i, j - 3), j)):
        return "direct"
    return "partial"


def _from_tail(speakers: Speakers, p: int, m: Marked, lead_start: int, tail_end: int):
    """Attribution right after the quote: "…,” he said" / "…,” said X" / "…,” according to X"."""
    tokens = speakers.tokens[p]
    i, j = tokens.between(m.outer_end, tail_end)
    toks = tokens.toks
    while i < j and toks[i].is_punct and toks[i].text not in ("(",):
        i += 1
    if i < j and (toks[i].pos_ == "CCONJ" or toks[i].lower_ in _CLAUSE_OPENERS | _TIME_OPENERS):
        return None  # "“…” and promised a …", "“…” while X wrote …", "“…” after she said": a new clause
    bracket_end = -1
    for k in range(i, min(j, i + _TAIL_WINDOW)):
        tok = toks[k]
        if k <= bracket_end:
            continue
        if tok.text == "(" and k > i and toks[k - 1].pos_ == "PROPN":
            close = next((x for x in range(k + 1, min(j, k + 8)) if toks[x].text == ")"), None)
            if close is not None:
                bracket_end = close  # "…,” Sen. Bob Casey (D-Pa.) said": the party and state after the name
                continue
        if tok.text == "." and k > i and toks[k - 1].lower_ in abbreviations():
            continue  # "Col. Moshe Tetro said": the stop of a title, not of the sentence
        if tok.text in (".", ";", "(") or tok.text in '“«"':
            break
        if tok.lower_ in ("according", "as") and k + 1 < j and toks[k + 1].lower_ in ("to", "per"):
            if (tok.lower_, toks[k + 1].lower_) in (("according", "to"), ("as", "per")):
                return speakers.who(p, speakers.np_right(p, k + 2, j)), "according to"
        quoted = _quoted_tail(speakers, p, k, i, j)
        if quoted is not None:
            return quoted, "say"
        verb = verb_at(tokens, k)
        relative = _relative_start(toks, i, k)
        if verb is None:
            if tok.pos_ == "VERB" and not _in_aside(toks, i, k) and relative is None:
                break
            continue
        lemma, width = verb
        if relative is not None and relative < k - 1:
            # "…,” a police official who requested anonymity told AFP": the one the relative clause describes
            span = speakers.np_left(p, relative, i)
            return (speakers.who(p, span) if span is not None else NOBODY), lemma
        before = [t for t in toks[i:k] if t.lower_ not in cues().skip_words and not t.is_punct]
        commas = [x for x in range(i, k) if toks[x].text == ","]
        if len(commas) >= 2:  # "X, who chaired the talks, told" / "X, the senior and managing attorney, told"
            before = [t for t in before if not commas[0] < t.i < commas[-1]]
        if any(t.pos_ in ("CCONJ", "VERB") for t in before):
            return None  # "“…” the Nile and insisted …": another predicate, not this quote's attribution
        if not before:
            return speakers.who(p, speakers.np_right(p, k + width, j)), lemma
        span = speakers.np_left(p, k, i)
        if span is None and toks[k].dep_:
            span = speakers.dep_subject(toks[k])
        return (speakers.who(p, span) if span is not None else NOBODY), lemma
    return None


def _relative_start(toks, lo: int, n: int) -> int | None:
    """The "who" of a relative clause describing a speaker before token ``n`` ("an official who requested
    anonymity"), with no comma after it; None where there is none."""
    x = next((x for x in range(n - 1, lo, -1) if toks[x].lower_ == "who" or toks[x].text == ","), None)
    if x is None or toks[x].text == "," or toks[x - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return x


def _ends_relative(toks, relative: int, n: int) -> bool:
    """Whether the speech verb at ``n`` is the main verb after the relative clause that opens at ``relative``
    ("an official who was not authorised to speak to the media said"): the clause's own verb has come, and ``n`` is
    a finite verb right before the sentence's end or its aside."""
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in toks[relative + 1 : n])
    nxt = toks[n + 1] if n + 1 < len(toks) else None
    return has_verb and toks[n].tag_ in ("VBD", "VBZ", "VBP") and (nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "PROPN", "NOUN", "PRON"))


def _quoted_tail(speakers: Speakers, p: int, k: int, i: int, j: int) -> Who | None:
    """ "…,” the minister was quoted as saying" / "…,” Interfax quoted the minister as saying": the one quoted,
    when the quoting verb at ``k`` is followed by "as" and a speech verb."""
    if speakers.tokens[p].toks[k].lower_ not in _QUOTING:
        return None
    quoted = _quoted_by(speakers, p, k, i, j)
    if quoted is None:
        return None
    who = speakers.who(p, quoted[0])
    return who if who.found else None


def _quoted_by(speakers: Speakers, p: int, q: int, left: int, stop: int) -> tuple[tuple[int, int] | None, int] | None:
    """The phrase of the one the quoting verb at ``q`` quotes, and the index of its "as": the passive's subject
    ("X was quoted as saying"), else the verb's object ("Interfax quoted X as saying"); None without "as saying"."""
    tokens = speakers.tokens[p]
    toks = tokens.toks
    x = next((x for x in range(q + 1, min(stop - 1, q + 10)) if toks[x].lower_ == "as"), None)
    if x is None or toks[x + 1].tag_ != "VBG" or verb_at(tokens, x + 1) is None:
        return None
    if q - 1 >= left and toks[q - 1].lower_ in cues().passive_markers:
        return speakers.np_left(p, q - 1, left), x
    return speakers.np_right(p, q + 1, x), x


def _in_aside(toks, i: int, k: int) -> bool:
    """Whether token ``k`` sits in a comma-delimited aside after a name ("X, who chaired the talks, said")."""
    return any(t.text == "," for t in toks[i:k])


def _from_lead(speakers: Speakers, p: int, m: Marked, lead_start: int, tail_end: int):
    """Attribution before the quote: "X said: “…”", "according to X, “…”", "X, who accused Y of “…”".

    The first cue of the lead wins: in "X said Y objected to “…”" the words are reported by X.
    """
    tokens = speakers.tokens[p]
    i, j = tokens.between(lead_start, m.outer_start)
    toks = tokens.toks
    found = []
    for k in range(i, j):
        tok = toks[k]
        if tok.lower_ == "according" and k + 1 < j and toks[k + 1].lower_ == "to":
            found.append((speakers.who(p, speakers.np_right(p, k + 2, j)), "according to"))
            continue
        verb = verb_at(tokens, k)
        if verb is not None and _passive(toks, k, i):
            continue  # "Meyer has been asked to leave": the one asked says nothing
        if verb is not None:
            quoted = _quoted_as_saying(speakers, p, k, i)
            who = quoted or speakers.who(p, _subject(speakers, p, k, i, j, m))
            if not who.found and toks[k].tag_ == "VBG":
                who = _verb_subject(speakers, p, k, i)  # "an advert by X …, lamenting that “…”": X's words
            found.append((who, verb[0]))
    if found:
        # the cue nearest the quote, unless a state or nothing speaks there and a person speaks before:
        # "X said Washington objected to “…”" is X's report
        last = found[-1]
        if last[0].ref is not None and not _personal(last[0]):
            earlier = next((f for f in found[:-1] if _personal(f[0])), None)
            if earlier is not None:
                return earlier
        return last
    lead = speakers.paragraphs[p][lead_start : m.outer_start].rstrip()
    if lead.endswith(":"):
        # the sentence's first person, also when quoted words earlier in it moved the lead ("In his speech, X
        # invoked the “…” of a society watched by Y’s satellites: “…”" is X's)
        start = _sentence(speakers, p, m.outer_start)[0]
        return speakers.who(p, _first_name(speakers, p, start, m.outer_start)), ":"
    return None


def _passive(toks, k: int, i: int) -> bool:
    """Whether the speech verb at ``k`` is a participle in the passive ("was asked", "has been told")."""
    if toks[k].tag_ != "VBN":
        return False
    c = cues()
    prev = next((t for t in reversed(toks[i:k]) if t.lower_ not in c.skip_words), None)
    return prev is not None and prev.lower_ in c.passive_markers


def _personal(who: Who) -> bool:
    """A person, named or not (not a state, an organisation or nobody)."""
    if who.ref is not None:
        return who.ref.id.startswith("person:")
    return who.found


def _subject(speakers: Speakers, p: int, k: int, i: int, j: int, m: Marked) -> tuple[int, int] | None:
    """The subject of the speech verb at token ``k``: the words before it, else the parse, else an inversion."""
    tokens = speakers.tokens[p]
    toks = tokens.toks
    span = speakers.np_left(p, k, i)
    if span is not None and toks[span[0]].lower_ in ("and", "but"):
        span = None
    parsed = speakers.dep_subject(toks[k]) if toks[k].dep_ else None
    if parsed is not None and tokens.chars(*parsed)[1] > m.outer_start and parsed[0] < j:
        parsed = None  # the parser took a word inside the quote for the subject
    if span is None:
        span = parsed
    elif parsed is not None and parsed[1] <= span[0]:
        between = toks[parsed[1] : span[0]]
        if any(t.pos_ in ("VERB", "ADP") for t in between) and not any(t.text in "-—–(" for t in between):
            span = parsed  # "a diplomat accredited to the agency said": the parse sees past the modifier
    if span is None and k == i:
        verb = verb_at(tokens, k)
        if verb is not None and verb[0] in cues().object_verbs:
            return None  # "telling the visitor, “…”": who is told is not who speaks
        span = speakers.np_right(p, k + (verb[1] if verb else 1), j)
    return span


def _first_name(speakers: Speakers, p: int, start: int, end: int) -> tuple[int, int] | None:
    """The first person-like noun phrase in characters ``start:end`` (the subject of a sentence)."""
    tokens = speakers.tokens[p]
    i, j = tokens.between(start, end)
    c = cues()
    for k in range(i, j):
        tok = tokens.toks[k]
        if tok.lower_ in c.pronouns and tok.lower_ in ("he", "she"):
            return k, k + 1
        if tok.ent_type_ == "PERSON" or tok.lower_ in speakers.full_names:
            a, b = k, k + 1
            while b < j and (tokens.toks[b].ent_type_ == "PERSON" and tokens.toks[b].ent_iob_ == "I"):
                b += 1
            return a, b
    return None


def _sentence_has_cue(speakers: Speakers, p: int, start: int, end: int, m: Marked) -> bool:
    tokens = speakers.tokens[p]
    i, j = tokens.between(start, end)
    nouns = cues().speech_nouns
    for k in range(i, j):
        tok = tokens.toks[k]
        if m.start <= tok.idx < m.end:
            continue
        if verb_at(tokens, k) or tok.lower_ in nouns:
            return True
    return False


def _fill_from_context(speakers: Speakers, p: int, found: list[_Found], previous: list[_Found]) -> None:
    """Quotes without a cue of their own: a sibling's speaker, else the previous paragraph's speaker."""
    for n, f in enumerate(found):
        if f.speaker is not None or f.attributed:
            continue
        if f.inherit and n > 0 and (found[n - 1].attributed or found[n - 1].speaker is not None):
            f.speaker, f.cue, f.head = found[n - 1].speaker, f.cue or found[n - 1].cue, found[n - 1].head
            f.attributed = found[n - 1].attributed
            continue
        if f.kind == "direct":
            siblings = [g for g in reversed(found[:n]) if g.attributed] + [
                g for g in found[n + 1 :] if g.attributed
            ]
            if siblings:
                f.speaker, f.cue = siblings[0].speaker, f.cue or siblings[0].cue
                continue
            last = next((g for g in reversed(previous) if g.speaker is not None), None)
            standalone = not speakers.paragraphs[p][: f.mark.outer_start].strip()
            if last is not None and (f.mark.continues or standalone):
                f.speaker, f.cue = last.speaker, f.cue or last.cue
                continue
        if f.kind == "direct":
            f.speaker = speakers.antecedent(p, f.mark.outer_start)
    # a quote over paragraphs whose attribution comes only at its end
    attributed = next((f for f in found if f.attributed), None)
    if attributed is not None:
        for f in found:
            if f.mark.continued and f.speaker is None:
                f.speaker = attributed.speaker


#: Short words a title leaves in lower case ("The Law and High Politics of …").
_TITLE_SMALL = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "vs",
}


def _titled(words: str) -> bool:
    """Whether quoted words read as a title ("The Wuhan Cover-Up", "PBS NewsHour", "AI Snake Oil"): every word
    capitalised but the small ones, and no sentence inside."""
    tokens = re.findall(r"[^\W\d_][\w’'-]*", words)
    content = [w for w in tokens if w.lower() not in _TITLE_SMALL]
    if not content or not tokens[0][:1].isupper() or re.search(r"[.!?]\s", words):
        return False
    return all(w[:1].isupper() for w in content)


def _is_scare(f: _Found) -> bool:
    if f.titled and (f.kind == "partial" or (f.speaker is None and not f.has_cue) or f.embedded):
        return True  # a title quoted in the author's sentence is no one's words
    if f.kind != "partial":
        return False
    if f.words <= 2:
        # one or two quoted words are someone's only with a speech cue and a speaker ("some call it “X”" is not)
        return not (f.has_cue and (f.speaker is not None or f.head in cues().unnamed_nouns))
    return not f.has_cue and f.speaker is None


# ----- indirect speech -------------------------------------------------------------------------------------


def _indirect(speakers: Speakers, p: int, marks: list[Marked]) -> list[Quote]:
    """Reported speech in paragraph ``p``: whole sentences without marks, or a clause outside the marks."""
    out = []
    for a, b in speakers.bounds[p]:
        inside = [(m.outer_start, m.outer_end) for m in marks if m.outer_start < b and m.outer_end > a]
        found = _indirect_in(speakers, p, a, b, inside)
        if found is None or len(found[0].text.split()) < _MIN_INDIRECT_WORDS:
            continue
        quote, head = found
        if quote.start < speakers.dateline_ends[p]:
            quote = _after_dateline(quote, speakers.paragraphs[p], speakers.dateline_ends[p])
        first = _split_joined(speakers.paragraphs[p], quote, speakers.tokens[p])
        if first is not None:
            out.append(first[0])
            quote = first[1]
        out.append(quote)
        joined = _joined_after(speakers.paragraphs[p], quote, b)
        if joined is not None:
            out.append(joined)  # "…, the ministry said, adding that B": B is the ministry's too
        speakers.add_speaker(p, quote.start, quote.speaker, head)
        nested = _nested(speakers, p, quote, inside)
        if nested is not None:
            out.append(nested[0])
            speakers.add_speaker(p, nested[0].start, nested[0].speaker, nested[1])
        second = _second_report(speakers, p, quote, b, inside)
        if second is not None:
            out.append(second[0])  # "X said A, but Y said B": B is Y's
            speakers.add_speaker(p, second[0].start, second[0].speaker, second[1])
    return out


def _second_report(speakers: Speakers, p: int, quote: Quote, b: int, inside):
    """The report after a conjunction that ends a reported clause ("…, but hospital sources said three died")."""
    text = speakers.paragraphs[p]
    rest = text[quote.end : b]
    if not re.match(r"[\s,;]*(but|and|while|whereas)\s", rest):
        return None
    tokens = speakers.tokens[p]
    i, j = tokens.between(quote.end, b)
    end = b
    while end > quote.end and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    found = _complement(speakers, p, i, j, end, inside)
    if found is None or found[0].speaker is None or len(found[0].text.split()) < _MIN_INDIRECT_WORDS:
        return None
    return found


def _split_joined(text: str, quote: Quote, tokens) -> tuple[Quote, Quote] | None:
    """The two reports of one speaker in one sentence: "X said A, adding that B", "X denied A, saying in a statement
    that B", "X said A and warned that B"; None where the quote holds one, or where the second verb belongs to the
    reported clause ("… granted clemency, arguing that …": the one who granted it argues)."""
    body = text[quote.start : quote.end]
    found = _joined_pattern().search(body)
    if found is None:
        return None
    verb = next((t for t in tokens.toks if t.idx == quote.start + found.start("verb")), None)
    if verb is None or not verb.dep_ or quote.start <= verb.head.idx < quote.end:
        return None
    head = body[: found.start()].rstrip(" ,;")
    if len(head.split()) < _MIN_INDIRECT_WORDS or len(body[found.end() :].split()) < _MIN_INDIRECT_WORDS:
        return None
    first = _make(text, quote.paragraph, quote.start, quote.start + len(head), quote.speaker, quote.cue)
    second = _make(text, quote.paragraph, quote.start + found.end(), quote.end, quote.speaker, quote.cue)
    return first, second


def _joined_after(text: str, quote: Quote, b: int) -> Quote | None:
    """The second report of a trailing cue's speaker: "A, the ministry said, adding that B" gives B, after the
    quote A that ends before the cue; None where the sentence does not go on so."""
    if quote.cue == "according to":
        return None
    rest = text[quote.end : b]
    found = next(
        (
            hit
            for comma in re.finditer(r",", rest)
            if comma.start() > 0 and len(rest[: comma.start()].split()) <= _SUBJECT_WINDOW
            for hit in [_joined_pattern().match(rest, comma.start())]
            if hit is not None
        ),
        None,
    )
    if found is None:
        return None
    end = b
    while end > quote.end + found.end() and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    second = _make(text, quote.paragraph, quote.end + found.end(), end, quote.speaker, quote.cue)
    return second if len(second.text.split()) >= _MIN_INDIRECT_WORDS else None


@lru_cache(maxsize=1)
def _joined_pattern() -> re.Pattern:
    joined = cues().joined_cues
    participles = [w for w in joined if " " not in w]
    finite = [w.split()[-1] for w in joined if " " in w]  # "and warned": after a conjunction only
    words = "|".join(participles) + "|" + "|".join(rf"(?<=and\s){w}|(?<=but\s){w}" for w in finite)
    # the cue, a short aside of its own ("in a statement", "on Monday"), then "that"
    return re.compile(rf",?\s+(?:(?:and|but)\s+)?(?P<verb>{words})\b[^,;:“”\"]{{0,40}}?\bthat\s+")


#: Conjunctions that join a second speech verb to the first: "X said A and warned B".
_JOINING = {"and", "but"}


def _joined(tokens, k: int, i: int) -> bool:
    """Whether the speech verb at token ``k`` goes on the sentence's first report with no subject of its own:
    "X said A and warned B", "X said A, adding that B": the same speaker's words."""
    toks, skip = tokens.toks, cues().skip_words
    x = k - 1
    while x > i and toks[x].lower_ in skip:
        x -= 1  # "and also warned"
    if toks[k].tag_ == "VBG" and x == k - 1 and toks[x].text == ",":
        return True
    return toks[x].lower_ in _JOINING


def _same_speaker(a: ActorRef, b: ActorRef) -> bool:
    """One speaker, also when described at more or less length ("a liaison officer with Gaza", "liaison officer")."""
    if a.id == b.id:
        return True
    x, y = a.name.lower(), b.name.lower()
    return _unnamed(a) and _unnamed(b) and (x.startswith(y) or y.startswith(x))


def _nested(speakers: Speakers, p: int, outer: Quote, inside) -> tuple[Quote, str] | None:
    """A report inside a report: "Xi told Biden that Beijing would …, the officials said", "According to the
    senator, the adviser told colleagues that he had kept few documents": the inner speaker's clause is a quote
    of its own."""
    tokens = speakers.tokens[p]
    i, j = tokens.between(outer.start, outer.end)
    found = _complement(speakers, p, i, j, outer.end, inside)
    if found is None or found[0].speaker is None or found[0].start <= outer.start:
        return None
    k = tokens.index(found[0].start) - 1
    while k > i and verb_at(tokens, k) is None:
        k -= 1
    if k > i and _joined(tokens, k, i):
        return None  # the outer speaker's second report, not someone else's
    if outer.speaker is not None and _same_speaker(found[0].speaker, outer.speaker):
        if _comma_participle(tokens, k, i):
            return found  # "X stated that A, claiming that B": B is a second report of the same speaker
        return None  # "X claimed …, saying …": one speaker's report
    if len(found[0].text.split()) < _MIN_INDIRECT_WORDS:
        return None
    return found


def _comma_participle(tokens, k: int, i: int) -> bool:
    """Whether the speech verb at token ``k`` is a participle after a comma that takes a clause ("…, claiming that")."""
    toks = tokens.toks
    x = k - 1
    while x > i and toks[x].text in "”\"’'":
        x -= 1  # "…“massive UAV attack,” claiming that …": the comma inside the closing mark
    return (
        x > i
        and toks[k].tag_ == "VBG"
        and toks[x].text == ","
        and k + 1 < len(toks)
        and toks[k + 1].lower_ == "that"
    )


def _after_dateline(quote: Quote, text: str, dateline_end: int) -> Quote:
    """The quote without the dateline that opens its paragraph ("MANILA — China's coast guard fired ...")."""
    start = dateline_end
    while start < quote.end and (text[start].isspace() or text[start] in "-\u2013\u2014\u2015"):
        start += 1
    return replace(quote, text=text[start : quote.end], start=start)


def _indirect_in(speakers: Speakers, p: int, a: int, b: int, inside: list[tuple[int, int]]):
    """The indirect quote of one sentence and the noun of its speaker when unnamed, or None."""
    text = speakers.paragraphs[p]
    tokens = speakers.tokens[p]
    i, j = tokens.between(a, b)
    end = b
    while end > a and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    according = _according_to(speakers, p, i, j, a, end, inside) or _as_cue(speakers, p, i, j, end, inside)
    if according is None:
        return (
            _trailing(speakers, p, i, j, a, end, inside)
            or _trailing_quoted(speakers, p, i, j, a, inside)
            or _complement(speakers, p, i, j, end, inside)
        )
    if tokens.toks[i].lower_ == "as":
        return according  # "As X noted, …"
    if tokens.toks[i].lower_ == "according":
        return according  # "According to X, …"
    said = _complement(speakers, p, i, j, end, inside)
    if said is None or said[0].speaker is None:
        return according
    # "X said it was …, according to the Financial Times": X said it, the paper reports it
    quote, head = said
    if quote.start < according[0].end < quote.end:
        quote = _make(text, p, quote.start, according[0].end, quote.speaker, quote.cue)
    return quote, head


def _speaker(who: Who) -> tuple[bool, ActorRef | None, str]:
    """Whether an indirect quote may be given to this speaker (named, or an unnamed official, source …)."""
    if who.ref is not None:
        return True, who.ref, who.head
    c = cues()
    if who.found and who.head in c.authorless_sources:
        return True, None, who.head  # "according to a poll conducted last month": reported, by no one named
    ok = who.found and (
        who.head in c.unnamed_nouns
        or who.head in c.source_nouns
        or who.head in c.unnamed_bodies
        or who.head in c.titles  # "the World Food Programme's country director said": described by the title
    )
    return ok, who.speaker if ok else None, who.head


def _according_to(speakers: Speakers, p: int, i: int, j: int, a: int, end: int, inside=()):
    """ "According to X, …" / "…, according to X." (X a person, a body, someone unnamed, or a report of one)."""
    toks, text = speakers.tokens[p].toks, speakers.paragraphs[p]
    for k in range(i, j - 1):
        if toks[k].lower_ == "according" and toks[k + 1].lower_ == "to":
            if any(qa <= toks[k].idx < qb for qa, qb in inside):
                return None
            ok, ref, head = _speaker(_source_of(speakers, p, k + 2, j))
            if not ok:
                return None
            if k == i:
                comma = next((n for n in range(k + 2, j) if toks[n].text == ","), None)
                if comma is not None and comma + 1 < j and toks[comma + 1].lower_ in cues().relative_pronouns:
                    # "According to the actor, who rose to fame in the 1980s, he …": past the relative clause
                    comma = next((n for n in range(comma + 2, j) if toks[n].text == ","), None)
                start = toks[comma + 1].idx if comma is not None and comma + 1 < j else a
                span = (start, end)
            else:
                span = (a, toks[k].idx)
            if _words_outside(text, *span, inside) < _MIN_INDIRECT_WORDS:
                return None  # "“…,” according to X": the quote is the direct one
            return _make(text, p, *span, ref, "according to"), head
    return None


def _as_cue(speakers: Speakers, p: int, i: int, j: int, end: int, inside=()):
    """ "As the Financial Times notes, …", "As first reported by Reuters, …": the clause after the comma is the
    source's report."""
    toks, c = speakers.tokens[p].toks, cues()
    if j - i < 6 or toks[i].lower_ != "as" or any(qa <= toks[i].idx < qb for qa, qb in inside):
        return None
    comma = next((n for n in range(i + 2, min(j, i + 14)) if toks[n].text == ","), None)
    if comma is None or comma + 1 >= j:
        return None
    # the tagger may take a cue right before the comma for a noun ("As the Journal notes,")
    cue = next(
        (
            n
            for n in range(i + 1, comma)
            if verb_at(speakers.tokens[p], n) is not None or (n + 1 == comma and toks[n].lower_ in c.verb_forms)
        ),
        None,
    )
    if cue is None:
        return None
    lemma, width = verb_at(speakers.tokens[p], cue) or (c.verb_forms[toks[cue].lower_], 1)
    if lemma not in c.indirect_verbs or any(t.lower_ in _NEGATIONS for t in toks[i:comma]):
        return None
    if cue + width < comma and toks[cue + width].lower_ == "by":
        span = speakers.np_right(p, cue + width + 1, comma)  # "As first reported by Reuters,"
    elif (
        cue + width == comma
        or lemma in c.object_verbs
        or toks[cue + width].pos_ in ("ADP", "ADV")
        or toks[cue + width].ent_type_ == "DATE"
    ):
        span = speakers.np_left(p, cue, i + 1)  # "As the Journal notes,", "As the minister said on Monday,"
    else:
        return None  # "As the army advanced on the town, …": no report
    if span is None:
        return None
    ok, ref, head = _speaker(speakers.who(p, span))
    text = speakers.paragraphs[p]
    if not ok or _words_outside(text, toks[comma + 1].idx, end, inside) < _MIN_INDIRECT_WORDS:
        return None
    return _make(text, p, toks[comma + 1].idx, end, ref, lemma), head


def _of_in_name(toks, n: int, stop: int) -> bool:
    """An "of" between capitalised words of one name: "the National Conference of Mayors"."""
    nxt = n + 2 if n + 2 < stop and toks[n + 1].lower_ == "the" else n + 1
    return (
        toks[n].lower_ == "of"
        and n > 0
        and nxt < stop
        and toks[n - 1].text[:1].isupper()
        and (toks[nxt].text[:1].isupper())
    )


def _words_outside(text: str, start: int, end: int, inside) -> int:
    """How many words of characters ``start:end`` are outside the quoted stretches ``inside``."""
    chars = [
        c if not any(qa <= n < qb for qa, qb in inside) else " " for n, c in enumerate(text[start:end], start)
    ]
    return len("".join(chars).split())


def _source_of(speakers: Speakers, p: int, i: int, j: int) -> Who:
    """The source after "according to": "three officials familiar with the talks", "a report by the Fund",
    "the White House's announcement", "state media"."""
    toks, c = speakers.tokens[p].toks, cues()
    stop = i
    while (
        stop < j
        and toks[stop].text not in (",", ".", ";", "(", "—", "–")
        and toks[stop].lower_ not in (c.relative_pronouns)
    ):
        stop += 1
    while i < stop and (toks[i].like_num or toks[i].lower_ in ("a", "an", "the", "some", "several")):
        i += 1  # "three current and former officials"
    # the noun phrase: up to a preposition or a verb, or an adjective after its noun ("people familiar with")
    end = i
    while (
        end < stop
        and toks[end].text not in ("’s", "'s")
        and not (end > i and toks[end].pos_ == "ADV")  # "an official there"
        and (
            toks[end].pos_ not in ("ADP", "VERB", "AUX")
            or _of_in_name(toks, end, stop)
            or (end > i and toks[end].ent_iob_ == "I" and toks[end].ent_type_ == "ORG")  # "Committee to Protect …"
        )
    ):
        if end > i and toks[end].pos_ == "ADJ" and toks[end - 1].pos_ in ("NOUN", "PROPN"):
            break
        end += 1
    if end < stop and toks[end].text in ("’s", "'s") and end > i:
        owner = end
        end += 1
        while end < stop and toks[end].pos_ not in ("ADP", "VERB", "AUX"):
            end += 1
        head = toks[end - 1].lower_
        if head in c.org_nouns or head in c.unnamed_nouns or head in c.titles:
            return speakers.who(p, (i, end))  # "Kosovo's election commission": the body itself
        if not any(t.ent_type_ in ("DATE", "TIME") for t in toks[i:owner]):
            return speakers.who(p, (i, owner))  # "the White House's announcement": the owner speaks
        i = owner + 1  # "Thursday's report": the report
    if end == i:
        return NOBODY
    who = speakers.who(p, (i, end))
    if who.ref is not None:
        return who
    if who.found and who.head in c.unnamed_nouns:
        # the whole description: "people familiar with the talks", "journalists (who saw the bodies)"
        return replace(
            who, phrase=speakers.paragraphs[p][toks[i].idx : toks[stop - 1].idx + len(toks[stop - 1])]
        )
    # a document or a report: its author ("a report by the Fund", "estimates from the firm Chainalysis", "figures
    # released by the health ministry")
    by = end + 1 if end + 1 < stop and toks[end].tag_ == "VBN" and toks[end + 1].lower_ in ("by", "from") else end
    if by < stop and toks[by].lower_ in ("by", "from", "of"):
        author = speakers.np_right(p, by + 1, stop)
        if author is not None:
            found = speakers.who(p, author)
            a, b = author
            while found.ref is None and b - a > 1 and toks[b - 1].is_lower and toks[b - 1].pos_ == "NOUN":
                b -= 1  # "the German Marshall Fund think tank": the name before what it is
                found = speakers.who(p, (a, b))
            if found.ref is not None:
                return found
    words = [t for t in toks[i:end] if not t.is_punct]
    if words and (words[-1].lower_ in c.unnamed_nouns or words[-1].lower_ in c.source_nouns | c.authorless_sources):
        return Who(None, True, words[-1].lower_, " ".join(t.text for t in words))
    return NOBODY


def _trailing_quoted(speakers: Speakers, p: int, i: int, j: int, a: int, inside=()):
    """ "…, the minister was quoted as saying (by the agency)." / "…, state television quoted the minister as
    saying.": the words before the comma are the one quoted."""
    toks, text = speakers.tokens[p].toks, speakers.paragraphs[p]
    for k in range(i + 3, j):
        if toks[k - 1].text != "," or any(qa <= toks[k - 1].idx < qb for qa, qb in inside):
            continue
        q = next((x for x in range(k, min(j, k + 10)) if toks[x].lower_ in _QUOTING), None)
        if q is None or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in cues().passive_markers for t in toks[k:q]):
            continue
        quoted = _quoted_by(speakers, p, q, k, j)
        if quoted is None:
            continue
        span, x = quoted
        rest = [t for t in toks[x + 2 : j] if not t.is_punct]
        if rest and (rest[0].lower_ != "by" or len(rest) > 8 or any(t.pos_ in ("VERB", "AUX") for t in rest)):
            continue  # "…, X was quoted as saying on Monday that …" is another report
        ok, ref, head = _speaker(speakers.who(p, span))
        if ok and _words_outside(text, a, toks[k - 1].idx, inside) >= _MIN_INDIRECT_WORDS:
            return _make(text, p, a, toks[k - 1].idx, ref, "say"), head
        return None
    return None


def _trailing(speakers: Speakers, p: int, i: int, j: int, a: int, end: int, inside=()):
    """ "…, he said." / "…, said X." / "…, X said on Monday." / "…, he said, …"

    In a sentence with quoted words, only where the words before the cue are mostly the author's: "…,” he said"
    is the direct quote's attribution.
    """
    tokens, c = speakers.tokens[p], cues()
    toks, text = tokens.toks, speakers.paragraphs[p]
    if inside and (any(qa <= toks[i].idx < qb for qa, qb in inside) if i < j else True):
        return None
    for k in range(i + 3, j):
        if toks[k - 1].text != ",":
            continue
        if any(qa <= toks[k - 1].idx < qb for qa, qb in inside):
            continue
        if inside and _words_outside(text, a, toks[k - 1].idx, inside) < _MIN_INDIRECT_WORDS:
            continue
        if k - 1 - i < 2:
            continue
        short = k - 1 - i < 3  # "The suspect, police said, had …": only with the cue inserted
        for n in range(k, min(j, k + _SUBJECT_WINDOW)):
            verb = verb_at(tokens, n)
            relative = _relative_start(toks, k, n) if n > k + 1 else None
            if relative is not None and not _ends_relative(toks, relative, n):
                continue  # "…, an official who was not authorised to speak said": the relative clause's own verbs
            if verb is None:
                if toks[n].lower_ in _PERFECT and n > k and verb_at(tokens, n + 1) is not None:
                    continue  # "…, The Washington Post has reported.": the perfect of the cue
                if toks[n].pos_ in ("VERB", "AUX") and not _compound_participle(toks, n):
                    break
                continue
            lemma, width = verb
            if n == k and (toks[n].tag_ == "VBG" or lemma in c.object_verbs):
                break  # "…, telling the visitor …": a participle or its addressee, not an inverted speaker
            after = n + width
            rest = next((x for x in range(after, j) if toks[x].text in (",", ".")), j)
            if lemma not in c.indirect_verbs or (
                rest - after > 4 and not _aside_after(toks, k, n, lemma, after, rest)
            ):
                break
            if n > k and (
                toks[k].pos_ == "CCONJ"
                or (
                    any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks[after:rest])
                    and not _time_clause(toks, k, n, after, rest)
                )
            ):
                break  # "…, but supporters say they carry weight": a clause of its own, not an attribution
            span = speakers.np_right(p, after, rest) if n == k else speakers.np_left(p, relative or n, k)
            if n == k and span is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks[span[0] : rest]):
                break  # "X, who …, insisted it had the votes", "…, said Tokyo was watching": a reported clause
            if n > k and toks[k].lower_ in ("a", "an") and toks[k + 1].lower_ in c.speech_nouns:
                break  # "…, a charge the ministry denies": a description of what came before, no attribution
            if toks[k].lower_ != "as" and (toks[k].lower_ in _CLAUSE_OPENERS or toks[k].pos_ == "SCONJ"):
                break  # "…, although Islamabad never confirmed the strikes": a clause of the author's
            if any(t.lower_ in _NEGATIONS for t in toks[k : relative or n]) or (after < j and toks[after].text == ":"):
                break  # "…, it never confirmed", "…, Kennedy maintained: “…”": no attribution of what came before
            inserted = rest == after and rest + 1 < j and toks[rest].text == ","  # "If A, she said, then B"
            if short and not inserted:
                break
            if toks[i].lower_ in _SUBORDINATORS and not inserted and not any(t.text == "," for t in toks[i : k - 1]):
                break  # "When Johnson learned that …, he wrote …": the words before are a time clause
            ok, ref, head = _speaker(speakers.who(p, span))
            if ok:
                # "…, a union told AFP, as the council met": a clause of the author's own follows
                goes_on = rest + 1 < j and toks[rest].text == ","
                goes_on = goes_on and toks[rest + 1].lower_ not in _AUTHOR_GOES_ON and toks[rest + 1].tag_ != "VBG"
                goes_on = goes_on and not _outlet_reports(tokens, rest + 1, j)
                stop = end if goes_on else toks[k - 1].idx
                if not goes_on and n > k and span is not None and span[0] - 1 > k and toks[span[0] - 1].text == ",":
                    # "The strike killed 12 people, among them five children, the ministry said": the quote runs to
                    # the comma before the speaker
                    stop = toks[span[0] - 1].idx
                return _make(text, p, a, stop, ref, lemma), head
            break
    return None


#: Words after a trailing cue and its comma that go on in the author's words, not the reported clause's ("…, the
#: ministry said, adding that …", "…, an official said, without giving details"; a participle does the same).
_AUTHOR_GOES_ON = {
    "as",
    "without",
    "and",
    "but",
    "while",
    "though",
    "although",
    "after",
    "before",
    "in",
    "a",
    "an",
    "who",  # "…, said the official, who was not authorised to speak": the speaker described
    "whose",
    "which",
}
#: Auxiliaries of a trailing cue's perfect ("…, the ministry has said", "…, X had reported").
_PERFECT = {"has", "have", "had"}
#: Prepositions that open where, when or how something was said, after a trailing cue ("…, he said in a statement").
_CUE_ASIDES = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "via",
    "through",
    "from",
    "while",
    "late",
    "early",
}


#: Words after a quote that open a time clause of its own ("would be “appropriate” after she said …").
_TIME_OPENERS = {"after", "before", "until", "once"}
#: Words that open a time clause of the author's after a trailing cue ("…, X said as he left", "…, when asked").
_TIME_CLAUSE_OPENERS = {"as", "while", "when", "after", "before"}


def _compound_participle(toks, n: int) -> bool:
    """A participle inside a hyphenated modifier ("the Britain-based Observatory", "a Kremlin-backed group")."""
    return n > 0 and toks[n - 1].text == "-" and toks[n].tag_ in ("VBN", "VBG")


def _outlet_reports(tokens, a: int, j: int) -> bool:
    """Whether the words from token ``a`` to the sentence's end are only a second source and its cue ("…, a
    spokesman said late Friday, News.Az reports."): no reported clause goes on after the first cue."""
    words = [t for t in tokens.toks[a:j] if not t.is_punct]
    return 0 < len(words) <= 5 and verb_at(tokens, words[-1].i) is not None


def _time_clause(toks, k: int, n: int, after: int, rest: int) -> bool:
    first = toks[after]
    return (
        first.lower_ in _TIME_CLAUSE_OPENERS
        and after + 1 < rest
        and toks[after + 1].pos_ in ("PRON", "PROPN", "DET")
        and not any(t.pos_ == "CCONJ" for t in toks[k:n])
    )


def _aside_after(toks, k: int, n: int, lemma: str, after: int, rest: int) -> bool:
    """Whether the words after a trailing cue only say to whom, where or when ("…, he told listeners on a livestream
    hosted by X."): no finite verb, no infinitive, no clause; then the sentence before the cue is what was said."""
    if after >= rest:
        return False
    if n > k and _time_clause(toks, k, n, after, rest):
        return True  # "…, Lukashenko said as he listened to the report": when it was said, a clause of the author's
    if rest - after > 14:
        return False
    if n == k:
        # ", said Lionel Lazarre of the Haitian police union.": a long inverted subject, not a reported clause
        return (
            rest - after <= 10
            and toks[after].pos_ in ("PROPN", "DET")
            and not any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD", "VB") or t.lower_ == "that" for t in toks[after:rest]
            )
        )
    if any(t.pos_ == "CCONJ" for t in toks[k:n]):
        return False  # "…, and afterward Biden stressed the need …": another predicate
    first = toks[after]
    if not (lemma in cues().object_verbs or first.lower_ in _CUE_ASIDES):
        return False
    return not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD", "VB") or t.lower_ in ("that", "to") for t in toks[after:rest]
    )


def _complement(speakers: Speakers, p: int, i: int, j: int, end: int, inside):
    """ "X said (that) …" / "X told reporters (that) …" / "…,” he said, adding that …" """
    tokens, c = speakers.tokens[p], cues()
    toks, text = tokens.toks, speakers.paragraphs[p]
    for k in range(i, j):
        if any(qa <= toks[k].idx < qb for qa, qb in inside):
            continue
        verb = verb_at(tokens, k)
        if verb is None or verb[0] not in c.indirect_verbs:
            continue
        lemma, width = verb
        prev = next((t for t in reversed(toks[i:k]) if t.lower_ not in c.skip_words), None)
        if prev is not None and prev.lower_ in c.passive_markers:
            continue
        if any(t.lower_ in _NEGATIONS for t in toks[max(i, k - 3) : k]):
            continue  # "the ministry did not say …", "declined to say …": nothing was said
        if any(t.lower_ == "what" for t in toks[max(i, k - 4) : k]):
            continue  # "from what he said was a location in the bush": a free relative, no report
        start = _complement_start(tokens, k, width, j, lemma)
        if start is None:
            start = _object_said(tokens, k, j, lemma)
        if start is None:
            continue
        opener = tokens.index(start)
        if opener < j and toks[opener].lower_ in _WH_WORDS and toks[opener - 1].lower_ != "that":
            continue  # "did not say when the drills would end": a question, not what was said
        first = start
        while first < end and (text[first].isspace() or text[first] in ",;:"):
            first += 1
        opening = next(((qa, qb) for qa, qb in inside if qa <= first < qb), None)
        if opening is not None and not _clause_goes_on(tokens, opening[1], end):
            continue  # the clause opens with quoted words: those are the quote
        colon = next((qa for qa, _ in inside if qa > first and text[first:qa].rstrip().endswith(":")), None)
        if colon is not None and len(text[first:colon].split()) < _CLAUSE_BEFORE_COLON:
            continue  # "told a news conference: “…”": the quote after the colon is what was said
        ok, ref, head = _speaker(_verb_subject(speakers, p, k, i))
        if not ok:
            return None
        if colon is not None:
            # "stressed that the moment was critical: “…”": the clause before the colon is reported too
            return _make(text, p, start, text.rindex(":", first, colon), ref, lemma), head
        stop = _relative_end(toks, k, i, start, end) or _participle_end(toks, k, i, end)
        stop = _second_report_cut(tokens, k, start, stop)
        if opening is not None:
            start = opening[0]  # the clause, from its opening mark
        return _make(text, p, start, stop, ref, lemma), head
    return None


def _second_report_cut(tokens, k: int, start: int, stop: int) -> int:
    """Where the clause reported by the speech verb at token ``k`` ends when a second report with a subject of its
    own follows ("X said A, but Y said B": A ends at the comma before "but"); ``stop`` when none does."""
    toks = tokens.toks
    verb = toks[k]
    if not verb.dep_:
        return stop
    for other in verb.children:
        if other.dep_ != "conj" or not (start < other.idx < stop) or verb_at(tokens, other.i) is None:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children):
            continue  # "X said A and added B": the same speaker goes on
        cc = next((c for c in verb.children if c.dep_ == "cc" and start < c.idx < other.idx), None)
        if cc is None:
            continue
        cut = cc.i
        while cut - 1 > k and toks[cut - 1].is_punct:
            cut -= 1
        return min(stop, toks[cut - 1].idx + len(toks[cut - 1]))
    return stop


def _clause_goes_on(tokens, close: int, end: int) -> bool:
    """Whether a reported clause that opens with quoted words is the subject of a verb in the author's words ("said
    “this act of provocation” was a breach of the accord"): the clause is reported as a whole, beside the quote."""
    toks = tokens.toks
    after = next((t for t in toks if t.idx >= close and not t.is_punct), None)
    if after is None or after.idx >= end or after.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    return len([t for t in toks if after.idx <= t.idx < end and not t.is_punct]) >= _MIN_INDIRECT_WORDS


def _object_said(tokens, k: int, j: int, lemma: str) -> int | None:
    """Where what was said starts when a cue takes no clause but its object or infinitive says it: "The Observatory
    reported more than 30 air raids", "Yellen stressed the need to apply trade rules", "Israel vowed to continue the
    war"; None elsewhere."""
    toks = tokens.toks
    if lemma not in cues().noun_object_verbs or not toks[k].dep_ or toks[k].tag_ == "VBN":
        return None
    for child in toks[k].children:
        if child.i <= k or child.left_edge.i > k + 3 or child.left_edge.i >= j:
            continue
        if child.dep_ == "dobj" and lemma in ("report", "stress") and child.pos_ in ("NOUN", "PROPN"):
            return toks[child.left_edge.i].idx
        if child.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            return toks[child.left_edge.i].idx  # "vowed to continue the war"
    return None


def _relative_end(toks, k: int, i: int, start: int, end: int) -> int | None:
    """Where the reported clause of a cue inside a relative clause ends: at the comma that closes it, before the
    main clause's verb ("The army, which has said it will retaliate, moved tanks …"); None elsewhere."""
    x = k - 1
    while x > i and (toks[x].lower_ in cues().skip_words or toks[x].pos_ == "AUX"):
        x -= 1
    if not (x - 1 >= i and toks[x].lower_ in ("who", "which") and toks[x - 1].text == ","):
        return None
    for n in range(k + 1, len(toks) - 1):
        if toks[n].idx >= end:
            break
        if toks[n].idx > start and toks[n].text == ",":
            after = toks[n + 1]
            if after.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return toks[n].idx  # the main clause goes on after the relative one
    return None


def _participle_end(toks, k: int, i: int, end: int) -> int:
    """Where the reported clause of a participle that opens the sentence ends: before the main clause ("Noting
    that A was B, the editor asked …"); elsewhere the sentence's end."""
    if k != i or toks[k].tag_ != "VBG" or toks[k].dep_ != "advcl":
        return end
    root = toks[k].head
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > k), None)
    if subject is None or subject.left_edge.i - 1 <= k or toks[subject.left_edge.i - 1].text != ",":
        return end
    return toks[subject.left_edge.i - 1].idx


#: Words that open a subordinate clause: one before a trailing cue is no one's words ("When X learned …, he wrote").
_SUBORDINATORS = _CLAUSE_OPENERS | {"after", "before", "once", "until", "as"}
#: Words that deny a speech verb ("did not say") or make it a refusal ("declined to say").
_NEGATIONS = {"not", "n't", "never", "declined", "refused", "wouldn't", "didn't"}
#: Words that open an indirect question after a speech verb ("said when", "told them whether").
_WH_WORDS = {"when", "whether", "how", "why", "where", "what", "who", "which", "if"}


def _verb_subject(speakers: Speakers, p: int, k: int, i: int) -> Who:
    toks = speakers.tokens[p].toks
    quoted = _quoted_as_saying(speakers, p, k, i)
    if quoted is not None:
        return quoted
    if toks[k].tag_ == "VBG" and k - 2 >= i and toks[k - 1].lower_ == "by" and toks[k - 2].pos_ == "VERB":
        return _verb_subject(speakers, p, k - 2, i)  # "X responded by saying that …": X says it
    spans = [speakers.np_left(p, k, i), speakers.dep_subject(toks[k]) if toks[k].dep_ else None]
    if toks[k].tag_ == "VBG":
        spans.reverse()  # "…, he said, adding that": the participle's subject is the main verb's
    if toks[k].tag_ == "VBG" and spans[-1] is not None:
        # "the ministry issued a statement saying …", "X posted videos claiming …": the document's author speaks
        a, b = spans[-1]
        if (
            toks[b - 1].lower_ in cues().document_nouns
            and a - 1 >= i
            and toks[a - 1].tag_ in ("VBD", "VBZ", "VBP", "VBN")
        ):
            spans.insert(0, speakers.np_left(p, a - 1, i))
    for span in spans:
        if span is not None:
            who = speakers.who(p, span)
            if who.found:
                return who
    for span in spans:
        author = _document_author(speakers, p, span) if span is not None else None
        if author is not None:
            return author
    return NOBODY


#: Verbs that report someone else's words through their object: "Interfax quoted the minister as saying …".
_QUOTING = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}


def _quoted_as_saying(speakers: Speakers, p: int, k: int, i: int) -> Who | None:
    """The speaker of "X quoted Y as saying (that) …": Y, the object of the quoting verb."""
    toks = speakers.tokens[p].toks
    if toks[k].tag_ != "VBG" or k - 2 < i or toks[k - 1].lower_ != "as":
        return None
    # "X was quoted as saying …", "X was quoted by the agency as saying …": the subject of the passive speaks
    q = next((x for x in range(k - 2, max(i, k - 10) - 1, -1) if toks[x].lower_ in _QUOTING), None)
    if (
        q is not None
        and q - 1 >= i
        and toks[q - 1].lower_ in cues().passive_markers
        and (q == k - 2 or toks[q + 1].lower_ == "by")
    ):
        who = speakers.who(p, speakers.np_left(p, q - 1, i))
        return who if who.found else None
    span = speakers.np_left(p, k - 1, i)
    if span is None or span[0] - 1 < i or toks[span[0] - 1].lower_ not in _QUOTING:
        return None
    who = speakers.who(p, span)
    if not who.found:
        return None
    quoter = speakers.who(p, speakers.np_left(p, span[0] - 1, i))
    if quoter.ref is not None:
        # the one who quotes spoke last in the paragraph: "…,” it added" is theirs again
        speakers.add_speaker(p, len(speakers.paragraphs[p]), quoter.ref, quoter.head)
    return who


def _document_author(speakers: Speakers, p: int, span: tuple[int, int]) -> Who | None:
    """Who speaks through a document that "said" something: "a statement from the Joint Chiefs of Staff", "a
    Kremlin statement", "the ministry's statement"."""
    toks = speakers.tokens[p].toks
    a, b = span
    for n in range(a, b):
        if toks[n].lower_ not in cues().document_nouns:
            continue
        if n + 2 <= b and toks[n + 1].lower_ in ("from", "by", "of"):
            who = speakers.who(p, (n + 2, b))  # "a statement from the Joint Chiefs of Staff"
        else:
            first = a + 1 if toks[a].pos_ == "DET" else a
            end = n - 1 if n - 1 > first and toks[n - 1].text in ("’s", "'s") else n
            who = speakers.who(p, (first, end)) if end > first else None  # "a Kremlin statement"
        if who is not None and who.ref is not None:
            return who
        return None
    return None


def _complement_start(tokens, k: int, width: int, j: int, lemma: str) -> int | None:
    """Where the reported clause after a speech verb starts, or None when it takes no clause."""
    toks = tokens.toks
    n = k + width
    objects = (
        [c for c in toks[k].children if c.dep_ in ("dative", "dobj", "iobj") and c.left_edge.i == n]
        if toks[k].dep_ and lemma in cues().object_verbs
        else []
    )
    mark = next((t for t in objects[0].subtree if t.lower_ == "that" and t.dep_ == "mark"), None) if objects else None
    if mark is not None and mark.i > n:
        n = mark.i  # "told the BBC's Today programme that …", the clause parsed as the programme's
    elif objects and objects[0].right_edge.i + 1 < j:
        n = objects[0].right_edge.i + 1  # "told the PA news agency (that) …", "told POLITICO there were …"
    elif lemma in cues().object_verbs:
        limit = n + 4
        while (
            n < min(j, limit)
            and toks[n].lower_ != "that"
            and (toks[n].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM") or toks[n].text[:1].isupper())
        ):
            n += 1
            if toks[n - 1].pos_ in ("PRON", "NOUN"):
                break
    skip = n
    while (
        skip < min(j, n + 12 + sum(t.text in ("“", "”", '"') for t in toks[n : n + 14]))
        and toks[skip].lower_ != "that"
        and (
            toks[skip].ent_type_ in ("DATE", "TIME")
            or toks[skip].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV")
            or toks[skip].tag_ in ("PRP$", "POS")  # "told the BBC's Today programme that"
            or (toks[skip].dep_ == "amod" and toks[skip].tag_ == "VBN")
            # "said in a report published on Thursday that": a participle of the document's
            or (
                toks[skip].tag_ == "VBN"
                and n < skip < j - 1
                and toks[skip - 1].pos_ == "NOUN"
                and (toks[skip + 1].pos_ in ("ADP", "ADV") or toks[skip + 1].ent_type_ in ("DATE", "TIME"))
                and toks[skip].dep_ in ("", "acl")
            )
            # unparsed: "in a televised address", "at a crowded rally"
            or (toks[skip].tag_ == "VBN" and n < skip < j - 1 and toks[skip - 1].pos_ == "DET" and toks[skip + 1].pos_ == "NOUN")
            or toks[skip].text in (",", "“", "”", '"', "(", ")")
            or toks[skip].pos_ == "CCONJ"  # "told PolitiFact and other fact-checkers that"
            or toks[skip].tag_ == "HYPH"
        )
    ):
        skip += 1  # "said on Friday that", "told reporters after the meeting that", "said in a televised speech
        # later on Monday that"
    if skip < j and toks[skip].lower_ == "that":
        if skip > n and toks[skip].dep_ not in ("", "mark") and toks[skip].head.dep_ == "relcl":
            return None  # "noted the influence that the U.S. has": a relative clause, not a reported one
        if skip > n and toks[skip].dep_ == "det":
            return None  # "maintained his lead in that state": a determiner, no clause
        if (
            skip > n
            and skip + 1 < j
            and toks[skip + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")
            and toks[n].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
        ):
            return None  # "announced the measures that would take effect": the object's relative clause
        n = skip
    if (
        n + 1 < j
        and toks[n].lower_ == "that"
        and toks[n].dep_ == "det"
        and toks[n + 1].tag_ in ("NN", "NNP")
        and not any(child.dep_ == "ccomp" for child in toks[k].children)
    ):
        return None  # "confirmed that account": a determiner (of a singular noun), no clause
    clauses = [child for child in toks[k].children if child.dep_ == "ccomp" and child.i > k] if toks[k].dep_ else []
    if clauses and clauses[0].tag_ == "VBG" and not any(
        g.dep_ in ("aux", "auxpass") for g in clauses[0].children
    ):
        return None  # "confirmed that account, also speaking on condition of anonymity": no finite clause
    if n < j and toks[n].lower_ == "that" and n + 1 < j:
        if toks[n].dep_ in ("nsubj", "nsubjpass") or toks[n + 1].lower_ in ("’s", "'s", "is", "was"):
            return toks[n].idx  # "said that’s not the case": the pronoun opens the clause
        return toks[n + 1].idx
    verb = toks[k]
    if verb.dep_:
        for child in verb.children:
            if child.dep_ != "ccomp" or child.i <= k or child.left_edge.i - n > 4:
                continue  # "pledged … in the clearest sign yet that …" is no reported clause
            has_subject = any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for g in child.children)
            if not has_subject and toks[n].pos_ in ("DET", "PROPN", "NOUN", "PRON"):
                # "say the missile, believed to be a Rodong, was fired": the parser hung the subject on the aside
                has_subject = any(
                    t.dep_ in ("nsubj", "nsubjpass") and t.head.i != k and child.left_edge.i <= t.i
                    for t in toks[n : child.i]
                )
            if not has_subject and _subject_by_words(toks, n, child.i):
                return toks[n].idx  # "said the PM “fully backs” the chancellor": the subject, mislabelled
            # the parser may take the clause's subject for the verb's object: "insisted [the dam’s filling] had …"
            if has_subject or any(g.dep_ == "dobj" and k < g.i < child.i for g in verb.children):
                edge = n + 1 if n < j and toks[n].lower_ == "that" else n
                left = child.left_edge.i + (toks[child.left_edge.i].lower_ == "that")
                if has_subject and edge < left <= skip:
                    edge = left  # "said in a statement it had received …": the clause, past the aside
                return toks[edge].idx if edge < j else None
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > k]
        after = objects[0].right_edge.i + 1 if objects else j
        if after < j and toks[after].tag_ in ("VBD", "VBZ", "VBP", "MD") and lemma not in cues().object_verbs:
            clause = _clause_by_words(toks, n, j)  # "assessed [the hackers] were after ...": the clause's subject
            if clause is not None:
                return clause
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") and c.i > k for c in verb.children):
            return None
        # the parser lost the clause ("said the operation would last weeks", "last" read as an adjective): a
        # subject and its auxiliary right after the verb, which has no object of its own, still open one
        return _clause_by_words(toks, n, j) or (_clause_by_words(toks, skip, j) if skip > n else None)
    # no parse: a clause starts right after the verb when a subject comes first and a finite verb soon after
    if n < j and toks[n].pos_ == "NOUN":
        return _clause_by_words(toks, n, j)  # "said turnout was 45 percent"
    if n < j and (toks[n].pos_ in ("DET", "PROPN", "NUM") or toks[n].lower_ in _SUBJECT_PRONOUNS):
        x = n + 1
        while x < min(j, n + 9):
            t = toks[x]
            if t.text == "," and x + 1 < j and toks[x + 1].tag_ in ("VBN", "VBG") and toks[x + 1].lower_ != "including":
                # "say the missile, believed to be a Rodong, was fired": an aside on the subject, then its verb
                close = next((y for y in range(x + 1, min(j, x + 16)) if toks[y].text == ","), None)
                if close is not None and close + 1 < j and toks[close + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                    return toks[n].idx
                break
            if t.is_punct or t.lower_ in ("who", "which", "that"):
                break  # "announced the death of its leader, who was killed": the object's own clause
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return toks[n].idx
            x += 1
    return None


#: Auxiliaries that, right after a noun phrase, make it the subject of a clause of its own.
_CLAUSE_AUXILIARIES = {"would", "will", "could", "can", "might", "may", "must", "should", "had", "has", "have", "was",
                       "were", "is", "are"}


def _subject_by_words(toks, n: int, verb: int) -> bool:
    """Whether the words from ``n`` up to the clause's verb are a subject the parser did not label: a determiner
    or a name, then nouns and names, perhaps an adverb and quote marks."""
    words = [t for t in toks[n:verb] if t.text not in ("“", "”", '"')]
    if not words or verb - n > 6 or words[0].pos_ not in ("DET", "PROPN"):
        return False
    nouns = [t for t in words if t.pos_ != "ADV"]
    return nouns[-1].pos_ in ("NOUN", "PROPN") and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in nouns)


def _clause_by_words(toks, n: int, j: int) -> int | None:
    """Where a reported clause starts when the parser lost it: a short noun phrase from token ``n`` (a determiner,
    a name or a pronoun first) right followed by an auxiliary; else None."""
    if n >= j or not (toks[n].pos_ in ("DET", "PROPN", "NUM", "NOUN") or toks[n].lower_ in _SUBJECT_PRONOUNS):
        return None
    if toks[n].lower_ in _SUBJECT_PRONOUNS:
        return toks[n].idx if n + 1 < j and toks[n + 1].lower_ in _CLAUSE_AUXILIARIES else None
    for x in range(n + 1, min(j, n + 6)):
        if toks[x].lower_ in _CLAUSE_AUXILIARIES:
            return toks[n].idx if toks[x - 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None
        if toks[x].is_punct or toks[x].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"):
            return None
    return None


def _make(text: str, p: int, start: int, end: int, speaker: ActorRef | None, cue: str) -> Quote:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Quote(
        text=text[start:end], kind="indirect", speaker=speaker, cue=cue, paragraph=p, start=start, end=end
    )
