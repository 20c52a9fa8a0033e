"""A faster stand-in for the model's ``attribute_ruler`` (the tag → POS/morphology rules), with the same output.

spaCy's ``AttributeRuler`` runs a ``Matcher`` with all its ~180 token patterns over every token, which costs about a
sixth of the small English pipeline. Nearly all of the patterns are one token long and test the tag or the lower-case
form, so they can be looked up in dictionaries instead; the few others are checked directly. Which rules match a
token depends only on its lower form, tag, dependency label and spaceness, so the answer is cached under that key.
Rules are applied in the ruler's own order (later rules win), exactly as ``AttributeRuler.set_annotations`` does, so
the attributes are the same as the original component's (``tests/test_actors_engine*.py`` compare them).

A few rules test the dependency label: run the ruler after the parser where there is a parse (the engine does), as
the full pipeline does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Predicate = Callable[[object], bool]
#: Distinct (lower form, tag, dependency, space) keys remembered before the cache starts afresh.
CACHE_SIZE = 200_000


def _value_test(attr: str, spec) -> Predicate:
    get = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_}.get(attr)
    if attr == "IS_SPACE":
        return lambda t: t.is_space == spec
    if get is None:
        raise ValueError(f"unsupported attribute in attribute_ruler pattern: {attr}")
    if isinstance(spec, str):
        return lambda t: get(t) == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN":
            values = set(arg)
            return lambda t: get(t) in values
        if op == "NOT_IN":
            values = set(arg)
            return lambda t: get(t) not in values
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda t: pattern.search(get(t)) is not None
    raise ValueError(f"unsupported attribute_ruler pattern value: {attr}={spec!r}")


def _token_test(spec: dict) -> Predicate:
    tests = [_value_test(attr, value) for attr, value in spec.items()]
    return lambda t: all(test(t) for test in tests)


def _index_keys(spec: dict, strings) -> list[tuple[str, int]] | None:
    """Dictionary keys under which a token can match ``spec``: ("L", lower), ("T", tag), ("D", dep) or ("S", 1)."""
    for attr, kind in (("LOWER", "L"), ("TAG", "T"), ("DEP", "D")):
        value = spec.get(attr)
        if isinstance(value, str):
            return [(kind, strings.add(value))]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(kind, strings.add(v)) for v in value["IN"]]
    if spec.get("IS_SPACE") is True:
        return [("S", 1)]
    return None


class FastAttributeRuler:
    """Applies an ``AttributeRuler``'s patterns by dictionary lookup."""

    def __init__(self, ruler):
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self.attrs = ruler.attrs
        strings = ruler.vocab.strings
        self.index: dict[tuple[str, int], list[tuple[int, Predicate | None]]] = {}
        self.multi: dict[tuple[str, int], list[tuple[int, list[Predicate], int]]] = {}
        self.unindexed: list[tuple[int, Predicate]] = []
        for rule_id, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                keys = _index_keys(pattern[0], strings)
                if len(pattern) > 1:
                    first = pattern[0].get("LOWER")
                    if keys is None and isinstance(first, dict) and set(first) == {"REGEX"}:
                        keys = [("R", 0)]  # checked at every token, see _apply
                    if keys is None:
                        raise ValueError(f"attribute_ruler pattern the fast ruler cannot index: {pattern}")
                    entry = (rule_id, [_token_test(spec) for spec in pattern], rule["index"])
                    for key in keys:
                        self.multi.setdefault(key, []).append(entry)
                    continue
                spec = pattern[0]
                if keys is None:
                    self.unindexed.append((rule_id, _token_test(spec)))
                    continue
                sure = len(spec) == 1 and not isinstance(next(iter(spec.values())), dict)
                for key in keys:
                    self.index.setdefault(key, []).append((rule_id, None if sure else _token_test(spec)))
        self._cache: dict[tuple[int, int, int, int], tuple[tuple[int, ...], tuple]] = {}

    def __call__(self, doc):
        self._apply(doc)
        return doc

    def _apply(self, doc) -> None:
        """Apply every matching rule in rule order (a later rule overrides an earlier one)."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        if not len(doc):
            return
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        cache = self._cache
        hits: list[tuple[int, int]] = []
        n = len(doc)
        for i, row in enumerate(rows):
            found = cache.get(tuple(row))
            if found is None:
                found = cache[tuple(row)] = self._token_rules(doc[i], row)
            single, multi = found
            hits.extend((rule_id, i) for rule_id in single)
            for rule_id, tests, at in multi:
                width = len(tests)
                if i + width <= n and all(tests[k](doc[i + k]) for k in range(1, width)):
                    hits.append((rule_id, i + (at if at >= 0 else width + at)))
        for rule_id, i in sorted(set(hits)):
            self._set(doc[i], self.attrs[rule_id])

    def _token_rules(self, token, row) -> tuple[tuple[int, ...], tuple]:
        """The one-token rules that match a token, and the longer rules whose first token it matches.

        Both depend only on the token's lower form, tag, dependency label and spaceness (``row``), the only
        attributes the patterns test, so :meth:`_apply` caches them under that key.
        """
        lower, tag, dep, space = row
        keys = [("L", lower), ("T", tag)]
        if dep:
            keys.append(("D", dep))
        if space:
            keys.append(("S", 1))
        single: list[int] = []
        multi: list = []
        for key in keys:
            single.extend(rule_id for rule_id, test in self.index.get(key, ()) if test is None or test(token))
            multi.extend(self.multi.get(key, ()))
        multi.extend(self.multi.get(("R", 0), ()))
        single.extend(rule_id for rule_id, test in self.unindexed if test(token))
        starting = tuple(entry for entry in multi if entry[1][0](token))
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()
        return tuple(single), starting
