"""Russian quotes: «ёлочки», „лапки“ and straight quotes with dash attribution («…», — заявил он), speakers before
a colon or «что», indirect speech (заявил, что …; по словам …; …, сообщил МИД), as the same Quote records."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from faultlines.model import Quote
from faultlines.nlp.ru.actors import Mention
from faultlines.nlp.ru.knowledge import ADJECTIVE, BODY, SEAT, STATE, TITLE, russian_knowledge
from faultlines.nlp.ru.models import possible_cases
from faultlines.nlp.ru.parse import ParsedSentence, RussianParse
from faultlines.nlp.ru.speech import dash_opened, dash_speech, interrupted

OPEN_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"'}
PRONOUNS = {"он": "m", "она": "f", "его": "m", "ее": "f", "её": "f"}
SUBJECT_PRONOUNS = {"он": "m", "она": "f"}
STATEMENT_PRONOUNS = {"нем", "нём", "ней"}
CLAUSE_MARKS = {"что", "чтобы"}
#: Openings of a sentence that names who said the sentences before it.
#: Words after a first «так» that make it no recap ("Так, …", "так как", "так называемый").
NOT_RECAP_AFTER_TAK = {",", ":", "как", "же", "и", "что", "называть", "называемый"}
RECAP_OPENERS = (("об", "этом"), ("такое", "заявление"), ("с", "таким", "заявлением"), ("так",))
DASHES = "—–-"
#: Prepositions before a name that make it the one spoken with, of or to, never the speaker.
OBLIQUE_PREPOSITIONS = {"с", "со", "к", "ко", "о", "об", "обо", "от", "для", "при", "перед", "между", "у", "без", "против"}
#: Cases a speaker is never named in (a name whose every reading is one of these is not the subject).
OBLIQUE_CASES = {"ablt", "datv", "loct"}
#: How far after a reporting verb its ", что" may come ("сообщил журналистам в кулуарах форума, что").
FAR_CLAUSE = 12
#: The end of speech before a dash and a reporting verb: a closing mark, or a comma with no mark ("…», — заявил").
_CLOSING = re.compile(r"([»“\"])?([,.!?…])?\s+[—–-]\s+(?=\w)")
#: How far the reporting verb of an "Об этом …" recap may come after its opener ("Об этом в понедельник, 12 мая,
#: заявил …"), with no other verb between.
RECAP_REACH = 10
#: Quotes of at most this many words with no speaker are dropped.
SHORT_UNATTRIBUTED = 4


@lru_cache(maxsize=1)
def _statement_nouns() -> frozenset[str]:
    """Nouns of a statement whose author is named after them (``data/ru/statement_nouns.txt``)."""
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("statement_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each outermost pair of quote marks."""
    spans, i = [], 0
    while i < len(text):
        opener = text[i]
        closer = OPEN_CLOSE.get(opener)
        if closer is None or (opener == '"' and (
            (i + 1 < len(text) and text[i + 1] == " ") or (i > 0 and text[i - 1].isalnum())
        )):
            i += 1  # a straight mark after a word closes a quote opened in an earlier sentence
            continue
        depth, j = 1, i + 1
        while j < len(text):
            if closer == opener == '"' and text[j] == '"' and text[j - 1].isspace():
                j += 1  # "… в эфире "России 24"": a straight mark after a space opens, it does not close
                continue
            if text[j] == closer and (closer != opener or depth == 1):
                depth -= 1
                if depth == 0:
                    break
            elif text[j] == opener and closer != opener:
                depth += 1
            j += 1
        if j >= len(text):
            if not text[:i].strip(" " + DASHES) and len(text) - i > 2:
                spans.append((i + 1, len(text)))  # a quote opening the sentence, cut off unclosed: to its end
            break
        if j - i > 2:
            spans.append((i + 1, j))
        i = j + 1
    return spans


def _oblique(tokens, mention: Mention) -> bool:
    """Whether a mention is named in an oblique case or after a preposition ("с Путиным", "к Токаеву"): not a subject."""
    if mention.first and tokens[mention.first - 1].lower in OBLIQUE_PREPOSITIONS:
        return True
    if mention.as_named:
        return False  # "Рютте", "Санду": a name that does not decline reads as an oblique form of some noun
    return any(
        (cases := possible_cases(tokens[k].text)) and cases <= OBLIQUE_CASES for k in {mention.first, mention.last}
    )


def _state_mention(ps: ParsedSentence, code: str) -> Mention:
    """A state as the speaker when only its people or its capital are named."""
    from faultlines.model import Actor
    from faultlines.nlp.knowledge import load_knowledge

    known = load_knowledge().countries.get(code)
    state = Actor(id=code, name=known.name if known else code, kind="state", country=code, role="GOV")
    return Mention(state, ps.sentence, 0, 0, None)


def _labelled(tokens, before: list[int], start: int, end: int, text: str) -> bool:
    """Words in marks right after a label word (в статье «…», передает «…») or, when short, after в/на."""
    if not before:
        return False
    previous = tokens[before[-1]]
    if previous.text == "." and len(before) > 1:
        previous = tokens[before[-2]]  # "прим. «Ленты.ру»"
    if previous.lemma in russian_knowledge().label_words:
        return True
    return previous.lower in ("в", "на", "во") and len(text[start:end].split()) <= 4


def _dateline(sentence) -> bool:
    """"МОСКВА, 28 февраля, ФедералПресс.", "/ТАСС/.": a dateline or a credit, not what anyone said."""
    words = [t for t in sentence.tokens if t.text[:1].isalpha()]
    return len(words) <= 3 or (len(words[0].text) > 1 and words[0].text.isupper())


def _may_be_nominative(tokens, mention: Mention) -> bool:
    """Whether the first or the last word of a mention may be a nominative ("Владимир Джабаров", not "президента
    Украины Владимира Зеленского")."""
    return mention.as_named or any("nomn" in possible_cases(tokens[k].text) for k in (mention.first, mention.last))


def _subject_pronoun(tokens, pool: list[Mention], last: int) -> int | None:
    """A subject pronoun (он, она) up to token ``last``, after a comma that closes the clause every mention of
    ``pool`` is named in: its index, else None."""
    latest = max(m.last for m in pool)
    comma = next((k for k in range(latest + 1, last + 1) if tokens[k].text == ","), None)
    if comma is None:
        return None
    return next((k for k in range(comma, last + 1) if tokens[k].lower in SUBJECT_PRONOUNS), None)


def _where(mention: Mention) -> tuple[int, int]:
    return mention.sentence.paragraph, mention.sentence.start


def _subject(mentions: list[Mention]) -> Mention | None:
    """The first of one sentence's mentions named before its first verb, not in an oblique case: its subject."""
    if not mentions:
        return None
    tokens = mentions[0].sentence.tokens
    verb = next((k for k, t in enumerate(tokens) if t.pos == "VERB"), len(tokens))
    before = [m for m in mentions if m.last < verb and not _oblique(tokens, m)]
    return min(before, key=lambda m: m.first) if before else None


def _speech():
    return russian_knowledge().speech


def _connective(tokens) -> int:
    """How many tokens an opening connective takes ("Кроме того, по словам …", "При этом, как отметил …")."""
    words = [t.lower for t in tokens]
    for phrase in _speech().connectives:
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase) + 1 if words[len(phrase) : len(phrase) + 1] == [","] else len(phrase)
    return 0


def _far_clause(tokens, verb: int) -> int | None:
    """The «что» of ", что" that opens the reported clause after words on where or to whom it was said ("заявил в
    интервью телеканалу CNN, что …"): within FAR_CLAUSE words, with no other verb or quote mark before it."""
    for k in range(verb + 2, min(len(tokens), verb + 1 + FAR_CLAUSE)):
        if tokens[k].pos == "VERB" or tokens[k].text in OPEN_CLOSE or tokens[k].text in OPEN_CLOSE.values():
            return None
        if tokens[k].lower == "что" and tokens[k - 1].text == ",":
            return k
    return None


@lru_cache(maxsize=1)
def _announcing_verbs() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("announcing_verbs.txt").splitlines() if w.strip() and not w.startswith("#"))


def _announcing(tokens) -> list[int]:
    """The verbs of announcing (``data/ru/announcing_verbs.txt``) followed by ", что" ("объявил, что высылает …")."""
    words = _announcing_verbs()
    return [k for k, t in enumerate(tokens[:-2]) if t.lemma in words and t.pos == "VERB"
            and tokens[k + 1].text == "," and tokens[k + 2].lower == "что"]


def _is_verb(token) -> bool:
    return token.lemma in russian_knowledge().verbs and token.pos in ("VERB", "INFN", "PRTS", "ADJS", "GRND", "")


def _gender(verb) -> str | None:
    if "femn" in verb.grammemes:
        return "f"
    if "masc" in verb.grammemes:
        return "m"
    return None


class QuoteFinder:
    def __init__(self, parsed: RussianParse):
        self.parsed = parsed
        self.quotes: list[Quote] = []
        self.index = 0
        self.dash_speech_at: tuple[int, int] | None = None  # (paragraph, sentence index) of the last dash speech

    # -- speakers --------------------------------------------------------------------------------
    def _recent_person(self, gender: str | None, country: str | None, position: int) -> Mention | None:
        """The latest person before ``position`` of that gender and state, one named as a subject first."""
        fitting = [
            m for m in self.parsed.mentions_before(self.index, position)
            if m.actor.kind == "person"
            and not (gender and m.gender and m.gender != gender)
            and not (country and m.actor.country != country)
        ]
        # the subject of the latest sentence that names one: "Путин поблагодарил Токаева … — сказал он" is Путин
        for sentence in dict.fromkeys(_where(m) for m in fitting):
            here = [m for m in fitting if _where(m) == sentence]
            subject = _subject(here)
            if subject is not None:
                return subject
            if len(here) < len(fitting) and any(not _oblique(m.sentence.tokens, m) for m in here):
                break  # a person named as the object of the latest sentence comes before older subjects
        return next((m for m in fitting if not _oblique(m.sentence.tokens, m)), None) or next(iter(fitting), None)

    def _office_holder(self, office: str | None, country: str | None, position: int) -> Mention | None:
        """"— сказал премьер", "по словам главы государства": the latest person named before who holds that
        office (of that state, when one is named) on the article's date."""
        if not office:
            return None
        from faultlines.nlp.knowledge import load_knowledge

        kb, date = load_knowledge(), self.parsed.article.published or ""
        holders = []
        for mention in self.parsed.mentions_before(self.index, position):
            actor = mention.actor
            if actor.kind != "person" or not actor.country or (country and actor.country != country):
                continue
            holder = kb.holder(actor.country, office, date) if date else None
            if holder is not None and f"person:{holder.slug}" == actor.id:
                holders.append(mention)
        # "Токаев провел переговоры с Путиным. …, — отметил глава государства": the one named as a subject
        return next((m for m in holders if not _oblique(m.sentence.tokens, m)), None) or next(iter(holders), None)

    def _last_speaker(self) -> Mention | None:
        """The mention of whoever spoke last in the article (a person or a body)."""
        ref = next((q.speaker for q in reversed(self.quotes) if q.speaker is not None), None)
        if ref is None:
            return None
        return next((m for m in self.parsed.mentions_before(self.index, 0) if m.actor.id == ref.id), None)

    def _titled_person(self, country: str | None, gender: str | None, position: int) -> Mention | None:
        """"представитель Кремля", "глава МИД России": the last speaker of that state, else a person of it."""
        for quote in reversed(self.quotes):
            ref = quote.speaker
            if ref is not None and ref.id.startswith("person:") and (country is None or ref.country == country):
                mention = next((m for m in self.parsed.mentions_before(self.index, position) if m.actor.id == ref.id), None)
                if mention is not None:
                    return mention
        return self._recent_person(gender, country, 0)  # someone named before this sentence (not inside its quote)

    def _recent_org(self, position: int, roles: set | None = None) -> Mention | None:
        """The latest organisation named before, the subject of its sentence first ("Минобороны России сообщило об
        уничтожении дронов ВСУ. … в военном ведомстве" is the ministry, not the forces named after it); with
        ``roles``, one of those roles only ("в Минобороны" after "ВСУ" is no army)."""
        orgs = [m for m in self.parsed.mentions_before(self.index, position) if m.actor.kind == "organisation"
                and (not roles or m.actor.role in roles)]
        if not orgs:
            return None
        latest = [m for m in orgs if _where(m) == _where(orgs[0])]
        subject = _subject(latest)
        return subject if subject is not None and subject.actor.kind == "organisation" else orgs[0]

    def _named_body(self, lemmas: set[str]) -> Mention | None:
        """The latest body named before this sentence by one of these words and its state ("МИД России")."""
        full = [_body_aliases()[lemma] for lemma in lemmas if lemma in _body_aliases()]
        for mention in self.parsed.mentions_before(self.index, 0):
            if mention.actor.kind != "organisation":
                continue
            opening = tuple(t.lemma for t in mention.sentence.tokens[mention.first : mention.first + 2])
            if opening[0] in lemmas or opening in full:  # "МИД" said alone after "Министерство иностранных дел России"
                return mention
        return None

    def _last_body_speaker(self) -> Mention | None:
        """The mention of the body that spoke last in the article (people and states that spoke since left aside)."""
        ref = next((q.speaker for q in reversed(self.quotes) if q.speaker is not None and q.speaker.id.startswith("org:")), None)
        if ref is None:
            return None
        return next((m for m in self.parsed.mentions_before(self.index, 0) if m.actor.id == ref.id), None)

    def _speaker_in(self, ps: ParsedSentence, first: int, last: int, verb, before: bool) -> Mention | None:
        """The speaker named between tokens ``first`` and ``last`` (the nearest to the verb when ``before``)."""
        tokens = ps.sentence.tokens
        # "подчеркнули в МИД РФ": a body after в speaks; a state after в is where
        # "передает ТАСС со ссылкой на Лаврова": a person after на is no place
        found = [m for m in ps.mentions if first <= m.first and m.last <= last
                 and (not m.place or m.actor.kind in ("organisation", "person"))]
        people = [m for m in found if m.actor.kind == "person"]
        # the one who speaks is named in the nominative: "Токаев на встрече с Миннихановым заявил", "заявил
        # перед переговорами с Путиным его коллега Токаев" (the others are whom or where he spoke)
        subjects = [m for m in people if not _oblique(tokens, m)] or [m for m in found if not _oblique(tokens, m)]
        nominative = [m for m in subjects if _may_be_nominative(tokens, m)]
        pool = nominative or subjects or people or found
        if not people and any(t.lemma in _speech().anonymous for t in tokens[first : last + 1]):
            return None  # "как рассказал источник в правительстве": an unnamed source, whoever he works for
        gender = _gender(verb) if verb is not None else None
        titles = [m for m in ps.matches if first <= m.first and m.last <= last and m.entry is not None and m.entry.kind == TITLE]
        if pool and not people and any(0 < m.first - t.last <= 2 for t in titles for m in pool):
            # a title before a state or its body names a person of it: "представитель Кремля" is Песков
            person = self._titled_person(pool[0].actor.country, gender, first)
            if person is not None:
                return person
        subject_pronoun = _subject_pronoun(tokens, pool, last) if before and pool else None
        if subject_pronoun is not None:
            # "Комментируя санкции, которые ЕС ввел, он отметил": the pronoun before the verb is its subject,
            # the names inside the clause before it are not
            return self._recent_person(SUBJECT_PRONOUNS[tokens[subject_pronoun].lower] or gender, None, first) or self._last_speaker()
        if pool:
            chosen = pool[-1] if before else pool[0]
            # "В Минобороны РФ заявили": the state named right after its body is the body's, and the body speaks
            body = next((m for m in found if m.actor.kind == "organisation" and m.last == chosen.first - 1
                         and m.actor.country == chosen.actor.country), None) if chosen.actor.kind == "state" else None
            return body or chosen
        for k, token in enumerate(tokens[first : last + 1], start=first):
            if token.lower in PRONOUNS and not any(0 < t.first - k <= 2 for t in titles):
                # "Его турецкий коллега заявил": a possessive before a title is not who speaks
                # "По его словам" after "сообщили в пресс-центре …": a body that spoke before, when no person did
                return self._recent_person(PRONOUNS[token.lower] or gender, None, k) or self._last_speaker()
        words = [m for m in ps.matches if first <= m.first and m.last <= last and m.entry is not None]
        anaphor = any(t.lemma in _speech().body_anaphors for t in tokens[first : last + 1]) or any(
            tokens[k].lower in ("в", "во") and tokens[k + 1].lower in STATEMENT_PRONOUNS for k in range(first, last)
        )  # "В нем также отмечается": the statement named before, so the body that made it
        if anaphor and any(m.entry.kind == TITLE for m in words) and not any(m.entry.kind in (ADJECTIVE, STATE) for m in words):
            # "представитель ведомства заявил": the body named before speaks through its official
            body = self._recent_org(0)
            if body is not None:
                return body
        if any(m.entry.kind == TITLE for m in words):
            country = next((m.entry.key for m in words if m.entry.kind in (ADJECTIVE, STATE)), None)
            office = next((m.entry.office for m in words if m.entry.kind == TITLE and m.entry.office), None)
            person = self._office_holder(office, country, first) or self._recent_person(gender, country, first)
            if person is None and country:
                return _state_mention(ps, country)  # "как рассказали российские дипломаты": Russia speaks
            # "— подчеркнул дипломат" after a state's envoy spoke unnamed: whoever spoke last
            return person or self._recent_person(gender, None, first) or self._last_speaker()
        if anaphor or any(m.entry.kind == BODY for m in words):
            # "сообщили в ведомстве", "в МИД отметили": the same body named before with its state, else the body
            # that spoke last, else the latest body named before this sentence
            bodies = {tokens[m.first].lemma for m in words if m.entry.kind == BODY}
            roles = {m.entry.role for m in words if m.entry.kind == BODY}
            body = self._named_body(bodies) or self._last_body_speaker() or self._recent_org(0, roles)
            if body is None and bodies and self.parsed.home_state:
                # "МОСКВА, 5 мая. /ТАСС/. … сообщили в Минобороны": a ministry named alone is the dateline state's
                return _state_mention(ps, self.parsed.home_state)
            if body is None and self.parsed.main_state and any(m.entry.kind == BODY for m in words):
                # "Об этом сообщили в Министерстве обороны", no body named before: the article's own state's
                return _state_mention(ps, self.parsed.main_state)
            return body
        if verb is not None and "plur" in verb.grammemes:
            # "в Ереване заявили": the state whose capital the unnamed officials speak in
            seat = next((m for m in words if m.entry.kind in (SEAT, STATE) and m.first
                         and tokens[m.first - 1].lower in ("в", "во")), None)
            if seat is not None:
                return _state_mention(ps, seat.entry.key)
        return None

    # -- quotes ----------------------------------------------------------------------------------
    def _add(self, paragraph: int, start: int, end: int, text: str, kind: str, speaker, cue) -> None:
        body = text[start:end].strip().rstrip(".,").strip()
        if len(body.split()) < 2:
            return
        self.quotes.append(
            Quote(
                text=body,
                kind=kind,
                speaker=speaker.actor.ref() if speaker else None,
                cue=cue.text if cue is not None else None,
                paragraph=paragraph,
                start=start,
                end=start + len(body),
            )
        )

    def sentence(self, ps: ParsedSentence, text: str) -> None:
        sent = ps.sentence
        tokens = sent.tokens
        local = text[sent.start : sent.end]
        spans = [(a + sent.start, b + sent.start) for a, b in quote_spans(local)]
        verbs = [i for i, t in enumerate(tokens) if _is_verb(t)]
        if not spans and self._dash_speech(ps, text, verbs):
            return
        if not spans and self._closing_attribution(ps, text):
            return
        absorbed: set[tuple[int, int]] = set()
        # indirect speech: "<speaker> заявил, что <clause>", "по словам X, <clause>", "<clause>, сообщил X."
        # ("объявил, что …" too: a verb of announcing reports only the clause right after it, not "объявил о …")
        for i in sorted(verbs + [k for k in _announcing(tokens) if k not in verbs]):
            if any(a <= tokens[i].start < b for a, b in spans):
                continue  # "«Не могу сказать, что …», — сказал он": the verb is inside the quote
            following = tokens[i + 1 : i + 5]  # "заявил, что", "отметил, главное, что"
            after_that = next((k for k, t in enumerate(following) if t.lower in CLAUSE_MARKS), None)
            if after_that is None:
                far = _far_clause(tokens, i)  # "заявил в интервью телеканалу CNN, что …"
                if far is not None:
                    following, after_that = tokens[i + 1 : far + 1], far - i - 1
            if after_that is None and self._colon_clause(ps, text, i, spans, absorbed):
                break
            if after_that is None or tokens[i].lemma in ("цитировать", "назвать", "называть"):
                continue
            if tokens[i].pos == "INFN":
                continue  # "попросила прокомментировать, …": asked to speak, did not
            relayed = None
            if tokens[i].lemma.endswith("ся") and self._speaker_in(ps, 0, i - 1, tokens[i], True) is None:
                # "Отмечается, что …", "Уточняется, что …" opening a sentence: more of what the last source said;
                # "как говорится, …" and "В документе говорится" with no source before say no one
                opening = i == _connective(tokens) and tokens[i].pos == "VERB"
                # "МИД Киргизии выступил с заявлением. Отмечается, что …": with no one quoted before, the subject
                # of the sentence before
                relayed = (self._last_speaker() or self._previous_subject()) if opening else None
                if relayed is None:
                    continue  # "В заявлении МИД говорится, что …" says who speaks; "как говорится, …" does not
            # "отметил, главное, что …": the words between the verb and «что» belong to what was said
            # "заявил журналистам, что …" starts after «что»; "отметил, главное, что …" after the comma
            comma_first = after_that > 1 and following[0].text == ","
            clause_start = following[0].end if comma_first else following[after_that].end
            speaker = relayed or self._speaker_in(ps, 0, i - 1, tokens[i], True) or self._speaker_in(
                ps, i + 1, i + after_that, tokens[i], False
            )
            absorbed |= {s for s in spans if s[0] > clause_start}
            self._add(sent.paragraph, clause_start, sent.end, text, "indirect", speaker, tokens[i])
            break
        else:
            if not self._statement_clause(ps, text, spans, absorbed):
                self._trailing(ps, text, spans, verbs, absorbed)
        for start, end in spans:
            if (start, end) in absorbed:
                continue
            (first, last), *rest = interrupted(text, start, end, tokens, _is_verb)
            self._direct(ps, text, first, last, verbs)
            self._go_on(sent.paragraph, text, rest)

    def _closing_attribution(self, ps: ParsedSentence, text: str) -> bool:
        """"…неприкосновенности», — говорится в сообщении МИД.", "Это афера, — сказал Лукашенко.": an attribution
        closing a paragraph's speech that no mark opened in it (a quote opened in an earlier paragraph, or speech
        with no marks at all). The speech runs from the paragraph's start; a quote left open at the end of the
        paragraph before, with no speaker, gets this one."""
        sent, tokens = ps.sentence, ps.sentence.tokens
        if any(q.paragraph == sent.paragraph for q in self.quotes):
            return False
        found = _CLOSING.search(text, sent.start, sent.end)
        if found is None:
            return self._quote_closed(ps, text)
        opened = sum(text.count(mark, 0, found.start()) for mark in "«„")
        if found.group(1) and opened >= sum(text.count(mark, 0, found.start() + 1) for mark in "»“"):
            return False  # "«…» сказал": the mark closes a quote opened in this paragraph, found as such
        if not found.group(1) and (opened or found.group(2) != ","):
            return False
        verb = next((k for k, t in enumerate(tokens) if t.start >= found.end()), None)
        if verb is None or not _is_verb(tokens[verb]) or any(t.lower in CLAUSE_MARKS for t in tokens[verb:]):
            return False
        speaker = self._speaker_in(ps, verb + 1, len(tokens) - 1, tokens[verb], False)
        if speaker is None:
            return False
        begin = len(text) - len(text.lstrip(" " + DASHES + "«„\""))
        self._add(sent.paragraph, begin, found.start(), text, "direct", speaker, tokens[verb])
        previous = self.quotes[-2] if len(self.quotes) > 1 else None
        if previous is not None and previous.paragraph == sent.paragraph - 1 and (
            previous.speaker is None or previous.cue is None and self._left_open(previous)
        ):
            # a quote left open at the end of the paragraph before is this attribution's, not the last speaker's
            self.quotes[-2] = replace(previous, speaker=speaker.actor.ref())
        return True

    def _left_open(self, quote: Quote) -> bool:
        """Whether a quote runs to the end of its paragraph with no closing mark after its opening mark."""
        paragraphs = self.parsed.article.paragraphs
        body = paragraphs[quote.paragraph] if quote.paragraph < len(paragraphs) else ""
        opening = body.rfind("«", 0, quote.start + 1)
        return opening >= 0 and not any(mark in body[opening:] for mark in "»“") and not body[quote.end :].strip(" .")

    def _statement_clause(self, ps: ParsedSentence, text: str, spans, absorbed) -> bool:
        """"…комментировать заявление президента Украины Владимира Зеленского о том, что Россия поставляет …": the
        one named right after a statement noun said what «о том, что» after it reports."""
        sent, tokens = ps.sentence, ps.sentence.tokens
        for n, token in enumerate(tokens):
            if token.lemma not in _statement_nouns():
                continue
            that = next((k for k in range(n + 2, min(len(tokens) - 1, n + FAR_CLAUSE))
                         if [t.lower for t in tokens[k - 3 : k + 1]] == ["о", "том", ",", "что"]), None)
            if that is None:
                continue
            author = next((m for m in ps.mentions if n < m.first < that - 3 and not m.place
                           and m.actor.kind in ("person", "organisation")), None)
            if author is None or any(tokens[k].pos == "VERB" for k in range(n + 1, that)):
                continue
            absorbed |= {s for s in spans if s[0] > tokens[that].end}
            self._add(sent.paragraph, tokens[that].end, sent.end, text, "indirect", author, token)
            return True
        return False

    def _quote_closed(self, ps: ParsedSentence, text: str) -> bool:
        """"…всеми доступными средствами».": a closing mark with no attribution and no opening mark in the paragraph
        ends a quote left open at the end of the paragraph before; the speech goes on with its speaker."""
        sent = ps.sentence
        close = next((k for k in range(sent.start, sent.end) if text[k] in "»“"), None)
        if close is None or any(mark in text[:close] for mark in "«„") or not self.quotes:
            return False
        previous = self.quotes[-1]
        before = self.parsed.article.paragraphs[previous.paragraph] if previous.paragraph < len(self.parsed.article.paragraphs) else ""
        if previous.paragraph != sent.paragraph - 1 or previous.end < len(before.rstrip(" .»“")) - 1:
            return False
        if any(mark in before[previous.end :] for mark in "»“"):
            return False  # the quote before was closed in its own paragraph
        begin = len(text) - len(text.lstrip(" " + DASHES))
        if close - begin < 3:
            return False
        self.quotes.append(Quote(text=text[begin:close], kind="direct", speaker=previous.speaker, cue=None,
                                 paragraph=sent.paragraph, start=begin, end=close))
        return True

    def _colon_clause(self, ps: ParsedSentence, text: str, verb: int, spans, absorbed) -> bool:
        """"Лавров подчеркнул: переговоры начнутся в мае.": the words after a reporting verb and a colon, when no
        quote mark opens them, are what the speaker before the verb said."""
        sent, tokens = ps.sentence, ps.sentence.tokens
        colon = next((k for k in range(verb + 1, min(verb + 4, len(tokens))) if tokens[k].text == ":"), None)
        if colon is None and verb + 2 < len(tokens) and tokens[verb + 1].text in DASHES and tokens[verb + 2].text[:1].isalpha() and (
            tokens[verb + 2].pos not in ("CONJ", "PRCL") and not any(t.text in DASHES for t in tokens[verb + 2 :])
        ):
            colon = verb + 1  # "Российские дипломаты уверены - протестная акция спланирована": a dash as the colon
        if colon is None or tokens[verb].pos == "INFN" or colon + 1 >= len(tokens):
            return False
        start = tokens[colon].end
        if tokens[colon + 1].text in DASHES:
            start = tokens[colon + 1].end  # "заявил: — Мы готовы"
        if any(0 <= a - start <= 3 for a, _ in spans):
            return False  # "заявил: «…»": a direct quote
        speaker = self._speaker_in(ps, 0, verb - 1, tokens[verb], True) or self._speaker_in(
            ps, verb + 1, colon - 1, tokens[verb], False
        )
        if speaker is None:
            return False
        absorbed |= {s for s in spans if s[0] > start}
        self._add(sent.paragraph, start, sent.end, text, "indirect", speaker, tokens[verb])
        return True

    def _dash_speech(self, ps: ParsedSentence, text: str, verbs: list[int]) -> bool:
        """"— Мы готовы, — сказал он. — Но ждем ответа.": speech opened by a dash, with its attribution after it;
        a dash-opened sentence right after such speech in the paragraph goes on with its speaker."""
        sent = ps.sentence
        opening = dash_opened(text, sent.start)
        if opening is None:
            return False
        pieces = dash_speech(text, opening, sent.end, sent.tokens, _is_verb)
        if pieces:
            (first, last), *rest = pieces
            self._direct(ps, text, first, last, verbs)
            self._go_on(sent.paragraph, text, rest)
        elif self.dash_speech_at == (sent.paragraph, self.index - 1) and self.quotes:
            self._go_on(sent.paragraph, text, [(opening, sent.end)])
        else:
            return False
        self.dash_speech_at = (sent.paragraph, self.index)
        return True

    def _go_on(self, paragraph: int, text: str, pieces: list[tuple[int, int]]) -> None:
        """Pieces of speech that go on after their attribution, said by the speaker of the quote before them."""
        speaker = self.quotes[-1].speaker if self.quotes else None
        for start, end in pieces:
            body = text[start:end].rstrip(" .")
            if len(body.split()) > 1:
                self.quotes.append(Quote(text=body, kind="direct", speaker=speaker, cue=None, paragraph=paragraph,
                                         start=start, end=start + len(body)))

    def _announced(self):
        """The speaker and verb of a sentence that ends the paragraph before with a colon ("Песков заявил:")."""
        if not self.index:
            return None, None
        ps = self.parsed.sentences[self.index - 1]
        current = self.parsed.sentences[self.index].sentence
        body = self.parsed.article.paragraphs[ps.sentence.paragraph][ps.sentence.start : ps.sentence.end]
        if ps.sentence.paragraph != current.paragraph - 1 or not body.rstrip().endswith(":"):
            return None, None
        tokens = ps.sentence.tokens
        verb = next((i for i, t in enumerate(tokens) if _is_verb(t)), None)
        if verb is None:
            return None, None
        speaker = self._speaker_in(ps, 0, verb - 1, tokens[verb], True) or self._speaker_in(
            ps, verb + 1, len(tokens) - 1, tokens[verb], False
        )
        return speaker, tokens[verb] if speaker is not None else None

    def _previous_subject(self) -> Mention | None:
        """The person or body named as the subject of the sentence before this one (in this paragraph or at the end
        of the one before), when nothing in that sentence was quoted: who speaks in a quote that names no one."""
        if not self.index:
            return None
        previous = self.parsed.sentences[self.index - 1]
        current = self.parsed.sentences[self.index].sentence
        if previous.sentence.paragraph < current.paragraph - 1:
            return None
        if any(q.paragraph == previous.sentence.paragraph and previous.sentence.start <= q.start < previous.sentence.end
               for q in self.quotes):
            return None
        tokens = previous.sentence.tokens
        verb = next((k for k, t in enumerate(tokens) if t.pos == "VERB"), len(tokens))
        people = [m for m in previous.mentions if m.actor.kind == "person" and m.last < verb
                  and not _oblique(tokens, m) and _may_be_nominative(tokens, m)]
        subject = people[0] if people else _subject(previous.mentions)
        return subject if subject is not None and subject.actor.kind in ("person", "organisation") else None

    def _reported_already(self, previous, speaker) -> bool:
        """Whether a quote of ``previous`` was found already; one with no speaker gets ``speaker``."""
        for k, quote in enumerate(self.quotes):
            if quote.paragraph == previous.paragraph and previous.start <= quote.start < previous.end:
                if quote.speaker is None:
                    self.quotes[k] = replace(quote, speaker=speaker.actor.ref())
                return True
        return False

    def _trailing(self, ps, text, spans, verbs, absorbed) -> None:
        sent, tokens = ps.sentence, ps.sentence.tokens
        lead = _connective(tokens)
        according = _speech().according
        noun = next((k for k in range(lead + 1, lead + 4) if k < len(tokens) and tokens[k].lemma in according), None)
        if tokens[lead : lead + 1] and tokens[lead].lower in ("по", "согласно", "со") and noun is not None:
            # "По словам Лаврова, …", "Кроме того, по мнению эксперта, …", "По данным МИД, …", "Согласно
            # заявлению МИД, …", "Со слов Мирзояна, …"
            comma = next((k for k, t in enumerate(tokens) if t.text == "," and k > noun), None)
            if comma is not None:
                speaker = self._speaker_in(ps, lead, comma, None, True)
                if speaker is not None or not according[tokens[noun].lemma]:
                    absorbed |= {s for s in spans if s[0] > tokens[comma].end}
                    self._add(sent.paragraph, tokens[comma].end, sent.end, text, "indirect", speaker, tokens[noun])
                    return
        if self._parenthetical_according(ps, text, spans):
            return
        verb = next((k for k in verbs if lead < k <= lead + 2), None)
        at = 0  # where an "Об этом …" recap opens: after "Как передает Report," it is no sentence's first word
        if tokens[lead : lead + 1] and tokens[lead].lower == "как" and verb is not None:
            comma = next((k for k, t in enumerate(tokens) if t.text == "," and k > verb), None)
            if comma is not None:
                speaker = self._speaker_in(ps, verb + 1, comma, tokens[verb], False)
                rest = [t.lower for t in tokens[comma + 1 : comma + 4]]
                if speaker is None and any(rest[: len(o)] == list(o) for o in RECAP_OPENERS if len(o) > 1):
                    at = comma + 1  # "Как передает Report, об этом говорится в заявлении МИД": the agency only relays
                elif speaker is None and tokens[verb].lemma.endswith("ся"):
                    return  # "Как ранее сообщалось, …", "как говорится, …": no one is said to say it
                else:
                    absorbed |= {s for s in spans if s[0] > tokens[comma].end}
                    self._add(sent.paragraph, tokens[comma].end, sent.end, text, "indirect", speaker, tokens[verb])
                    return
        # "Об этом заявил X.", "Такое заявление сделала X.": the sentences before (in the paragraph) are what X said
        first_words = [t.lower for t in tokens[at : at + 4]]
        opener = next((o for o in RECAP_OPENERS if first_words[: len(o)] == list(o)), None)
        if opener == ("так",) and (len(tokens) < at + 2 or tokens[at + 1].keys & NOT_RECAP_AFTER_TAK):
            opener = None  # "Так, …", "так как": no speaker of what came before
        cue = next((k for k in verbs if at <= k <= at + RECAP_REACH and not any(
            t.pos == "VERB" for t in tokens[at:k]) or opener == ("так",)), None) if opener else None
        if opener and cue is None and opener[-1].startswith("заявлени"):
            cue = next((k for k, t in enumerate(tokens) if k >= at + len(opener) and t.pos == "VERB"), None)
        if opener and cue is not None and self.index:
            speaker = self._speaker_in(ps, cue + 1, len(tokens) - 1, tokens[cue], False) or (
                self._speaker_in(ps, at + len(opener), cue - 1, tokens[cue], True)
            )
            recapped = self._recapped()
            if speaker is not None and recapped and not self._reported_already(recapped[0], speaker):
                first, last = recapped[0], recapped[-1]
                body = self.parsed.article.paragraphs[first.paragraph]
                self._add(first.paragraph, first.start, last.end, body, "indirect", speaker, tokens[cue])
            return
        # "<clause>, сообщил X." with no quote marks (a few words in marks inside the clause are allowed);
        # "<clause>, отмечает X, <clause>.": the whole sentence
        lead_quoted = any(a <= sent.start + 2 for a, _ in spans)
        for i in verbs:
            if i < 2 or tokens[i - 1].text != "," or tokens[i].pos == "GRND":
                continue  # "…, комментируя пошлины США": a gerund's subject is never named after it
            if lead_quoted and any(end >= tokens[i - 1].start - 3 for _, end in spans):
                continue  # «…», — сказал X: a direct quote
            speaker = self._speaker_in(ps, i + 1, len(tokens) - 1, tokens[i], False)
            if speaker is not None:
                comma = next((k for k in range(i + 1, len(tokens) - 2) if tokens[k].text == ","), None)
                end = sent.end if comma is not None and comma > i + 1 else tokens[i - 1].start
                absorbed |= {s for s in spans if s[1] <= end}
                self._add(sent.paragraph, sent.start, end, text, "indirect", speaker, tokens[i])
            return

    def _parenthetical_according(self, ps, text, spans) -> bool:
        """"Москва, по словам главы МИД, заинтересована …", "которая, по его словам, оставалась …": an according-to
        phrase set off by commas inside the sentence makes the sentence what the one named in it said."""
        sent, tokens = ps.sentence, ps.sentence.tokens
        according = _speech().according
        if spans:
            return False  # words in marks have their own attribution
        for k in range(1, len(tokens) - 3):
            if tokens[k - 1].text != "," or tokens[k].lower not in ("по", "согласно", "со"):
                continue
            noun = k + 2 if tokens[k + 1].lower in PRONOUNS else k + 1  # "по его словам"
            if noun >= len(tokens) or tokens[noun].lemma not in according or according[tokens[noun].lemma]:
                continue  # "по данным МЧС" in mid-sentence gives a figure's source, not speech
            comma = next((j for j in range(noun + 1, min(len(tokens), noun + 10)) if tokens[j].text == ","), None)
            if comma is None or comma + 1 >= len(tokens) - 1:
                continue
            speaker = self._speaker_in(ps, k, comma, None, True)
            if speaker is None:
                continue
            self._add(sent.paragraph, sent.start, sent.end, text, "indirect", speaker, tokens[noun])
            return True
        return False

    def _recapped(self) -> list:
        """The sentences an "Об этом заявил X" sentence sums up: those before it in its paragraph (a dateline and
        sentences with a quote of their own left out), else the sentence before it."""
        current = self.parsed.sentences[self.index].sentence
        out = []
        for k in range(self.index - 1, -1, -1):
            previous = self.parsed.sentences[k].sentence
            if previous.paragraph != current.paragraph:
                break
            if _dateline(previous) or any(q.paragraph == previous.paragraph and previous.start <= q.start < previous.end
                                          for q in self.quotes):
                break
            out.insert(0, previous)
        return out or [self.parsed.sentences[self.index - 1].sentence]

    def _direct(self, ps: ParsedSentence, text: str, start: int, end: int, verbs: list[int]) -> None:
        sent, tokens = ps.sentence, ps.sentence.tokens
        after = [i for i, t in enumerate(tokens) if t.start > end]
        before = [i for i, t in enumerate(tokens) if t.end <= start - 1]
        if _labelled(tokens, before, start, end, text):
            return  # в статье «Вечная дружба …», в «Российской газете», передает «…»: a title or a name
        speaker, cue = None, None
        tail = text[end + 1 : end + 6]
        if after and any(d in tail for d in DASHES):
            verb = next((i for i in verbs if i in after), None)
            if verb is not None:
                speaker = self._speaker_in(ps, verb + 1, len(tokens) - 1, tokens[verb], False)
                if speaker is None:
                    speaker = self._speaker_in(ps, after[0], verb - 1, tokens[verb], False)
                cue = tokens[verb]
        if speaker is None and before:
            verb = next((i for i in reversed(verbs) if i in before), None)
            lead = text[sent.start : start - 1].rstrip()
            if verb is not None:
                speaker = self._speaker_in(ps, 0, verb - 1, tokens[verb], True) or self._speaker_in(
                    ps, verb + 1, before[-1], tokens[verb], False
                )
                cue = tokens[verb]
            elif lead.endswith(":") and lead[:1] in DASHES and any(tokens[k].pos == "VERB" for k in before):
                # "- Кишинев закрывает школы: «…»": a listed statement of whoever spoke last, no label of a speaker
                last = self._last_speaker()
                speaker = last if last is not None and last.actor.kind == "person" else None
            elif lead.endswith(":"):
                speaker = self._speaker_in(ps, 0, before[-1], None, True)
        if speaker is None and cue is None and not text[: start - 1].strip(" " + DASHES):
            speaker, cue = self._announced()  # "Песков заявил:" closing the paragraph before
        standalone = not text[sent.start : start - 1].strip(" " + DASHES) and not text[end + 1 : sent.end].strip(" .!?…»“\"")
        if speaker is None and cue is None and standalone:
            speaker = self._previous_subject()  # "Лавров выступил на брифинге. «Мы не допустим …»"
        if speaker is None and cue is None:
            previous = self.quotes[-1] if self.quotes else None
            same = previous is not None and previous.paragraph == sent.paragraph
            # a paragraph that is all quote, with nobody named, goes on with the speaker of the quote before it
            opens = previous is not None and previous.paragraph < sent.paragraph and not text[: start - 1].strip(" " + DASHES)
            if (same or opens) and re.match(r"^\W*$", text[sent.start : start]):
                self.quotes.append(Quote(text=text[start:end], kind="direct", speaker=previous.speaker,
                                         cue=None, paragraph=sent.paragraph, start=start, end=end))
                return
        kind = "direct" if (start - sent.start) < 3 or cue is not None else "partial"
        self.quotes.append(
            Quote(
                text=text[start:end],
                kind=kind,
                speaker=speaker.actor.ref() if speaker else None,
                cue=cue.text if cue is not None else None,
                paragraph=sent.paragraph,
                start=start,
                end=end,
            )
        )


def extract_russian_quotes(parsed: RussianParse) -> list[Quote]:
    finder = QuoteFinder(parsed)
    paragraphs = parsed.article.paragraphs
    for index, ps in enumerate(parsed.sentences):
        finder.index = index
        finder.sentence(ps, paragraphs[ps.sentence.paragraph])
    # a few words in marks that nobody is said to say are names and labels («Казинформ», «Лента.ру»,
    # "спонсором терроризма"), not quotes
    return [
        q
        for q in finder.quotes
        if (q.speaker is not None or len(q.text.split()) > SHORT_UNATTRIBUTED) and not _a_name(q.text)
    ]


def _a_name(text: str) -> bool:
    """«России 24», «Центральная Азия + США»: a few capitalised words in marks name something."""
    words = [w for w in re.findall(r"\w+", text)]
    return 0 < len(words) <= 3 and all(w[:1].isupper() or w.isdigit() for w in words)


@lru_cache(maxsize=1)
def _body_aliases() -> dict[str, tuple[str, ...]]:
    """A body's short name → the opening lemmas of its full name (``data/ru/body_aliases.tsv``)."""
    from faultlines.nlp.ru.data import data_text

    out = {}
    for line in data_text("body_aliases.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            short, full = line.split("\t")
            out[short.strip()] = tuple(full.split())
    return out
