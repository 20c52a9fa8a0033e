"""Russian personal names: their case forms, their nominative, their gender, and their Latin spelling for ids."""

from __future__ import annotations

from functools import lru_cache

from faultlines.nlp.ru.data import data_rows

#: Endings of a masculine surname that are its nominative already.
NOMINATIVE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")


@lru_cache(maxsize=1)
def _endings() -> list[tuple[str, str, tuple[str, ...]]]:
    rows = [(nom, gender, tuple(forms.split("|"))) for nom, gender, forms in data_rows("name_endings.tsv", 3)]
    return sorted(rows, key=lambda r: -len(r[0]))


def case_forms(word: str) -> set[str]:
    """The lower-case forms of a name word in every case: ``"Токаев"`` → токаев, токаева, токаеву, токаевым ..."""
    lower = word.lower().replace("ё", "е")
    forms = {lower}
    for nominative, _, others in _endings():
        if nominative and not lower.endswith(nominative):
            continue
        if not nominative and (not lower[-1:].isalpha() or lower[-1] in "аеёиоуыэюяь"):
            continue
        stem = lower[: len(lower) - len(nominative)] if nominative else lower
        forms.update(stem + ending for ending in others)
        break
    return forms


def nominative(word: str) -> str:
    """A name word brought back to its nominative where pymorphy3 knows it as a name or surname, else as written."""
    from faultlines.nlp.ru.models import get_morph

    if word[:1].isupper() and word.lower().endswith(NOMINATIVE_SURNAME_ENDINGS):
        return word  # "Джабаров", not the genitive plural of a first name "Джабар"
    parses = [p for p in get_morph().parse(word) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
    if not parses or any("nomn" in p.tag and "sing" in p.tag for p in parses):
        return word
    inflected = parses[0].inflect({"nomn", "sing"})
    if inflected is None:
        return word
    text = inflected.word.replace("ё", "е")
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def full_nominative(words: list[str]) -> list[str]:
    """A full name brought back to its nominative as a whole, in the case and gender its first name and surname
    most likely share ("Ивана Петрова" → Иван Петров, "Анне Смирновой" → Анна Смирнова); word by word when
    pymorphy3 knows no such reading of both."""
    from faultlines.nlp.ru.models import get_morph

    if len(words) < 2:
        return [nominative(w) for w in words]
    morph = get_morph()
    firsts = [p for p in morph.parse(words[0]) if {"Name", "sing"} <= set(p.tag.grammemes)]
    lasts = [p for p in morph.parse(words[-1]) if {"Surn", "sing"} <= set(p.tag.grammemes)]
    pairs = [
        # an indeclinable reading of a first name ("Анне" as a foreign name) is the less likely one
        (a.score * b.score * (0.5 if "Fixd" in a.tag else 1.0), a, b)
        for a in firsts
        for b in lasts
        if a.tag.case == b.tag.case and (a.tag.gender == b.tag.gender or "ms-f" in a.tag or "ms-f" in b.tag)
    ]
    if not pairs:
        out = [nominative(w) for w in words]
        best = firsts[0] if firsts else None
        if best is not None and best.tag.case != "nomn":
            out[0] = _inflected(words[0], best)  # the first name's likeliest reading ("Дмитрия" → Дмитрий)
            if not lasts and best.tag.gender == "masc":
                out[-1] = _mens_surname(words[-1], best.tag.case)  # "Джоном Миршаймером" → Миршаймер
        elif best is None and lasts and lasts[0].tag.case != "nomn" and lasts[0].tag.gender == "masc":
            out[0] = _mens_surname(words[0], lasts[0].tag.case)  # "Арарата Мирзояна" → Арарат
        return out
    _, first, last = max(pairs, key=lambda pair: pair[0])
    if first.tag.case == "nomn":
        return list(words)
    return [_inflected(words[0], first), *(nominative(w) for w in words[1:-1]), _inflected(words[-1], last)]


@lru_cache(maxsize=1)
def _surname_endings() -> dict[str, list[tuple[str, str]]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for case, ending, nominative_ending in data_rows("surname_case_endings.tsv", 3):
        table.setdefault(case, []).append((ending, nominative_ending))
    return table


def _mens_surname(word: str, case: str) -> str:
    """A man's surname pymorphy3 does not know, brought back from ``case`` to its nominative."""
    for ending, nominative_ending in _surname_endings().get(case, ()):
        stem = word[: -len(ending)]
        if not word.lower().endswith(ending) or len(stem) < 3:
            continue
        if nominative_ending or stem[-1].lower() not in "аеёиоуыэюяьй":
            return stem + nominative_ending
    return word


def _inflected(word: str, parse) -> str:
    if "Fixd" in parse.tag:
        return word
    inflected = parse.inflect({"nomn"})
    if inflected is None:
        return word
    text = inflected.word.replace("ё", "е")
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def gender_of(name: str) -> str | None:
    """``m`` or ``f`` from the endings of a nominative full name (surname, then first name); None when unsure."""
    words = name.split()
    for word in reversed(words):
        lower = word.lower()
        if lower.endswith(("ова", "ева", "ина", "ская", "ёва")):
            return "f"
        if lower.endswith(("ов", "ев", "ин", "ын", "ский", "ёв")):
            return "m"
    if words and words[0].lower().endswith(("а", "я")) and not words[0].lower().endswith(("ья", "ша")):
        return "f"
    return "m" if words else None


@lru_cache(maxsize=1)
def _translit() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    tables: dict[str, dict[str, str]] = {"any": {}, "start": {}, "end": {}}
    for cyr, lat, where in data_rows("translit.tsv", 3):
        tables[where or "any"][cyr] = lat
    return tables["any"], tables["start"], tables["end"]


def transliterate(text: str) -> str:
    """Latin spelling of a Cyrillic name as English news writes it: ``"Айбек Смадияров"`` → ``"Aibek Smadiyarov"``."""
    anywhere, start, end = _translit()
    out: list[str] = []
    lower = text.lower()
    i = 0
    while i < len(lower):
        char = lower[i]
        at_start = i == 0 or not lower[i - 1].isalpha() or lower[i - 1] in "аеёиоуыэюяьъ"
        at_end = i + 2 >= len(lower) or not lower[i + 2].isalpha()
        pair = lower[i : i + 2]
        if at_end and pair in end:
            latin, step = end[pair], 2
        elif at_start and char in start:
            latin, step = start[char], 1
        else:
            latin, step = anywhere.get(char, char), 1
        if text[i].isupper() and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        i += step
    return "".join(out)
