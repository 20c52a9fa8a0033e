"""How far apart the words of a Russian pattern may stand: modifiers and the rest of a name cost nothing.

"нанесли два массированных и шесть групповых ударов", "встреча заместителя министра Ермухамбета Конуспаева с
послом": the words between a verb and its noun are often attributes (adjectives, participles, numerals) or the
second word of a person's name; counted as words, they push the noun past the gap, and the act is lost.
"""

from __future__ import annotations

#: Parts of speech of attributes that agree with the noun they stand before.
MODIFIER_POS = {"ADJF", "PRTF", "NUMR"}


def costs_nothing(tokens, k: int) -> bool:
    """Whether token ``k`` is an attribute, a number, or a capitalised word continuing a name begun before it."""
    token = tokens[k]
    if token.pos in MODIFIER_POS or token.text[:1].isdigit():
        return True
    return k > 0 and token.text[:1].isupper() and tokens[k - 1].text[:1].isupper() and token.text.isalpha()


def window(tokens, at: int, gap: int) -> range:
    """The positions after ``at`` where the next pattern word may stand: at most ``gap`` counted words between."""
    counted, k = 0, at + 1
    while k < len(tokens) and counted < gap:
        if not costs_nothing(tokens, k):
            counted += 1
        k += 1
    while k < len(tokens) and costs_nothing(tokens, k):
        k += 1
    return range(at + 1, min(len(tokens), k + 1))
