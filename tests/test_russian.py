"""Russian articles: actors with the English ids, quotes, events with modes, legacy encodings, other languages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from faultlines.model import Article, Input, Page
from faultlines.pipeline import analyze_article, analyze_page

FIXTURES = Path(__file__).parent / "fixtures" / "ru"


def russian(*paragraphs: str, published: str = "2026-06-01"):
    article = Article(paragraphs=list(paragraphs), published=published, language="ru")
    return analyze_article(article, Input(kind="text"))


def test_an_english_only_run_never_imports_the_russian_models():
    code = (
        "import sys\n"
        "from faultlines.pipeline import analyze_text\n"
        "doc = analyze_text('Russia criticised Kazakhstan on Monday, the foreign ministry said in Moscow.')\n"
        "assert doc.actors, 'the English pipeline ran'\n"
        "loaded = [m for m in ('slovnet', 'navec', 'pymorphy3', 'razdel', 'natasha', 'faultlines.nlp.ru') if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_tokayev_is_one_actor_in_russian_and_english():
    from faultlines.pipeline import analyze_text

    ru = russian("Президент Казахстана Касым-Жомарт Токаев встретился с Владимиром Путиным.", "Токаева поддержал Путин.")
    en = analyze_text("Kazakh President Kassym-Jomart Tokayev met Vladimir Putin.", published="2026-06-01")
    ru_ids, en_ids = {a.id for a in ru.actors}, {a.id for a in en.actors}
    assert "person:kassym-jomart-tokayev" in ru_ids & en_ids
    assert "person:vladimir-putin" in ru_ids & en_ids
    tokayev = next(a for a in ru.actors if a.id == "person:kassym-jomart-tokayev")
    assert (tokayev.country, tokayev.role, tokayev.mentions) == ("KAZ", "GOV", 2)


def test_states_in_every_case_and_ministries_as_sector_actors():
    doc = russian("МИД России осудил решение Литвы. Москва направила ноту Вильнюсу, а российский МИД вызвал посла Литвы.")
    ids = {a.id for a in doc.actors}
    assert {"RUS", "LTU", "org:rus-gov"} <= ids


def test_unknown_people_get_the_id_english_gives_their_latin_name():
    doc = russian("Официальный представитель МИД Казахстана Айбек Смадияров заявил, что граница открыта.")
    person = next(a for a in doc.actors if a.kind == "person")
    assert (person.id, person.country) == ("person:aibek-smadiyarov", "KAZ")
    assert doc.quotes[0].speaker.id == "person:aibek-smadiyarov"
    assert doc.quotes[0].kind == "indirect" and doc.quotes[0].text == "граница открыта"


def test_dash_attribution_pronouns_and_lapki():
    doc = russian(
        "Министр иностранных дел России Сергей Лавров прибыл в Астану.",
        "«Мы договорились о главном», — сказал он. „Каспий должен оставаться морем мира“, — добавил Лавров.",
        "Официальный представитель МИД РФ Мария Захарова выступила на брифинге. «Это провокация», — заявила она.",
    )
    said = {q.text: q.speaker.id if q.speaker else None for q in doc.quotes}
    assert said["Мы договорились о главном"] == "person:sergei-lavrov"
    assert said["Каспий должен оставаться морем мира"] == "person:sergei-lavrov"
    assert said["Это провокация"] == "person:maria-zakharova"


def test_events_with_codes_and_modes():
    doc = russian(
        "Министерство иностранных дел России вызвало посла Молдавии.",
        "Россия не ввела санкции против Казахстана.",
        "Азербайджан пригрозил Армении ответными мерами.",
        "Если Армения купит оружие, Азербайджан нанесет удар по Армении.",
    )
    events = {(e.source.country, e.target.country, e.cameo, e.mode) for e in doc.events}
    assert ("RUS", "MDA", "114", "asserted") in events
    assert ("RUS", "KAZ", "163", "negated") in events
    assert ("AZE", "ARM", "130", "asserted") in events
    assert ("AZE", "ARM", "190", "hypothetical") in events
    threat = next(e for e in doc.events if e.cameo == "130")
    assert threat.quad_class == 3 and threat.goldstein < 0 and threat.plover


def test_talks_are_coded_both_ways():
    doc = russian("Президент Узбекистана Шавкат Мирзиёев провел переговоры с президентом Казахстана.")
    pairs = {(e.source.country, e.target.country) for e in doc.events if e.cameo.startswith("04")}
    assert pairs == {("UZB", "KAZ"), ("KAZ", "UZB")}


@pytest.mark.parametrize(
    "name", ["windows-1251-declared.html", "koi8-r-declared.html", "windows-1251-undeclared.html", "koi8-r-undeclared.txt"]
)
def test_legacy_russian_encodings_decode(name):
    from faultlines.sources import read_file

    pages = [p for p in read_file(str(FIXTURES / name)) if isinstance(p, Page)]
    assert pages, "the fixture was read"
    assert "Кошербаев" in pages[0].text and "переговоры" in pages[0].text
    doc = analyze_page(pages[0])
    assert doc.article.language == "ru"
    assert "person:yermek-kosherbayev" in {a.id for a in doc.actors}


def test_other_languages_get_states_but_no_quotes_or_events():
    page = Page(
        input=Input(kind="html", path="kk.html"),
        text='<html lang="kk"><body><article><h1>Қазақстан мен Ресей</h1><p>Қазақстан мен Ресей '
        "президенттері Астанада кездесті және экономикалық ынтымақтастық туралы келісімге қол қойды. "
        "«Біз серіктестікті дамытамыз», — деді Тоқаев. Қытай да бұл келісімді қолдады.</p></article></body></html>",
    )
    doc = analyze_page(page)
    assert doc.article.language == "kk"
    assert {"KAZ", "RUS", "CHN"} <= {a.id for a in doc.actors}
    assert doc.quotes == [] and doc.events == []


def test_russian_names_case_forms_and_transliteration():
    from faultlines.nlp.ru.names import case_forms, transliterate

    assert {"токаева", "токаевым"} <= case_forms("Токаев")
    assert "захаровой" in case_forms("Захарова")
    assert transliterate("Салтанат Жумабаева") == "Saltanat Zhumabayeva"
    assert transliterate("Евгений Жовтис") == "Yevgeny Zhovtis"
