"""The stopword/script language detector."""

from __future__ import annotations

import pytest

from faultlines.extract.language import detect_language

SAMPLES = {
    "en": "The government said on Monday that the talks would continue for as long as they were needed.",
    "de": "Die Regierung sagte am Montag, dass die Gespräche so lange weitergehen würden, wie es nötig sei.",
    "fr": "Le gouvernement a déclaré lundi que les discussions se poursuivraient aussi longtemps que nécessaire pour la paix.",
    "es": "El gobierno dijo el lunes que las conversaciones continuarían todo el tiempo que fuera necesario para la paz.",
    "it": "Il governo ha detto lunedì che i colloqui continueranno per tutto il tempo che sarà necessario per la pace.",
    "ru": "Правительство заявило в понедельник, что переговоры будут продолжаться столько, сколько это будет нужно.",
    "uk": "Уряд заявив у понеділок, що переговори триватимуть стільки, скільки буде потрібно, і це було сказано.",
    "pl": "Rząd powiedział w poniedziałek, że rozmowy będą trwały tak długo, jak to jest konieczne dla pokoju i ich.",
    "tr": "Hükümet pazartesi günü yaptığı açıklamada görüşmelerin gerektiği kadar devam edeceğini ve bu konuda bir karar olmadığını söyledi.",
    "zh": "中国外交部发言人周一表示，双方将继续保持沟通。",
    "ja": "外務省の報道官は月曜日、両国が対話を続けると述べた。",
    "ar": "قال المتحدث باسم وزارة الخارجية إن المحادثات في العاصمة مع الوفد الذي وصل من الخارج كانت على ما يرام",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_language(lang):
    assert detect_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize("text", [None, "", "Kyiv", "12 34 56", "NATO EU UN"])
def test_too_little_to_tell(text):
    assert detect_language(text) is None


def test_quick_paths_of_the_detector_keep_its_answers():
    english = "The ferry’s new timetable starts on Monday, and the council says that the “late boat” will stay."
    assert detect_language(english * 2) == "en"
    greek = "Το νέο δρομολόγιο του πλοίου ξεκινά τη Δευτέρα και το συμβούλιο λέει ότι το βραδινό πλοίο θα μείνει."
    assert detect_language(greek) == "el"
    mixed = "Die Fähre fährt ab Montag nach dem neuen Fahrplan, und der Rat sagt, dass das späte Boot bleibt."
    assert detect_language(mixed * 2) == "de"
