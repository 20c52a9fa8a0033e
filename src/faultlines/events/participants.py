"""Who an event's noun phrases stand for: actors of the actor stage, else states, organisations and places of
the actor knowledge (through :mod:`faultlines.events.lexicon`) and generic actor nouns (``actor_nouns.tsv``);
pronouns, "the country" and "the government" resolved to the state they stand for; the dateline names no actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from faultlines.events.lexicon import Lexicon
from faultlines.model import Actor, ActorRef, Quote
from faultlines.nlp.actor_context import OUT_OF_GOVERNMENT, OWN_PEOPLE_ROLES, names_no_state
from faultlines.nlp.actor_dateline import find_dateline
from faultlines.nlp.knowledge import load_knowledge
from faultlines.nlp.knowledge import slugify as slug
from faultlines.nlp.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
FIRST_PERSON = {"we", "us", "our", "ours", "ourselves", "i", "me", "my"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
STATE_NOUNS = {"country", "nation", "state", "republic", "kingdom"}
#: Modifiers that make a people or community nobody's in particular ("the international community").
WORLDWIDE = {"international", "global", "world", "worldwide"}
HYPHENS = {"-", "\u2013", "\u2010"}
GOVERNMENT_NOUNS = {"government", "authority", "administration", "regime", "leadership", "cabinet"}
INSTITUTION_NOUNS = {
    "ministry",
    "authority",
    "administration",
    "regime",
    "cabinet",
    "leadership",
    "government",
}
#: Actors who serve in another state: "the ambassador in Moscow" is not Russian.
ABROAD_NOUNS = {"ambassador", "embassy", "envoy", "diplomat", "consul", "consulate", "delegation", "mission"}
#: Parties and coalitions, and the words that put them in government ("the ruling party").
PARTY_NOUNS = {"party", "coalition", "bloc", "alliance"}
RULING = {"ruling", "governing"}
#: Offices called "... general" that are no military rank.
CIVIL_GENERALS = {"secretary", "attorney", "solicitor", "inspector", "auditor", "consul", "governor", "director"}
#: Bodies every state has, named without their state: "Congress", "Parliament", "the Senate".
GENERIC_BODIES = {"congress", "parliament", "senate", "legislature"}
PAIR_NOUNS = {
    "country", "side", "nation", "neighbour", "neighbor", "state", "government", "party", "leader", "minister",
    "president", "delegation",
}
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}


#: Sectors whose nameless members ("police", "protesters", "activists", "officials") are of the one state their
#: sentence names; the police, courts, parliament and opposition are also of the article's home state when it names
#: none (officials are not: an article from one capital names other states' officials).
DOMESTIC_ROLES = {"COP", "OPP", "JUD", "LEG", "MIL", "REB", "CVL", "NGO", "GOV", "MED", "EDU"}
HOME_ROLES = {"COP", "OPP", "JUD", "LEG"}
#: Organs of an international body, which act for it ("the IAEA's board").
ORGANS = {"board", "council", "secretariat", "commission", "committee", "assembly"}
#: Sectors named alone in a state officer's report that are of the officer's state ("the army had killed 77 rebels").
REPORTED_ROLES = {"MIL", "COP", "REB", "OPP"}
#: Officers whose reports name their own state's forces and foes.
REPORTING_OFFICERS = {"MIL", "COP", "SPY"}
#: Armed groups, the press and students named alone are of the home state only where a dateline says the story is
#: told from there.
DATELINE_HOME_ROLES = {"REB", "MED", "EDU", "MIL"}
#: Nouns of the people around a leader, whose members are of the leader's state and sector ("members of his team").
ENTOURAGE_NOUNS = {"team", "campaign", "entourage", "staff", "delegation", "movement", "camp", "convoy", "party"}
#: Nouns of laws, whose compounds name what the law is about, not an actor ("the foreign agents law").
LAW_NOUNS = {"law", "bill", "act", "decree", "legislation", "regulation", "rule", "ordinance"}
#: Nouns of a court, which "the court" may name again after an international one was named.
COURT_NOUNS = {"court", "tribunal"}
#: Nouns of texts that may be named after the city where they were signed ("the Vienna Convention").
TREATY_NOUNS = LAW_NOUNS | {"convention", "agreement", "accord", "treaty", "protocol", "declaration", "format",
                            "charter", "statute", "communique", "process", "principle", "deal"}
#: Nouns that stand for an armed group, party or movement named before: "the group", "the Islamist movement".
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "faction", "outfit", "militia"}
GROUP_ROLES = {"REB", "OPP", "NGO"}
#: Nouns that name a body itself when its name comes before them ("the Georgian Dream party").
BODY_NOUNS = GROUP_NOUNS | {"party", "company", "firm", "network", "alliance", "coalition", "bloc", "union", "army"}


@dataclass
class Participant:
    """An actor taking part in an event, with the phrase that names it."""

    ref: ActorRef
    kind: str  # person, state, organisation, group
    plural: bool = False
    generic: bool = False  # found by the coder's fallback lexicons, not by the actor stage
    start: int = 0  # character offsets of the naming phrase within the paragraph
    end: int = 0
    words: str = ""
    subject: bool = False  # the mention was a clause subject (preferred antecedent of pronouns)
    inferred: bool = False  # "the government" taken to be a state from context, not from its own words

    @property
    def key(self) -> str:
        return self.ref.id

    def of_sector(self, role: str) -> Participant:
        """The ``role`` sector of this participant's state, named by the same words ("Israeli strikes": its
        military; "attacks in Mali": its people)."""
        country = self.ref.country
        ref = ActorRef(id=f"{country}:{role}", name=self.ref.name, country=country, role=role)
        return Participant(ref, "group", True, True, self.start, self.end, self.words)


def sector_word(token: Token, lex: Lexicon, deps: tuple[str, ...], roles: set[str] | None = None) -> str | None:
    """The sector a modifier of ``token`` names ("army" in "a Somali army base", "military" in "military talks"):
    not a weapon, and not the government or people, which a state named alone already is."""
    for child in token.children:
        noun = lex.actor_nouns.get(child.lemma_.lower())
        if child.dep_ not in deps or noun is None or noun[1] == "means" or noun[0] in ("GOV", "CVL"):
            continue
        if roles is None or noun[0] in roles:
            return noun[0]
    return None


#: Sectors a head noun names by what its people do against a state ("protesters", "militants"); a modifier's
#: sector does not replace them, except that of armed forces ("army crowds").
STANCE_ROLES = {"OPP", "REB"}
#: Bodies of members whose modifier says whose members they are, not their sector ("a police union", "the teachers'
#: union": unions, NGO).
MEMBERSHIP_NOUNS = {"union"}


#: Roots of acts that harm their object: a possessive pronoun on it is not the doer's own ("ambushed their convoy").
HARM_ROOTS = {"17", "18", "19", "20"}

#: Plural nouns that, with "the" alone, name the two sides of the story's dispute ("urged the parties to ...").
DISPUTE_PARTIES = {"party", "side"}

#: Prepositions after a word of place that make it a stance ("its position on Ukraine").
STANCE_PREPS = {"on", "regarding", "about", "toward", "towards"}

#: Where a bare name stands for a person named before: as a subject or an object, not inside a longer name.
SUBJECT_OR_OBJECT = {"nsubj", "nsubjpass", "dobj", "pobj", "dative"}


@dataclass
class ActorFinder:
    """Resolves tokens to participants for one article, remembering mentions in text order."""

    parsed: ParsedArticle
    lex: Lexicon
    history: list[tuple[tuple[int, int], Participant]] = field(default_factory=list)
    person_country: dict[str, str] = field(default_factory=dict)
    paragraph: int = 0
    quote_regions: list[tuple[int, int, Participant | None]] = field(default_factory=list)
    sentence_start: tuple[int, int] = (0, 0)
    places: bool = False  # the coder looks for the target of violence: places stand for their state
    _reporting: bool = False  # (resolving the subject of a reporting verb: no report within it)
    dateline_end: int = 0  # characters of paragraph 0 taken by the dateline ("ALMATY, Sep 3 (Agency) - ")
    home: str | None = None  # the state of the dateline, else the state the article names most
    dateline_home: bool = False  # the home state is the dateline's (where the reporter stands)
    _span_index: dict[int, list[tuple[int, int, Actor]]] | None = None
    _ents: dict[int, Span] = field(default_factory=dict)

    def __post_init__(self) -> None:
        paragraphs = self.parsed.article.paragraphs
        line = find_dateline(paragraphs[0], load_knowledge()) if paragraphs else None
        if line is not None:
            self.dateline_end = line.end
            self.home = line.country
            self.dateline_home = line.country is not None
        if self.home is None:
            states = [a for a in self.parsed.actors if a.kind == "state" and a.country]
            if states:
                self.home = max(states, key=lambda a: len(a.spans) or a.mentions).country

    def _title_holder(self, token: Token) -> Participant | None:
        """The person the article last named with this title ("President Pedro Castillo", "Castillo, the
        president"), before this mention."""
        title = token.lemma_.lower()
        paragraphs = self.parsed.article.paragraphs
        best, best_at = None, (-1, -1)
        for actor in self.parsed.actors:
            if actor.kind != "person" or not actor.country:
                continue
            for span in actor.spans:
                at = (span.paragraph, span.start)
                if at >= (self.paragraph, token.idx) or at <= best_at or span.paragraph >= len(paragraphs):
                    continue
                around = paragraphs[span.paragraph][max(0, span.start - 30) : span.end + 30].lower()
                if re.search(rf"\b{re.escape(title)}\b", around):
                    best, best_at = actor, at
        return self._participant(best, token) if best is not None else None

    def _named_states(self) -> set[str]:
        return {a.country for a in self.parsed.actors if a.kind == "state" and a.country}

    def in_dateline(self, token: Token) -> bool:
        return self.paragraph == 0 and token.idx < self.dateline_end

    # -- article walk -------------------------------------------------------------------------------
    def start_paragraph(self, paragraph: int, doc) -> None:
        self.paragraph = paragraph
        self._ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        self.quote_regions = self._quote_regions(paragraph, doc)

    def observe(self, sent: Span) -> None:
        """Record the actor mentions of a sentence (before its events are coded)."""
        self.sentence_start = (self.paragraph, sent.start_char)
        for token in sent:
            if token.pos_ in ("PROPN", "NOUN") and token.dep_ not in ("compound",):
                if not self._may_name_actor(token):
                    continue
                found = self.phrase_actor(token, pronouns=False)
                if found is not None:
                    # (a subject inside a quotation is no antecedent a later "he" or "it" prefers)
                    found.subject = token.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(token.idx)
                    self.history.append(((self.paragraph, token.idx), found))
            elif token.dep_ == "conj" and token.head.dep_ == "amod" and token.pos_ == "ADJ":
                found = self._lexicon_actor(token, allow_adjective=True)  # "Russian and [Ukrainian] delegations"
                if found is not None and found.kind == "state":
                    self.history.append(((self.paragraph, token.idx), found))

    def _may_name_actor(self, token: Token) -> bool:
        """A cheap test before the full resolution: a name, an actor noun, or a mention the actor stage found."""
        if token.pos_ == "PROPN" or token.ent_type_:
            return True
        lemma = token.lemma_.lower()
        noun = self.lex.actor_nouns.get(lemma)
        if noun is not None and noun[1] != "modifier" or lemma in STATE_NOUNS or lemma in GOVERNMENT_NOUNS:
            return True  # (a modifier, "security", names no actor alone)
        return any(c.dep_ in MODIFIER_DEPS for c in token.children) or self._stage_actor(token) is not None

    # -- resolution -------------------------------------------------------------------------------
    def phrase_actor(self, token: Token, pronouns: bool = True) -> Participant | None:
        """The actor the noun phrase headed by ``token`` names, or None."""
        if self.in_dateline(token):
            return None
        if self._names_a_treaty(token) or any(self._names_a_treaty(c) for c in token.children):
            return None  # "the Vienna Convention", "the Minsk agreements": a city naming a text, no actor
        lower = token.lower_
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.phrase_actor(token.head.head, pronouns)
        if pronouns and token.pos_ == "PRON":
            return self.pronoun(token)
        if token.pos_ == "NOUN" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in HYPHENS:
            return None  # "state-of-the-art", "army-led": a word of a compound modifier, not an actor
        owner = self._organ_owner(token)
        if owner is not None:
            return owner
        if token.lemma_.lower() in COURT_NOUNS and self._is_definite(token):
            court = self._international_court_before(token)
            if court is not None:  # "the ICC issued a warrant ... rejecting the authority of the tribunal"
                return court
        actor = self._stage_actor(token)
        if actor is None:
            named = self._named_beside(token)
            if named is not None:
                return named
        if (actor is None or not actor.country or not actor.role) and token.pos_ == "PROPN":
            title = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
            found = self.phrase_actor(title, pronouns=False) if title is not None else None
            if found is not None and found.ref.country and (actor is None or found.ref.country == actor.country):
                # "Hideo Tarumi, Japan's ambassador to China", "Khalid, a Sudanese military spokesman": who the
                # title says he is
                if actor is None or not actor.country:
                    return found
                named = self._participant(actor, token)
                return replace(named, ref=replace(named.ref, role=found.ref.role))
        lemma = token.lemma_.lower()
        if (
            actor is not None
            and actor.kind == "state"
            and token.text.endswith("s")
            and token.pos_ != "ADJ"
            and not any(c.lower_ == "the" for c in token.children)  # "the Americans" are the US side
        ):
            entry = self.lex.state(token.text)
            if entry is not None and entry.adjective:  # "thousands of Georgians": people, not the state
                ref = ActorRef(id=f"{entry.iso3}:CVL", name=token.text, country=entry.iso3, role="CVL")
                return self._make(ref, "group", token, plural=True, generic=True)
        if actor is not None and actor.kind == "state" and actor.country and self.places and _region_of(token):
            ref = ActorRef(id=f"{actor.country}:CVL", name=token.text, country=actor.country, role="CVL")
            return self._make(ref, "group", token, plural=True, generic=True)  # "shelled south Lebanon"
        if actor is not None:
            seat = self._seat_of(token) if token.pos_ == "NOUN" and lemma not in ABROAD_NOUNS else None
            if seat is not None and actor.country and seat.ref.country != actor.country:
                # "authorities in Tunisia" taken by the actor stage for the article's home government
                return self.noun_actor(token, seat) or self._participant(actor, token)
            owner = self._modifier_actor(token) if actor.kind == "organisation" and actor.role else None
            if owner is not None and owner.ref.country and actor.country and owner.ref.country != actor.country:
                # "Peru's Congress": the body of the state that owns it, not the one of that name elsewhere
                ref = ActorRef(
                    id=f"{owner.ref.country}:{actor.role}",
                    name=token.text,
                    country=owner.ref.country,
                    role=actor.role,
                )
                return self._make(ref, "organisation", token, generic=True)
            if (
                lemma in GENERIC_BODIES
                and owner is None
                and self.home
                and actor.country not in (None, self.home)
                and self.home in self._named_states()
            ):
                # "Congress" in an article from Lima is Peru's, whatever other Congress the knowledge holds
                ref = ActorRef(id=f"{self.home}:{actor.role}", name=token.text, country=self.home, role=actor.role)
                return self._make(ref, "organisation", token, generic=True)
            return self._participant(actor, token)
        modifier = self._modifier_actor(token)
        if lemma in STATE_NOUNS | GOVERNMENT_NOUNS | INSTITUTION_NOUNS:
            state = self._state_meant(token, lemma, modifier)
            if state is not None:
                return state
        lexical = self._lexicon_actor(token)
        if lexical is not None:
            return lexical
        noun = self.noun_actor(token, modifier)
        if noun is not None:
            return noun
        if modifier is not None and token.pos_ == "PROPN":
            return modifier
        if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return self._entity_actor(token)
        return None

    def _state_meant(self, token: Token, lemma: str, modifier: Participant | None) -> Participant | None:
        """``Russia's government``, ``the government in Kyiv``; ``the country``, ``the ministry`` (from context:
        such a participant is ``inferred``)."""
        recent = None
        if modifier is None:
            modifier = self._of_state(token)  # "the Republic of San Marino", "the government of Mali"
        if modifier is None and lemma in INSTITUTION_NOUNS:
            modifier = self._seat_of(token)  # "the government in Kyiv", "the foreign ministry in Astana"
        if modifier is None and lemma in STATE_NOUNS and self._is_definite(token):
            recent = self._recent_state(token) or self._home_state()
        elif (
            modifier is None and lemma in INSTITUTION_NOUNS and any(c.lower_ == "the" for c in token.children)
        ):
            recent = self._named_before(token, lemma) or self._governed_state(token)
        state = modifier or recent
        if state is None or not state.ref.country:
            return None
        ref = ActorRef(
            id=state.ref.country,
            name=state.ref.name if state.kind == "state" else self.lex.state_name(state.ref.country),
            country=state.ref.country,
            role="GOV",
        )
        found = self._make(ref, "state", token, generic=True)
        found.inferred = modifier is None
        return found

    def noun_actor(self, token: Token, modifier: Participant | None = None) -> Participant | None:
        """A participant named by a common actor noun (``actor_nouns.tsv``): "troops", "the ministry",
        "residents", with the country of its modifier ("Russian troops", "the people of Israel") if any."""
        lemma = token.lemma_.lower()
        if lemma not in self.lex.actor_nouns and token.tag_ in ("NNP", "NNPS") and lemma.endswith("s"):
            lemma = lemma[:-1]  # "the Foreign Ministers of ...", tagged as a name, keep their plural
        noun = self.lex.actor_nouns.get(lemma)
        if noun is None or noun[1] == "modifier":
            return None
        if token.dep_ == "compound" and token.head.lemma_.lower() in LAW_NOUNS:
            return None  # "the foreign agents law": a kind of law, no agents
        role, kind = noun
        if any(c.dep_ == "amod" and c.lower_ in WORLDWIDE for c in token.children):
            return None  # "the international community", "the world community": no state's people
        if modifier is not None and modifier.kind == "organisation" and modifier.ref.role and lemma in BODY_NOUNS:
            return modifier  # "the ruling Georgian Dream party", "the Wagner group": the body named
        if lemma in PARTY_NOUNS and any(c.dep_ == "amod" and c.lower_ in RULING for c in token.children):
            role = "GOV"  # "the ruling party": in government
        if role in ("GOV", "LEG") and kind == "person" and any(c.lower_ in OUT_OF_GOVERNMENT for c in token.children):
            role = "OPP"  # "the former prime minister", "the ousted president": out of office
        if lemma == "general" and any(c.dep_ == "compound" and c.lower_ in CIVIL_GENERALS for c in token.children):
            role = "GOV"  # "secretary general", "attorney general": an office, not an army's general
        if kind == "means" and any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS for c in token.children):
            return None  # "Russia's position on Ukraine": a stance, not an army post
        if kind == "means" and modifier is None and lemma in self.lex.sites:
            modifier = self._seat_of(token, towns=True)  # "a military base in southern Somalia": its forces
        if kind == "means" and modifier is None and self._armed_modifier(token):
            kind = "group"  # "rebel positions", "separatist strongholds": the armed group's forces
        elif kind == "means" and (modifier is None or modifier.kind != "state" and lemma not in self.lex.sites):
            return None  # "airstrikes" name the forces of a state only with it: "Pakistani airstrikes"
        if kind in ("members", "person", "group"):
            # "members of al-Shabab"; "leaders of Hamas", "a delegation of Hamas"; "the party's activists"
            owner = self._owner(token, possessive_only=kind != "members" and role not in ("GOV", "MIL"))
            if owner is not None and (kind == "members" or owner.ref.role in OWN_PEOPLE_ROLES):
                return owner
        # "rebel group", "opposition leader", "police chief": a modifier of another sector says who they are; a body
        # the actor stage's titles know ("a defence ministry spokesperson") says it as the actor stage does
        modifier_role = _body_title_role(token) or next(
            (
                self.lex.actor_nouns[word][0]
                for c in token.children
                if c.dep_ in ("compound", "amod")
                for word in dict.fromkeys((c.lemma_.lower(), c.lower_))  # ("rights groups": lemma "right")
                if self.lex.actor_nouns.get(word, ("", "means"))[1] != "means"
                and c.tag_ != "VBN"  # ("Pakistan-based militants": no army "base")
            ),
            None,
        )
        stance = role in STANCE_ROLES and modifier_role not in ("MIL", "COP", "SPY")  # "student protesters" protest
        stance = stance or lemma in MEMBERSHIP_NOUNS
        if modifier_role and not stance and (role == "CVL" or modifier_role not in ("GOV", "CVL")):
            role = modifier_role
        if modifier is not None and modifier.kind == "organisation" and modifier.ref.role == "IGO":
            return modifier  # "a UN official", "the NATO delegation", "International Criminal Court judges"
        if kind == "members" and modifier is not None and modifier.kind == "organisation":
            if modifier.ref.role in OWN_PEOPLE_ROLES:
                role = modifier.ref.role  # "Labour members", "PTI supporters": the party's own people
        if role in ("GOV", "MIL", "NGO") and modifier is not None and modifier.kind == "organisation" and modifier.ref.role:
            if modifier.ref.role in OWN_PEOPLE_ROLES:
                role = modifier.ref.role  # "a Hamas delegation", "Ennahdha's leader": the group's own people
        if modifier is None and kind == "person" and self._is_definite(token):
            holder = self._title_holder(token)
            if holder is not None:  # "the president" after "President Pedro Castillo"
                return holder
        if lemma in GROUP_NOUNS and modifier is None and self._names_a_group(token):
            group = self._recent_group(token)
            if group is not None:  # "the Islamist group", "the movement": the armed group or party named before
                start, end, text = phrase_span(token)
                return Participant(group.ref, group.kind, group.plural, group.generic, start, end, text)
        if modifier is None and kind in ("person", "group", "members"):
            body = self._body_from(token, ("from", "of") if kind == "person" else ("from",))
            if body is not None:  # "troops from the Afghan border police", "the commander of the Russian navy"
                if body.kind != "state" and body.ref.role not in (None, "CVL"):
                    role = body.ref.role  # (a nameless "group" says nothing of who they are)
                modifier = body
        if modifier is None and role == "REB":
            group = self._armed_group_before(token)
            if group is not None:
                # "it targeted Hamas command centres and killed several fighters": the armed group in view
                return self._make(group.ref(), "organisation", token, plural=True, generic=True)
        modifier = modifier or self._of_state(token) or self._based_in(token)
        if modifier is None and token.lemma_.lower() not in ABROAD_NOUNS:
            # "authorities in Tunisia" (but "the embassy in Moscow" is not Russian)
            modifier = self._seat_of(token, governing=role == "GOV")
            if modifier is None and token.dep_ == "compound" and token.head.pos_ == "NOUN":
                modifier = self._seat_of(token.head)  # "a police station in north-east Kenya": its police
        country = modifier.ref.country if modifier else None
        if country is None and role in DOMESTIC_ROLES:  # "riot police in Tbilisi", "the opposition"
            country = self._sentence_country(token) or self._reporter_country(token, role)
            if role in HOME_ROLES and country and self._home_over(country, token):
                country = self.home  # ("talks with the opposition, mediated by a former Spanish prime minister")
            if country is None and role in HOME_ROLES:
                country = self.home
            elif country is None and role in DATELINE_HOME_ROLES and self.dateline_home:
                # (not where the sentence names other states: a regional story told from one capital)
                country = self.home if self.sentence_countries(token) <= {self.home} else None
        name = self._phrase_text(token)
        ident = f"{country}:{role}" if country else f"generic:{slug(token.lemma_)}"
        ref = ActorRef(id=ident, name=name, country=country, role=role)
        plural = token.tag_ in ("NNS", "NNPS") or kind == "group"
        return self._make(ref, "person" if kind == "person" else "group", token, plural=plural, generic=True)

    def sector_named_with(self, state: Participant, token: Token) -> Participant:
        """``a Somali army base``, ``Pakistani military centers``: a state named with a sector's noun in front of
        a thing is that sector of the state."""
        if state.kind != "state" or not state.ref.country:
            return state
        role = sector_word(token, self.lex, ("compound", "amod"))
        return state.of_sector(role) if role else state

    def _reporter_country(self, token: Token, role: str) -> str | None:
        """``a Sudanese military spokesman said the army had killed 77 rebels``: the forces, rebels and protesters
        a state's officer reports on, named alone, are of the officer's state."""
        if role not in REPORTED_ROLES or self._reporting:
            return None
        clause = token
        while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        verb = clause.head
        if clause.dep_ != "ccomp" or self.lex.effect(verb.lemma_.lower(), "V") != "speech":
            return None
        self._reporting = True
        try:
            speakers = [self.phrase_actor(c, pronouns=False) for c in verb.children if c.dep_ == "nsubj"]
        finally:
            self._reporting = False
        officers = {p.ref.country for p in speakers if p is not None and p.ref.role in REPORTING_OFFICERS}
        return officers.pop() if len(officers) == 1 and None not in officers else None

    def _home_over(self, country: str, token: Token) -> bool:
        """The article's home state, named in it, is the state of an opposition, police, court or parliament named
        alone in a sentence that names another state only by an adjective of someone else ("the government began a
        dialogue with the opposition, an effort mediated by a former Spanish prime minister": Venezuela's
        opposition; but "a police station in northeast Kenya" is Kenya's)."""
        if not self.home or country == self.home or self.home not in self._named_states():
            return False
        mentions = [t for t in token.sent if t.ent_type_ in ("GPE", "NORP", "LOC") and not self.in_dateline(t)]
        return bool(mentions) and all(t.ent_type_ == "NORP" and t.dep_ == "amod" and t.head.i != token.i for t in mentions)

    def _sentence_country(self, token: Token) -> str | None:
        """The one state whose name, people or places the sentence mentions (None for none or several)."""
        countries = self.sentence_countries(token)
        return countries.pop() if len(countries) == 1 else None

    def sentence_countries(self, token: Token) -> set[str]:
        """The states whose name, people or places the sentence of ``token`` mentions."""
        countries = set()
        for other in token.sent:
            if self.in_dateline(other) or names_no_state(other.doc, other.i):
                continue
            if other.ent_type_ in ("GPE", "NORP", "LOC") and other.ent_iob_ == "B":
                ent = self._ents.get(other.i)
                entry = self.lex.state(ent.text if ent is not None else other.text)
            elif other.pos_ == "PROPN" and other.ent_iob_ != "I":  # a state the model tagged otherwise ("Niger")
                entry = self.lex.state(other.text)
                entry = entry if entry is not None and not entry.place else None
            else:
                continue
            if entry is not None:
                countries.add(entry.iso3)
        return countries

    def _stage_actor(self, token: Token) -> Actor | None:
        if not self.parsed.actors:
            return None
        if self._span_index is None:
            self._span_index = {}
            for actor in self.parsed.actors:
                for span in actor.spans:
                    self._span_index.setdefault(span.paragraph, []).append((span.start, span.end, actor))
        start, end = token.idx, token.idx + len(token.text)
        best, best_overlap = None, 0
        for s_start, s_end, actor in self._span_index.get(self.paragraph, ()):
            overlap = min(end, s_end) - max(start, s_start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
        if best is None and token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ in SUBJECT_OR_OBJECT:
            return self._person_by_one_name(token.text)
        return best

    def _person_by_one_name(self, word: str) -> Actor | None:
        """``Sun claimed ...`` after "Vice Foreign Minister Sun Weidong": one word of a person named before, where
        the tagger saw no name; only where exactly one person has that word in the name."""
        if len(word) < 3 or not word[0].isupper():
            return None
        people = [a for a in self.parsed.actors if a.kind == "person" and word in a.name.split()]
        return people[0] if len({a.id for a in people}) == 1 else None

    def _participant(self, actor: Actor, token: Token) -> Participant:
        kind = {"state": "state", "person": "person"}.get(actor.kind, "organisation")
        ref = actor.ref()
        if ref.country is None and kind == "person" and ref.role == "LEG":
            # "House Speaker Mike Johnson": a legislator of no state the actor stage knows is of the one state the
            # sentence names, else of the article's home state (lawyers and activists travel; parliaments do not)
            country = self._sentence_country(token) or self.home
            if country is not None:
                ref = ActorRef(id=ref.id, name=ref.name, country=country, role=ref.role)
        if kind == "organisation" and ref.role in (None, "GOV", "OPP") and self._chamber_word(token):
            # "House Democrats", "Senate Republicans", "the House Oversight Committee": a chamber's members and bodies
            ref = ActorRef(id=ref.id, name=ref.name, country=ref.country, role="LEG")
        return self._make(ref, kind, token, plural=token.tag_ in ("NNS", "NNPS"))

    def _chamber_word(self, token: Token) -> bool:
        """A compound or adjective of ``token`` that names a legislature ("House", "Senate", "parliamentary")."""
        return any(
            c.dep_ in ("compound", "amod") and self.lex.actor_nouns.get(c.lemma_.lower(), ("", ""))[0] == "LEG"
            for c in token.children
        )

    def _make(
        self, ref: ActorRef, kind: str, token: Token, plural: bool = False, generic: bool = False
    ) -> Participant:
        start, end, text = phrase_span(token)
        return Participant(ref, kind, plural, generic, start, end, text)

    def _modifier_actor(self, token: Token, depth: int = 0) -> Participant | None:
        """A state or actor named by a possessive, compound or adjective of ``token`` (a possessive pronoun last: "his
        Saudi counterpart" is Saudi)."""
        for child in sorted(token.children, key=_possessive_pronoun):
            if child.dep_ not in MODIFIER_DEPS:
                continue
            if names_no_state(child.doc, child.i):
                continue  # "an ethnic Albanian mayor" in Kosovo, "pro-Russian hackers": not the state
            if _possessive_pronoun(child):
                found = self.pronoun(child)
            else:
                found = self._stage_actor(child) and self._participant(self._stage_actor(child), child)
                found = self._home_body(found, child) or found or self._lexicon_actor(child, allow_adjective=True)
            if found is not None:
                return found
            if child.dep_ in ("compound", "nmod") and depth < 2:  # ("its army, navy and rocket forces")
                found = self._modifier_actor(child, depth + 1)
                if found is not None:
                    return found
        return None

    def _home_body(self, found: Participant | None, token: Token) -> Participant | None:
        """``Congress MPs`` in a story from India: a legislature named by a generic word, modifying another noun,
        is the home state's (as phrase_actor does for the body named alone), whatever other one the knowledge holds."""
        if found is None or token.lemma_.lower() not in GENERIC_BODIES or not found.ref.role:
            return None
        if not self.home or found.ref.country in (None, self.home) or self.home not in self._named_states():
            return None
        ref = ActorRef(id=f"{self.home}:{found.ref.role}", name=token.text, country=self.home, role=found.ref.role)
        return self._make(ref, "organisation", token, generic=True)

    def _lexicon_actor(self, token: Token, allow_adjective: bool = False) -> Participant | None:
        """A state or organisation of the actor knowledge named by ``token`` (its entity, compound or word).

        Places (cities, regions) stand for their state only as possessives ("Gaza's health ministry") and while
        the coder looks for the target of violence (``self.places``)."""
        for text in self._name_candidates(token):
            org = self.lex.organisation(text)
            if org is not None:
                ref = ActorRef(id=org.id, name=org.name, country=org.country, role=org.role)
                return self._make(ref, "organisation", token, generic=True)
            entry = self.lex.state(text)
            if entry is None:
                continue
            if entry.place and not (self.places or token.dep_ == "poss" or _destination(token)):
                continue
            if entry.adjective and not (
                allow_adjective or token.pos_ in ("PROPN", "NOUN") and token.tag_ in ("NNPS", "NNS")
            ):
                continue
            if entry.adjective and names_no_state(token.doc, token.i):
                continue  # "Latin American countries", "ethnic Albanians"
            if (
                entry.adjective
                and token.tag_ in ("NNPS", "NNS")
                and not allow_adjective
                and not any(c.lower_ == "the" for c in token.children)  # "the North Koreans": the state's side
            ):
                ref = ActorRef(id=f"{entry.iso3}:CVL", name=token.text, country=entry.iso3, role="CVL")
                return self._make(ref, "group", token, plural=True, generic=True)
            if entry.place and not entry.metonym or self.places and _region_of(token):
                # "shelled Kharkiv", "shelled south Lebanon": the people of the place
                ref = ActorRef(id=f"{entry.iso3}:CVL", name=text, country=entry.iso3, role="CVL")
                return self._make(ref, "group", token, plural=True, generic=True)
            role = "GOV" if entry.metonym else None
            ref = ActorRef(
                id=entry.iso3 if not role else f"{entry.iso3}:GOV",
                name=entry.name if not entry.metonym else text,
                country=entry.iso3,
                role=role,
            )
            return self._make(ref, "state", token, generic=True)
        return None

    def _name_candidates(self, token: Token) -> list[str]:
        names = []
        if token.ent_iob_ != "O":
            ent = self._ents.get(token.i)
            if ent is not None:
                text = ent.text
                names.append(text[4:] if text.lower().startswith("the ") else text)
        compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if compounds:
            names.append(" ".join(t.text for t in [*compounds, token]))
        names.append(token.text)
        if token.text.endswith("-backed") or "-" in token.text:
            names.append(token.text.split("-")[0])
        return names

    def _entity_actor(self, token: Token) -> Participant | None:
        if token.ent_type_ not in ("PERSON", "ORG", "NORP"):
            return None  # an unknown place is not an actor
        ent = self._ents.get(token.i)
        name = ent.text if ent is not None else token.text
        place = self.lex.state(token.text)
        if place is not None and place.place:
            return None  # "the Khost and Paktika provinces", tagged as a group: a place the knowledge holds
        if token.ent_type_ == "PERSON":
            key = slug(token.text)
            country = self.person_country.get(key)
            nationality = self._modifier_actor(token)
            if nationality is not None and nationality.ref.country:
                country = nationality.ref.country
                self.person_country[key] = country
            ref = ActorRef(id=f"person:{slug(name)}", name=name, country=country, role=None)
            return self._make(ref, "person", token, generic=True)
        ref = ActorRef(id=f"org:{slug(name)}", name=name, country=None, role=None)
        return self._make(ref, "organisation", token, plural=token.tag_ in ("NNPS", "NNS"), generic=True)

    def generic(self, token: Token) -> Participant:
        """A participant for a phrase that names no known actor (a bomb, a court): named by its words only."""
        ref = ActorRef(id=f"generic:{slug(token.lemma_)}", name=self._phrase_text(token))
        return self._make(ref, "group", token, generic=True)

    # -- pronouns and definite descriptions -----------------------------------------------------------
    def pair_reference(self, token: Token, exclude: list[Participant]) -> list[Participant]:
        """``the two countries``, ``both sides``: the two states named most often before the phrase; "them" after
        such a phrase in the same sentence ("spoke with both leaders and urged them to ...")."""
        if token.lower_ in ("they", "them") and token.pos_ == "PRON":
            pairs = [t for t in token.sent if t.i < token.i and t.lemma_.lower() in PAIR_NOUNS and t.tag_ == "NNS"]
            pairs = [t for t in pairs if any(c.lower_ in ("two", "both") for c in t.children)]
            return self.pair_reference(pairs[-1], exclude) if pairs else []
        if token.lemma_.lower() not in PAIR_NOUNS or token.tag_ != "NNS":
            return []
        dispute = token.lemma_.lower() in DISPUTE_PARTIES and [c.lower_ for c in token.children] == ["the"]
        if not dispute and not any(c.lower_ in ("two", "both") for c in token.children):
            return []  # ("urged the parties to find a peaceful solution": the two sides of the dispute)
        excluded = {p.ref.country for p in exclude} | self._reporters(token)
        position = (self.paragraph, token.idx)
        seen: dict[str, list] = {}  # country: [mentions, latest position, latest mention]
        for pos, cand in self.history:
            country = cand.ref.country
            if pos >= position or not country or country in excluded or self.names_place(cand):
                continue  # (a venue, "in New Delhi", is no side)
            entry = seen.setdefault(country, [0, pos, cand])
            entry[0], entry[1], entry[2] = entry[0] + 1, pos, cand
        # the two states the story is most about so far ("Brazil urged both countries" after a paragraph on the
        # United States: Venezuela and Guyana), the latest first among equals
        ranked = sorted(seen.values(), key=lambda e: (e[0], e[1]), reverse=True)[:2]
        if len(ranked) < 2:
            return []
        return [c if c.kind == "state" else self.state_of(c, token) for _, _, c in ranked]

    def names_place(self, part: Participant) -> bool:
        """Whether a state participant was named by one of its places (a city, a region), not by its name."""
        entry = self.lex.state(part.words) if part.kind == "state" else None
        return entry is not None and entry.place

    def _reporters(self, token: Token) -> set[str]:
        """The states of whoever reports the clause ``token`` is in ("Turkey's foreign minister said the two sides
        agreed": Turkey is not one of the two sides)."""
        states: set[str] = set()
        for ancestor in token.ancestors:
            if ancestor.pos_ != "VERB" or self.lex.effect(ancestor.lemma_.lower(), "V") != "speech":
                continue
            for subject in (c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")):
                found = self.phrase_actor(subject, pronouns=False) or self._modifier_actor(subject)
                if found is not None and found.ref.country:
                    states.add(found.ref.country)
        return states

    def state_of(self, cand: Participant, token: Token) -> Participant:
        """The state an actor stands for ("both governments" after its minister was named), named by ``token``."""
        country = cand.ref.country or ""
        ref = ActorRef(id=country, name=self.lex.state_name(country), country=country, role="GOV")
        return Participant(ref, "state", True, False, *phrase_bounds(token), token.text, inferred=True)

    def pronoun(self, token: Token) -> Participant | None:
        lower = token.lower_
        position = (self.paragraph, token.idx)
        if lower in FIRST_PERSON:
            speaker = self.speaker_at(token.idx)
            if speaker is None:
                return None
            if lower in ("i", "me", "my") or not speaker.ref.country:
                return speaker
            ref = ActorRef(
                id=speaker.ref.country,
                name=self.lex.state_name(speaker.ref.country),
                country=speaker.ref.country,
                role=speaker.ref.role or "GOV",
            )
            return Participant(ref, "state", True, True, *phrase_bounds(token), token.text)
        if lower == "whose":  # "Turkey's president, whose government ...": the relative clause's noun
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            return self.phrase_actor(clause.head, pronouns=False) if clause is not None else None
        if lower in PERSON_PRONOUNS:
            wanted = ("person",)
        elif lower in THING_PRONOUNS:
            wanted = ("state", "organisation", "group")
        elif lower in PLURAL_PRONOUNS:
            wanted = ("group", "state", "organisation", "person")
        else:
            return None

        def fits(cand: Participant) -> bool:
            if cand.kind not in wanted:
                return False
            if lower in PERSON_PRONOUNS and cand.plural:
                return False
            if lower in THING_PRONOUNS and cand.plural and (cand.kind == "group" or _common_plural(cand.words)):
                return False  # "its" is not "Pakistani troops" (but is "the United Nations")
            if lower in PLURAL_PRONOUNS and cand.kind in ("group", "person") and not cand.plural:
                return False
            return True

        doers = self._doers_harming(token)
        mates = _clause_mates(token)
        mentioned_in_clause = {id(c) for pos, c in self.history if pos[0] == self.paragraph and c.start in mates}
        if _within_quotation_marks(token):  # "X, in a message on Twitter, said: 'They are torturing him'"
            mentioned_in_clause |= {
                id(c) for pos, c in self.history if self.sentence_start <= pos and not self.in_quote(pos[1])
            }

        def fits_victim(cand: Participant) -> bool:
            return fits(cand) and not any(start <= cand.start < end for start, end in doers)

        def fits_outside(cand: Participant) -> bool:  # "In a call with Van Rompuy, he urged ...": not Van Rompuy
            return (fits_victim if doers else fits)(cand) and id(cand) not in mentioned_in_clause

        reporter = self._reporter(token)
        main = self._main_subject(token) if reporter is None else None
        if reporter is not None:
            best = self.phrase_actor(reporter, pronouns=False)
            best = best if best is not None and fits(best) else None
        elif main is not None and fits(main):
            best = main  # "rebels killed 16 marines when they fired rockets at a base": the rebels fired
        else:
            best = self._antecedent(position, fits_outside)
        if best is None:
            return None
        start, end = phrase_bounds(token)
        return Participant(best.ref, best.kind, best.plural, best.generic, start, end, token.text)

    def _main_subject(self, token: Token) -> Participant | None:
        """The subject of the clause that a "when", "as" or "after" clause with the pronoun ``token`` as subject
        hangs on: the doer of the main clause goes on doing ("rebels killed 16 marines when they fired ...")."""
        clause = token.head
        if token.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while") for c in clause.children):
            return None
        governor = clause.head
        while governor.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in governor.children):
            governor = governor.head  # "killed 16 marines and wounded 25 more when they fired"
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        return self.phrase_actor(subject, pronouns=False) if subject is not None and subject.pos_ != "PRON" else None

    def _doers_harming(self, token: Token) -> list[tuple[int, int]]:
        """``militants ambushed their convoy``: whose convoy is not the militants' own; the spans of the subjects
        of a violent verb whose object the possessive pronoun ``token`` qualifies."""
        verb = token.head.head if token.dep_ == "poss" and token.head.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB":
            return []
        if not any(p.cameo[:2] in HARM_ROOTS for p in self.lex.patterns_for(verb.lemma_.lower(), "V")):
            return []
        return [phrase_bounds(c) for c in verb.children if c.dep_ == "nsubj"]

    def _reporter(self, token: Token) -> Token | None:
        """``The military said it is sending more forces``: a pronoun subject of a reported clause stands for the
        noun that reports it, when the two agree in number (whether or not that noun names a known actor)."""
        clause_subject = token
        if token.dep_ == "poss":  # "said its army launched ...", "said its army, navy and rocket forces launched"
            clause_subject = token.head
            while clause_subject.dep_ in ("nmod", "compound", "conj") and clause_subject.head.i != clause_subject.i:
                clause_subject = clause_subject.head
        if clause_subject.dep_ not in ("nsubj", "nsubjpass") or clause_subject.head.dep_ != "ccomp":
            return None
        speech = clause_subject.head.head
        if self.lex.effect(speech.lemma_.lower(), "V") != "speech":
            return None
        subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if token.lower_ in PLURAL_PRONOUNS:
            return subject if plural else None
        if token.lower_ in THING_PRONOUNS:
            return subject if not plural and subject.ent_type_ != "PERSON" else None
        return subject if not plural and subject.ent_type_ == "PERSON" else None

    def _antecedent(self, position: tuple[int, int], fits) -> Participant | None:
        """The most recent fitting mention before ``position``, preferring a clause subject of the same or the
        previous paragraph over a more recent non-subject."""
        recent: Participant | None = None
        for pos, cand in reversed(self.history):
            if pos >= position or not fits(cand):
                continue
            if pos >= self.sentence_start:
                return cand  # within the sentence: the nearest fitting mention
            if recent is None:
                recent = cand
            if cand.subject:
                return cand if pos[0] >= position[0] - 1 else recent
        return recent

    @staticmethod
    def _names_a_group(token: Token) -> bool:
        """"the group", "the Islamist group", "the militant movement" (but not "a group of", "the G7 group")."""
        return (
            any(c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("compound", "poss") for c in token.children)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        )

    def _armed_group_before(self, token: Token) -> Actor | None:
        """The one armed group with a state that the sentence names before ``token``."""
        groups = {
            actor.id: actor
            for t in token.sent
            if t.i < token.i and (actor := self._stage_actor(t)) is not None
            if actor.kind == "organisation" and actor.role == "REB" and actor.country
        }
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _recent_group(self, token: Token) -> Participant | None:
        position = (self.paragraph, token.idx)
        found = self._antecedent(
            position,
            lambda c: c.kind in ("organisation", "group")
            and c.ref.role in GROUP_ROLES
            and c.ref.id.startswith("org:"),  # named, not "protesters" or "rebels"
        )
        if found is None:
            return None
        at = max(pos for pos, cand in self.history if cand is found)
        return found if at[0] >= self.paragraph - 2 else None

    def _recent_state(self, token: Token) -> Participant | None:
        position = (self.paragraph, token.idx)
        return self._antecedent(position, lambda c: bool(c.ref.country) and c.kind in ("state", "person"))

    def _named_before(self, token: Token, lemma: str) -> Participant | None:
        """``the ministry`` after "the foreign ministry in Algiers said": the same body named lately with its state."""
        position = (self.paragraph, token.idx)
        for pos, cand in reversed(self.history):
            if pos >= position or pos[0] < self.paragraph - 2:
                continue
            if cand.ref.country and lemma in cand.words.lower().split():
                return cand
        return None

    def _governed_state(self, token: Token) -> Participant | None:
        """``the government``, ``the ministry``, ``the authorities``: the state of the latest clause subject that
        has one (this or the previous paragraph), else the article's home state."""
        position = (self.paragraph, token.idx)
        for pos, cand in reversed(self.history):
            if pos >= position or pos[0] < self.paragraph - 1:
                continue
            if cand.subject and cand.ref.country and cand.kind in ("state", "person") and not cand.plural:
                return cand
        return self._home_state()

    def _home_state(self) -> Participant | None:
        if self.home is None:
            return None
        ref = ActorRef(id=self.home, name=self.lex.state_name(self.home), country=self.home, role="GOV")
        return Participant(ref, "state", generic=True)

    def _owner(self, token: Token, possessive_only: bool = False) -> Participant | None:
        """``Khan's supporters``, ``members of al-Shabab``: the people of the actor they belong to, in its country and
        sector."""
        owners = [c for c in token.children if c.dep_ == "poss"]
        preps = [] if possessive_only else [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        if token.dep_ == "conj" and not possessive_only:
            # "police and supporters of X": the "of" hung on the first conjunct
            preps += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > token.i]
        for prep in preps:
            owners.extend(p for p in prep.children if p.dep_ == "pobj")
        for owner in owners:
            found = self.pronoun(owner) if owner.pos_ == "PRON" else self.phrase_actor(owner, pronouns=False)
            if found is None and owner.pos_ == "NOUN" and owner.lemma_.lower() in ENTOURAGE_NOUNS:
                found = self._owner(owner, possessive_only=True)  # "members of his team": his
            if found is None or not found.ref.country or not found.ref.role:
                continue
            ref = ActorRef(
                id=f"{found.ref.country}:{found.ref.role}",
                name=self._phrase_text(token),
                country=found.ref.country,
                role=found.ref.role,
            )
            return self._make(ref, "group", token, plural=True, generic=True)
        return None

    def _international_court_before(self, token: Token) -> Participant | None:
        """The international court or tribunal the article named last before ``token``."""
        position = (self.paragraph, token.idx)
        for pos, cand in reversed(self.history):
            if pos < position and cand.ref.role == "IGO" and COURT_NOUNS & set(cand.ref.name.lower().split()):
                return self._make(cand.ref, cand.kind, token)
        return None

    def _names_a_treaty(self, token: Token) -> bool:
        """A city (a seat or a place, not a state's own name) in the name of a treaty or a law."""
        if token.dep_ not in ("compound", "nmod") or token.head.lemma_.lower() not in TREATY_NOUNS:
            return False
        entry = self.lex.state(token.text)
        return entry is not None and (entry.place or entry.metonym)

    def _armed_modifier(self, token: Token) -> bool:
        """A modifier naming an armed group's people: "rebel" in "rebel positions", "militant" in "militant hideouts"."""
        return any(
            c.dep_ in ("amod", "compound") and self.lex.actor_nouns.get(c.lemma_.lower(), ("", ""))[0] == "REB"
            for c in token.children
        )

    def _named_beside(self, token: Token) -> Participant | None:
        """The actor a name right after a word that names none stands for: "Prime Minister Modi" (a title parsed as
        the head of a name), "the West African bloc ECOWAS", "the paramilitary Rapid Support Forces (RSF)"."""
        named = next(
            (
                c
                for c in token.children
                if c.dep_ in ("appos", "acl") and (c.pos_ == "PROPN" or c.text.isupper()) and c.i == token.i + 1
            ),  # (an acronym may be tagged as a verb: "the bloc ECOWAS")
            None,
        )
        if named is not None:
            held = self._stage_actor(named)
            if held is not None and (held.kind == "person" or token.pos_ == "NOUN"):
                return self._participant(held, named)
            known = self._lexicon_actor(named) if token.pos_ == "NOUN" else None
            if known is not None and known.kind == "organisation":
                return known
        if token.pos_ not in ("NOUN", "ADJ"):
            return None
        for appos in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            held = self._stage_actor(appos)
            if held is not None and held.kind == "organisation":
                return self._participant(held, appos)
        return None

    def _organ_owner(self, token: Token) -> Participant | None:
        """``the IAEA's Board of Governors``, ``the board of the UN nuclear watchdog``: an organ of an international
        body acts for the body."""
        if token.lemma_.lower() not in ORGANS:
            return None
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for owner in owners:
            found = self.phrase_actor(owner, pronouns=False)
            if found is not None and found.kind == "organisation" and found.ref.role == "IGO":
                return found
        return None

    def _body_from(self, token: Token, preps: tuple[str, ...] = ("from",)) -> Participant | None:
        """``troops from the Afghan border police``, ``officials from Qatar``: the state or body named after "from"
        (or another of ``preps``) right after the noun."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps and c.i == token.i + 1):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found = self.phrase_actor(pobj, pronouns=False)
                if found is None or prep.lower_ != "from" and found.kind == "person":
                    continue  # (not "critics of Hasina": she is what they criticise)
                if found.ref.country or found.ref.role in ("OPP", "REB"):
                    return found  # ("six officials from an opposition party": of the opposition, wherever it is)
        return None

    def _based_in(self, token: Token) -> Participant | None:
        """``Pakistan-based militants``: the state they are based in."""
        for based in (c for c in token.children if c.dep_ == "amod" and c.lower_ == "based"):
            for place in (c for c in based.children if c.dep_ in ("npadvmod", "compound", "nmod")):
                part = self._lexicon_actor(place)
                if part is not None and part.kind == "state":
                    return part
        return None

    def _of_state(self, token: Token) -> Participant | None:
        """``the people of Israel``, ``citizens of Ukraine``: the state named after "of"."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found = self._lexicon_actor(pobj)
                if found is not None and found.kind == "state":
                    return found
        return None

    def _seat_of(self, token: Token, governing: bool = False, towns: bool = False) -> Participant | None:
        """The state named in the phrase's "in"/"of" ("the government in Kyiv"); with ``towns`` also the state of a
        town or region named there ("a military base in Goma")."""
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
        if (governing or towns) and token.dep_ in ("dobj", "nsubjpass"):  # "recognise the government in Myanmar"
            preps += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == token.i + 1]
        places, self.places = self.places, towns  # (the state itself, even while targets of violence are sought)
        try:
            for prep in preps:
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    named = [pobj, *(c for c in pobj.children if c.dep_ == "appos")] if towns else [pobj]
                    found = next(filter(None, map(self._lexicon_actor, named)), None)  # ("in Gao, Mali")
                    if found is not None and (found.kind == "state" or towns and found.ref.country):
                        return found
        finally:
            self.places = places
        return None

    @staticmethod
    def _is_definite(token: Token) -> bool:
        return any(c.lower_ == "the" for c in token.children) and not any(
            c.dep_ in ("amod", "compound") for c in token.children
        )

    def _phrase_text(self, token: Token) -> str:
        text = phrase_span(token)[2]
        return text[4:] if text.lower().startswith("the ") else text

    # -- quotes ---------------------------------------------------------------------------------------
    def speaker_at(self, char: int) -> Participant | None:
        for start, end, speaker in self.quote_regions:
            if start <= char < end:
                return speaker
        return None

    def in_quote(self, char: int) -> bool:
        return any(start <= char < end for start, end, _ in self.quote_regions)

    def _quote_regions(self, paragraph: int, doc) -> list[tuple[int, int, Participant | None]]:
        """Quotations of the paragraph with their speakers: the quote stage's (``parsed.quotes``, whose speakers
        carry country and role), else — only when that stage did not run — quote marks; a quotation without a
        known speaker gets the subject of the paragraph's reporting verb outside the quotes."""
        quotes: list[Quote] = [q for q in self.parsed.quotes if q.paragraph == paragraph]
        spans: list[tuple[int, int, Participant | None]] = []
        for quote in quotes:
            speaker = None
            if quote.speaker is not None:
                actor = self.parsed.actor_by_id(quote.speaker.id)
                kind = actor.kind if actor else "person"
                speaker = Participant(quote.speaker, "state" if kind == "state" else kind, generic=False)
            spans.append((quote.start, quote.end, speaker))
        if not spans and not self.parsed.quotes and doc is not None:  # the quote stage did not run
            spans = [
                (m.start(), m.end(), None)
                for m in re.finditer(r"[“\"][^”\"]{3,}[”\"]", self._text(paragraph, doc))
            ]
        if not spans or all(speaker is not None for _, _, speaker in spans) or doc is None:
            return spans
        fallback = self._reporting_subject(doc, spans)
        return [(start, end, speaker or fallback) for start, end, speaker in spans]

    def _text(self, paragraph: int, doc) -> str:
        paragraphs = self.parsed.article.paragraphs
        return paragraphs[paragraph] if paragraph < len(paragraphs) else doc.text

    def _reporting_subject(self, doc, spans) -> Participant | None:
        for token in doc:
            if any(s <= token.idx < e for s, e, _ in spans):
                continue
            if token.pos_ == "VERB" and self.lex.effect(token.lemma_, "V") == "speech":
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None:
                    speaker = self.phrase_actor(subject)
                    if speaker is not None:
                        return speaker
        return next((c for _, c in reversed(self.history) if c.kind == "person"), None)


#: Words that make a state's name a region of it ("south Lebanon", "northern Gaza").
REGION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
}


def _possessive_pronoun(token: Token) -> bool:
    return token.dep_ == "poss" and (token.pos_ == "PRON" or token.tag_ == "WP$")


def _common_plural(words: str) -> bool:
    """``Pakistani troops``: a phrase ending in a plural common noun (not a plural name, "the United Nations")."""
    last = words.split()[-1] if words.split() else ""
    return last.islower() and last.endswith("s")


def _region_of(token: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in REGION_WORDS for c in token.children)


def _destination(token: Token) -> bool:
    """``aid to Gaza``, ``a visit to Crimea``: a place as the object of a preposition of direction."""
    return token.dep_ == "pobj" and token.head.lower_ in ("to", "into", "against", "toward", "towards")


def phrase_bounds(token: Token) -> tuple[int, int]:
    """Character offsets of the noun phrase headed by ``token`` without its clauses, appositions and conjuncts."""
    return phrase_span(token)[:2]


def phrase_span(token: Token) -> tuple[int, int, str]:
    """Offsets and text of the noun phrase headed by ``token``."""
    cut = {"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis"}
    left, right = token.i, token.i
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in cut:
                continue
            left, right = min(left, child.i), max(right, child.i)
            stack.append(child)
    doc = token.doc
    span = doc[left : right + 1]
    return span.start_char, span.end_char, span.text


def _body_title_role(token: Token) -> str | None:
    """The sector of a body named by the compound before ``token`` in the actor knowledge's titles ("defence
    ministry": MIL), so that events and quote speakers give one description one sector."""
    titles = load_knowledge().titles
    for child in (c for c in token.children if c.dep_ == "compound"):
        title = titles.get(" ".join(t.lower_ for t in child.subtree))
        if title is not None and title.kind == "body" and title.role:
            return title.role
    return None


def _clause_mates(pronoun: Token) -> set[int]:
    """Where the words of a subject pronoun's own clause begin (character offsets), outside any clause with a
    subject of its own: a name there is never the pronoun ("In a call with Van Rompuy, he urged the EU")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = pronoun.head
    mates = set()
    for word in verb.subtree:
        if word.i >= pronoun.i:
            continue
        # (not inside a clause with a subject of its own: "When Putin arrived, he said": Putin may be he)
        clause = [word, *(a for a in word.ancestors if a.i != verb.i and verb in a.ancestors)]
        if not any(c.dep_ in ("nsubj", "nsubjpass") for t in clause for c in t.children):
            mates.add(word.idx)
    return mates


def _within_quotation_marks(token: Token) -> bool:
    """Whether ``token`` stands between quotation marks opened earlier in its sentence."""
    before = token.doc[token.sent.start : token.i]
    straight = sum(t.text == '"' for t in before)
    opened = sum(t.text in ("“", "«") for t in before) - sum(t.text in ("”", "»") for t in before)
    return straight % 2 == 1 or opened > 0
