"""The two sides of an act done together, named by adjectives of their states: a compound adjective
("перестрелка на узбекско-таджикской границе", "армяно-азербайджанские переговоры") or two adjectives joined by
«и» after «между» ("столкновения между армянскими и азербайджанскими военными")."""

from __future__ import annotations

from faultlines.model import ActorRef

#: Nouns after which a compound adjective names the two sides of what happens there or between them.
PAIRED_NOUNS = {"граница", "госграница", "участок", "конфликт", "столкновение", "перестрелка", "переговоры", "встреча", "консультация"}


def _adjective_state(form: str) -> str | None:
    """The state whose adjective (a lemma) this is, if the knowledge has one."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE, russian_knowledge

    entry = next((e for e in russian_knowledge().entries.get(form, ()) if e.kind == ADJECTIVE and len(e.words) == 1), None)
    return entry.key if entry is not None else None


def compound_states(lemma: str) -> list[str]:
    """ISO3 of the two states of a compound adjective ("узбекско-таджикский" → UZB, TJK; "американо-израильский"
    → USA, ISR); [] when it is none."""
    parts = lemma.split("-")
    if len(parts) != 2 or not parts[0].endswith("о"):
        return []
    head = parts[0]
    first = next((code for form in (head[:-1] + "ий", head[:-1] + "ский") if (code := _adjective_state(form))), None)
    second = _adjective_state(parts[1])
    return [first, second] if first and second and first != second else []


def paired_sides(ps, c_start: int, c_end: int, state_ref) -> list[ActorRef]:
    """The two states named by a compound adjective right before a noun of a border, conflict or talks, or by two
    adjectives joined by «и» right after «между», in the clause; [] when none."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    for k in range(c_start, c_end):
        if tokens[k + 1].lemma in PAIRED_NOUNS and (codes := compound_states(tokens[k].lemma)):
            return [state_ref(code) for code in codes]
        if tokens[k].lower != "между":
            continue
        adjectives = {m.first: m for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE}
        first = adjectives.get(k + 1)
        second = adjectives.get(first.last + 2) if first is not None else None
        if second is not None and tokens[first.last + 1].lower == "и" and first.entry.key != second.entry.key:
            return [state_ref(first.entry.key), state_ref(second.entry.key)]
    return []
