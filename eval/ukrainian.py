"""Ukrainian through the Russian models (a measurement, not a supported path): one fictional article we wrote, with
its actors, quotes and events, analysed as if it were Russian.

    python eval/ukrainian.py
"""

from __future__ import annotations

ARTICLE = [
    "Президент України Володимир Зеленський провів переговори з президентом Казахстану Касим-Жомартом Токаєвим.",
    "«Ми цінуємо підтримку Казахстану», — заявив Зеленський після зустрічі.",
    "Міністр закордонних справ України Андрій Сибіга засудив удари Росії по енергетиці.",
    "«Росія знову атакувала наші міста», — сказав Сибіга журналістам.",
    "Речник Кремля Дмитро Пєсков заявив, що Москва не змінить своєї позиції.",
]
GOLD_ACTORS = {"UKR", "KAZ", "RUS", "person:volodymyr-zelensky", "person:kassym-jomart-tokayev",
               "person:andrii-sybiha", "person:dmitry-peskov"}
GOLD_QUOTES = 3
GOLD_EVENTS = {("UKR", "KAZ", "04"), ("KAZ", "UKR", "04"), ("UKR", "RUS", "11")}


def main() -> int:
    from faultlines.model import Article
    from faultlines.nlp.ru import analyze_russian

    actors, quotes, events = analyze_russian(Article(paragraphs=ARTICLE, published="2026-06-01", language="uk"))
    ids = {a.id for a in actors}
    found = {(e.source.country, e.target.country, e.cameo[:2]) for e in events}
    print(f"actors: {len(ids & GOLD_ACTORS)}/{len(GOLD_ACTORS)} found, {len(ids - GOLD_ACTORS)} extra {sorted(ids - GOLD_ACTORS)}")
    print(f"quotes: {len(quotes)} found of {GOLD_QUOTES}; with a speaker: {sum(1 for q in quotes if q.speaker)}")
    print(f"events: {len(found & GOLD_EVENTS)}/{len(GOLD_EVENTS)} found, {len(found - GOLD_EVENTS)} extra")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
