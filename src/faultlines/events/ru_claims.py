"""Claims the reporter doubts: "опроверг заявление США о якобы отказе России …", "заявление Зеленского о том, что
Россия якобы поставляет …". The owner of a claim noun (``data/ru/claim_nouns.txt``), named right after it in the
genitive (a title and its state may stand between), says of the state named in the content marked by «якобы» or
«будто» that it did something: an accusation (112)."""

from __future__ import annotations

from functools import lru_cache

from faultlines.model import ActorRef

DOUBT_WORDS = frozenset({"якобы", "будто"})
#: How far after the claim noun its owner may be named ("заявление президента Украины Владимира Зеленского").
OWNER_REACH = 5
#: How far after the owner «о» may open the content ("заявление Зеленского в интервью CNN о том, что …").
CONTENT_REACH = 4
#: How far after «якобы» the accused state may be named ("о якобы отказе России").
ACCUSED_REACH = 3


@lru_cache(maxsize=1)
def _claim_nouns() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("claim_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def doubted_claims(ps, actor_mention) -> list[tuple[ActorRef, ActorRef]]:
    """(the claim's owner, the state it accuses) for each claim noun of the sentence whose content «якобы» marks."""
    tokens = ps.sentence.tokens
    mentions = sorted((m for m in ps.mentions if actor_mention(m)), key=lambda m: m.first)
    out: list[tuple[ActorRef, ActorRef]] = []
    for k, token in enumerate(tokens):
        if token.lemma not in _claim_nouns() or token.pos != "NOUN":
            continue
        owner = next((m for m in mentions if k < m.first <= k + OWNER_REACH and m.case in ("gent", None)), None)
        if owner is None:
            continue
        owners = [m for m in mentions if owner.first <= m.first <= owner.last + OWNER_REACH and m.case in ("gent", None)
                  and m.actor.country == owner.actor.country]
        after_owner = max(m.last for m in owners)
        about = next((j for j in range(after_owner + 1, min(len(tokens), after_owner + 1 + CONTENT_REACH))
                      if tokens[j].lower in ("о", "об")), None)
        if about is None or any(tokens[j].text in (",", ";") or tokens[j].pos == "VERB" for j in range(after_owner + 1, about)):
            continue  # the content opens after the owner ("о том, что …", "в интервью CNN о том, что …")
        doubt = next((j for j in range(about, min(len(tokens), about + 12))
                      if tokens[j].lower in DOUBT_WORDS), None)
        if doubt is None:
            continue
        accused = next((m for m in mentions if after_owner < m.first <= doubt + ACCUSED_REACH and m.first != doubt
                        and m.actor.country and m.actor.country != owner.actor.country
                        and m.case in ("nomn", "gent", None)), None)
        if accused is not None and owner.actor.country:
            out.append((owner.actor.ref(), accused.actor.ref()))
    return out
