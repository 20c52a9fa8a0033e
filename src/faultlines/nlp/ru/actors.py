"""Russian actors: gazetteer matches (by surface form and lemma) and slovnet's PER entities, resolved to the
actor ids the English pipeline gives (``RUS``, ``person:kassym-jomart-tokayev``, ``org:csto``, ``org:rus-gov``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from faultlines.model import Actor, Span
from faultlines.nlp.knowledge import load_knowledge, slugify
from faultlines.nlp.ru.knowledge import (
    ADJECTIVE,
    BODY,
    ORG,
    PERSON,
    PLACE,
    SEAT,
    STATE,
    TITLE,
    Entry,
    russian_knowledge,
)
from faultlines.nlp.ru.models import is_first_name, is_toponym, possible_cases
from faultlines.nlp.ru.names import case_forms, full_nominative, gender_of, transliterate
from faultlines.nlp.ru.text import Sentence, Token

#: Prepositions after which a state or a capital is a place, not an actor ("в Москве", "из Казахстана").
PLACE_PREPOSITIONS = {"в", "во", "на", "из", "под", "у", "до", "через", "над"}
#: Nouns of place after which a state in the genitive is where something is, not an actor ("через территорию
#: России", "с армянской общиной Австрии").
PLACE_NOUNS = {
    "территория", "община", "диаспора", "граница", "столица", "побережье",
    "окраина", "глубина", "юг", "север", "запад", "восток", "центр", "небо", "пространство",
}
#: Nouns of a venue after which an organisation is where something happens ("на полях Генассамблеи ООН").
VENUE_NOUNS = {"поле", "кулуары", "кулуар", "сессия", "штаб-квартира", "здание"}
#: Words around a photographer's or an agency's credit.
CREDIT_WORDS = {"фото", "фотография", "©", "/", "автор"}
#: Words after a name in a byline ("Сергей Болиев (редактор отдела …)").
BYLINE_WORDS = {"редактор", "корреспондент", "обозреватель", "фотограф", "фотокорреспондент", "автор"}
#: Words of a title phrase between a title and its holder's name ("Министр иностранных дел Казахстана Ермек ...").
TITLE_SPAN = 6


@dataclass
class Match:
    """A gazetteer match or a NER name in one sentence: token positions within the sentence."""

    first: int
    last: int  # inclusive
    entry: Entry | None  # None: a name the NER found that the knowledge lacks
    text: str


@dataclass
class Mention:
    """One mention of an actor in a sentence (``first``/``last`` index the sentence's tokens)."""

    actor: Actor
    sentence: Sentence
    first: int
    last: int
    case: str | None
    place: bool = False  # after a place preposition: where something happens, not who acts
    gender: str | None = None
    as_named: bool = False  # written as the knowledge names the person, in the nominative ("Марк Рютте")

    @property
    def start(self) -> int:
        return self.sentence.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.sentence.tokens[self.last].end


def gazetteer_matches(tokens: list[Token]) -> list[Match]:
    """Longest knowledge matches, left to right, without overlaps."""
    kb = russian_knowledge()
    out, i = [], 0
    while i < len(tokens):
        best = None
        for entry in kb.candidates(tokens[i].keys):
            n = len(entry.words)
            if i + n <= len(tokens) and all(tokens[i + k].keys & entry.words[k] for k in range(n)):
                if entry.kind == PERSON and not tokens[i].text[:1].isupper():
                    continue
                if entry.kind == PERSON and n == 1 and i and _another_first_name(tokens[i - 1]):
                    continue  # "Айгерим Сапарова" is no Айдарбек Сапаров: a namesake the NER names in full
                if entry.kind == ORG and entry.name.isupper() and not tokens[i].text.isupper():
                    continue  # an acronym ("ВТО") is written in capitals, not inside a word ("Aвто")
                best = Match(i, i + n - 1, entry, " ".join(t.text for t in tokens[i : i + n]))
                break
            if entry.kind == PLACE and n == 2 and _shares_head(tokens, i, entry.words[1]):
                best = Match(i, i, entry, tokens[i].text)  # "Калужской и Брянской областями": each its own place
                break
        if best is not None:
            out.append(best)
            i = best.last + 1
        else:
            i += 1
    return out


#: Words that may stand between adjectives sharing one noun ("Курская, Белгородская и Брянская области").
_SHARED_HEAD_JOINS = {",", "и", "а", "также"}


def _shares_head(tokens: list[Token], i: int, head: frozenset[str]) -> bool:
    """Whether the adjective at ``i`` is one of several joined by commas or «и» that share the noun ``head`` after
    the last of them ("Калужской и Брянской областями")."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in _SHARED_HEAD_JOINS:
        return False
    for k in range(i + 1, min(len(tokens), i + 16)):
        if tokens[k].keys & head:
            return tokens[k - 1].pos == "ADJF"
        if tokens[k].lower not in _SHARED_HEAD_JOINS and tokens[k].pos != "ADJF":
            return False
    return False


def _another_first_name(token: Token) -> bool:
    """Whether a word before a known surname is some first name ("Айгерим" before "Сапарова")."""
    return token.text[:1].isupper() and is_first_name(token.text)


def with_ner_names(sentence: Sentence, matches: list[Match], spans: list[tuple[int, int]]) -> list[Match]:
    """Add the PER entities (character spans) that no knowledge match covers."""
    taken = {i for m in matches for i in range(m.first, m.last + 1)}
    added = []
    for start, end in spans:
        idx = [i for i, t in enumerate(sentence.tokens) if t.start >= start and t.end <= end]
        if not idx or taken & set(idx) or not sentence.tokens[idx[0]].text[:1].isupper():
            continue
        if len(idx) == 1 and is_toponym(sentence.tokens[idx[0]].text):
            continue  # "удар по Брянску": a town the NER took for a person
        if any("a" <= c.lower() <= "z" for i in idx for c in sentence.tokens[i].text):
            continue  # "Профиль-News": a brand in page furniture, not a Russian name
        added.append(Match(idx[0], idx[-1], None, " ".join(sentence.tokens[i].text for i in idx)))
    return sorted(matches + added, key=lambda m: m.first)


class ActorBook:
    """The article's actors by id, with the forms of the new people's names for later surname-only mentions."""

    def __init__(self, published: str | None):
        self.kb = load_knowledge()
        self.date = (published or "9999-12-31")[:10]
        self.actors: dict[str, Actor] = {}
        self.genders: dict[str, str | None] = {}
        self.local_names: dict[str, str] = {}  # case form of a new person's surname -> actor id
        # case form of the surname of a full name found anywhere in the article -> (name, country, role), so that
        # "Карлсон" in a headline is the "Такер Карлсон" of the text below it
        self.expected: dict[str, tuple[str, str | None, str | None]] = {}
        self.main_state: str | None = None

    def get(self, actor: Actor, paragraph: int, start: int, end: int, text: str) -> Actor:
        known = self.actors.setdefault(actor.id, actor)
        known.mentions += 1
        known.spans.append(Span(paragraph, start, end, text))
        return known

    def state(self, code: str) -> Actor:
        country = self.kb.countries.get(code)
        name = country.name if country else russian_knowledge().state_names.get(code, code)
        return Actor(id=code, name=name, kind="state", country=code, role="GOV")

    def sector(self, code: str, role: str) -> Actor:
        if role == "STATE":
            return self.state(code)
        country = self.kb.countries.get(code)
        adjective = country.adjectives[0] if country and country.adjectives else code
        name = f"{adjective} {self.kb.sectors.get(role, role.lower())}"
        return Actor(id=f"org:{code.lower()}-{role.lower()}", name=name, kind="organisation", country=code, role=role)

    def organisation(self, entry: Entry) -> Actor:
        if entry.country and entry.role and entry.key == f"{entry.country.lower()}-{entry.role.lower()}":
            return self.sector(entry.country, entry.role)  # "ВСУ", "СБУ": a state's sector under its own name
        org = self.kb.organisations.get(entry.key)
        if org is not None:
            return Actor(id=org.id, name=org.name, kind="organisation", country=org.country, role=org.role)
        name = entry.key.replace("-", " ").title()
        return Actor(id=f"org:{entry.key}", name=name, kind="organisation", country=entry.country, role=entry.role)

    def person(self, slug: str, entry: Entry | None = None) -> Actor:
        known = self.kb.people.get(slug)
        if known is not None:
            office = known.office_on(self.date)
            return Actor(
                id=known.id,
                name=known.name,
                kind="person",
                country=office.country if office else None,
                role=office.role if office else None,
            )
        name = " ".join(part.capitalize() for part in slug.split("-"))
        country = entry.country if entry else None
        role = entry.role if entry else None
        return Actor(id=f"person:{slug}", name=name, kind="person", country=country, role=role)

    def holder(self, country: str, office: str) -> Actor | None:
        person = self.kb.holder(country, office, self.date)
        return self.person(person.slug) if person else None

    def new_person(self, text: str, country: str | None, role: str | None) -> Actor:
        words = full_nominative(text.split())
        name = " ".join(words)
        slug = slugify(transliterate(name))
        actor_id = f"person:{slug}"
        if actor_id not in self.actors:
            written = text.split()[-1].lower().replace("ё", "е")  # "Исмаил Багаи": "Багаи" even if read as a genitive
            for form in case_forms(words[-1]) | {written}:
                self.local_names.setdefault(form, actor_id)
            self.genders[actor_id] = gender_of(name)
            return Actor(id=actor_id, name=transliterate(name), kind="person", country=country, role=role)
        return self.actors[actor_id]


def _without_initials(text: str) -> str:
    """A name without the initials before it ("В.И.Покотило", "В. И. Покотило" → "Покотило")."""
    return re.sub(r"^(?:[А-ЯЁA-Z]\s*\.\s*){1,2}(?=[А-ЯЁA-Z][а-яёa-z])", "", text.strip()) or text


def _of_an_official(matches: list[Match], index: int) -> bool:
    """Whether a body is followed by a state's adjective and a title ("пресс-служба казахского лидера")."""
    following = matches[index + 1 : index + 3]
    return (
        len(following) == 2
        and all(f.entry is not None for f in following)
        and following[0].entry.kind == ADJECTIVE
        and following[1].entry.kind == TITLE
        and following[0].first == matches[index].last + 1
        and following[1].first == following[0].last + 1
    )


def _modifies_a_noun(tokens: list[Token], m: Match, nxt: Match | None) -> bool:
    """Whether a one-word adjective is followed by a common noun it describes (not by a state or a name)."""
    k = m.last + 1
    return k < len(tokens) and tokens[k].pos == "NOUN" and not (nxt is not None and nxt.first == k)


def _names_a_person(after: Match | None, before: Match) -> bool:
    """Whether a name follows a title phrase ending with ``before`` ("пресс-секретарь Кремля Дмитрий Песков")."""
    return after is not None and after.first - before.last <= 3 and (after.entry is None or after.entry.kind == PERSON)


def _org_country(entry: Entry) -> str | None:
    """The state of an organisation: the Russian knowledge's, else the English knowledge's (Госдума is Russia's)."""
    if entry.country:
        return entry.country
    org = load_knowledge().organisations.get(entry.key)
    return org.country if org is not None and org.country and len(org.country) == 3 and org.role != "IGO" else None


def _country_before(matches: list[Match], index: int, sentence: Sentence) -> tuple[str | None, str | None]:
    """The state and role of the title phrase just before match ``index`` ("Депутат Госдумы", "глава МИД Казахстана")."""
    country, role, office = None, None, None
    first = matches[index].first
    for m in reversed(matches[:index]):
        if first - m.last > TITLE_SPAN or m.entry is None or m.entry.kind == PERSON:
            break
        kind = m.entry.kind
        after_place = m.first > 0 and sentence.tokens[m.first - 1].lower in PLACE_PREPOSITIONS
        if kind == STATE and after_place:
            pass  # "посол Молдавии в РФ Лилиан Дарий": where the title is held, not whose it is
        elif kind in (STATE, ADJECTIVE) and country is None:
            country = m.entry.key
        elif kind == ORG and country is None and _org_country(m.entry):
            country = _org_country(m.entry)  # "Депутат Госдумы": the state whose body it is
            role = role or m.entry.role
        elif kind == TITLE and role is None:
            role, office = m.entry.role, m.entry.office
            country = country or m.entry.country
        elif kind == ORG:
            role = role or m.entry.role
        first = m.first
    return country, role if role else office


def sentence_mentions(sentence: Sentence, matches: list[Match], book: ActorBook) -> list[Mention]:
    """The actor mentions of one sentence, in order."""
    out: list[Mention] = []
    tokens = sentence.tokens
    consumed: set[int] = set()

    def add(actor: Actor, m: Match, gender: str | None = None, holder: bool = False) -> None:
        start, end = tokens[m.first].start, tokens[m.last].end
        before = tokens[m.first - 1].lower if m.first else ""
        place = before in PLACE_PREPOSITIONS
        where = place and before != "у"  # "закупать оружие у Франции": a party, not a place
        if where and m.entry is not None and m.entry.kind == STATE and actor.id not in book.actors:
            known = actor  # "из Латвии", "в Болгарии": where, not who (an actor once it acts or is named so)
        else:
            known = book.get(actor, sentence.paragraph, start, end, m.text)
        head = tokens[m.last if holder else m.first]
        as_named = m.entry is not None and m.entry.kind == PERSON and m.text.lower() == m.entry.name.lower()
        gender = gender or book.genders.get(known.id)
        out.append(Mention(known, sentence, m.first, m.last, head.case(), where, gender, as_named))

    for index, m in enumerate(matches):
        if index in consumed:
            continue
        entry = m.entry
        nxt = matches[index + 1] if index + 1 < len(matches) else None
        adjacent = nxt is not None and nxt.first - m.last <= 2
        if entry is None:
            if any(t.lower in CREDIT_WORDS for t in tokens[max(0, m.first - 3) : m.first]) or any(
                t.text in CREDIT_WORDS or t.lemma in BYLINE_WORDS for t in tokens[m.last + 1 : m.last + 4]
            ):
                continue  # "Фото: Владимир Андреев © URA.RU", "Сергей Болиев (редактор …)": credits, not actors
            if all(not t.text[:1].isalnum() for i, t in enumerate(tokens) if not m.first <= i <= m.last):
                continue  # "Алевтина Запольская" on a line of its own: the byline of the author
            written = _without_initials(m.text)  # "В.И.Покотило" is the Покотило named in full before
            surname = written.split()[-1].lower().replace("ё", "е")
            if len(written.split()) == 1 and surname in book.local_names:
                add(book.actors[book.local_names[surname]], m)
                continue
            country, role = _country_before(matches, index, sentence)
            if role and role.islower():
                role = "GOV"
            name = written
            if len(written.split()) == 1 and surname in book.expected:
                name, country, role = book.expected[surname]
            # "Генеральный секретарь ООН Антониу Гутерреш": an international body's official has no state
            actor = book.new_person(name, country or (None if role == "IGO" else book.main_state), role)
            add(actor, m)
            continue
        kind = entry.kind
        if kind == PERSON:
            actor = book.person(entry.key, entry)
            book.genders.setdefault(actor.id, entry.gender)
            add(actor, m, entry.gender)
        elif kind == STATE:
            if not (m.first and tokens[m.first - 1].lemma in PLACE_NOUNS):
                add(book.state(entry.key), m)
        elif kind == SEAT:
            before = tokens[m.first - 1].lower if m.first else ""
            if before not in PLACE_PREPOSITIONS:
                add(book.state(entry.key), m)
        elif kind == ORG:
            if not (m.first and tokens[m.first - 1].lemma in VENUE_NOUNS):
                add(book.organisation(entry), m)
        elif kind == BODY:
            if m.first == m.last and tokens[m.first].pos == "ADJF" and _modifies_a_noun(tokens, m, nxt):
                continue  # "военной помощи Украине": an adjective of a thing, not the military
            country = None
            own = index and matches[index - 1].entry is not None and matches[index - 1].entry.kind == ADJECTIVE and (
                m.first - matches[index - 1].last == 1
            )
            if own:
                country = matches[index - 1].entry.key  # "Китайские власти призвали Японию": the adjective's state
            elif adjacent and nxt.entry is not None and nxt.entry.kind in (STATE, SEAT):
                country = nxt.entry.key
            elif _of_an_official(matches, index):
                country = nxt.entry.key  # "пресс-служба казахского лидера": the body of that state's official
            elif index and matches[index - 1].entry is not None and matches[index - 1].entry.kind == ADJECTIVE:
                if m.first - matches[index - 1].last == 1:
                    country = matches[index - 1].entry.key
            if country:
                add(book.sector(country, entry.role or "GOV"), m)
        elif kind == TITLE and entry.office:
            # "Президент Казахстана подчеркнул", "пресс-секретарь Кремля": the office holder, when no name follows
            country, last = entry.country, index
            if country is None and index and matches[index - 1].entry is not None and matches[index - 1].entry.kind == ADJECTIVE:
                continue  # "российский лидер": resolved by the quote and event stages from the context
            if country is None and adjacent and nxt.entry is not None and nxt.entry.kind == STATE and _genitive(tokens[nxt.last]):
                country, last = nxt.entry.key, index + 1  # "президент России", not "президент призвал Россию"
            after = matches[last + 1] if last + 1 < len(matches) else None
            inner = _state_inside(tokens, m)
            if inner is not None:
                add(book.state(inner[1]), Match(inner[0], inner[0], None, tokens[inner[0]].text))
            if country and _names_a_person(after, matches[last]):
                continue
            if country:
                actor = book.holder(country, entry.office)
                if actor is not None:
                    add(actor, m, holder=False)
    return out


def _genitive(token: Token) -> bool:
    """Whether a word may be a genitive (or is one the morphology does not know: "РФ")."""
    cases = possible_cases(token.text)
    return not cases or "gent" in cases


def _state_inside(tokens: list[Token], m: Match) -> tuple[int, str] | None:
    """"пресс-секретарь президента РФ", "представитель Кремля": the state a title names inside its own words, as
    (token index, ISO3); a state named after a person's title is an actor beside the person."""
    if m.first == m.last:
        return None
    for k in range(m.first + 1, m.last + 1):
        forms = {tokens[k].lower.replace("ё", "е"), tokens[k].lemma}
        for entry in russian_knowledge().candidates(forms):
            if entry.kind in (STATE, SEAT) and len(entry.words) == 1 and forms & entry.words[0]:
                return k, entry.key
    return None


def expect_full_names(sentence: Sentence, matches: list[Match], book: ActorBook) -> None:
    """Note the full names the NER found in a sentence (with the state and role of their title phrase)."""
    for index, m in enumerate(matches):
        words = m.text.split()
        if m.entry is not None or len(words) < 2:
            continue
        country, role = _country_before(matches, index, sentence)
        if role and role.islower():
            role = "GOV"
        for form in case_forms(full_nominative(words)[-1]):
            book.expected.setdefault(form, (_without_initials(m.text), country, role))


def main_state(sentences_matches: list[list[Match]]) -> str | None:
    counts = Counter(
        m.entry.key
        for matches in sentences_matches
        for m in matches
        if m.entry is not None and m.entry.kind in (STATE, ADJECTIVE, SEAT, PLACE)
    )
    return counts.most_common(1)[0][0] if counts else None
