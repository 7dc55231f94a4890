"""The quotes scorer on a small hand-made gold and export: matching, speakers, not-quotes."""

from __future__ import annotations

from khabar.evaluation.quotes import overlap, score

GOLD = {
    "articles": {"001_x": {}},
    "entities": [
        {"id": "putin", "name": "व्लादिमीर पुतिन", "aliases": ["व्लादिमीर पुतिन", "पुतिन"]},
        {"id": "kim", "name": "किम जोंग उन", "aliases": ["किम जोंग उन", "किम"]},
    ],
    "quotes": [
        {"article": "001", "kind": "direct", "speaker": "putin", "text": "हम आपके बलिदान को नहीं भूलेंगे।"},
        {"article": "001", "kind": "partial", "speaker": "kim", "text": "भाईचारे का कर्तव्य"},
        {"article": "001", "kind": "indirect", "speaker": "kim", "text": "रिश्ते और मजबूत होंगे"},
        {"article": "001", "kind": "partial", "speaker": None, "speaker_text": "सरकारी मीडिया", "text": "अजेय दोस्ती"},
    ],
    "not_quotes": [{"article": "001", "text": "रणनीतिक साझेदारी संधि"}],
}


def _q(kind: str, text: str, **kw: object) -> dict:
    return {"article_id": "001_x", "kind": kind, "text": text, "speaker_entity_id": None, "speaker_text": None, **kw}


def test_overlap_is_dice_over_word_keys() -> None:
    assert overlap("जल्द मिलेंगे।", "जल्द मिलेंगे") == 1.0
    assert overlap("किम ने कहा", "पुतिन ने कहा") == 2 * 2 / 6


def test_matching_speakers_and_not_quotes() -> None:
    export = {
        "articles": [{"id": "001_x"}],
        "entities": [
            {"id": "E1", "name": "पुतिन", "aliases": ["पुतिन"], "mentions": [
                {"article_id": "001_x", "start": 0, "end": 5, "text": "पुतिन"}]},
            {"id": "E2", "name": "किम", "aliases": ["किम"], "mentions": []},
        ],
        "quotes": [
            # pronoun speaker with no entity id: scored through the mention at speaker_ref
            _q("direct", "हम आपके बलिदान को नहीं भूलेंगे।", speaker_text="उन्होंने", speaker_ref=[0, 5]),
            _q("partial", "भाईचारे का कर्तव्य", speaker_entity_id="E2", speaker_text="किम"),
            _q("indirect", "रिश्ते और मजबूत होंगे", speaker_entity_id="E1", speaker_text="पुतिन"),  # wrong speaker
            _q("partial", "अजेय दोस्ती", speaker_text="उत्तर कोरिया के सरकारी मीडिया"),
            _q("indirect", "यह एक अतिरिक्त वाक्य है"),  # extra
            _q("partial", "रणनीतिक साझेदारी संधि", speaker_text="पुतिन"),  # a treaty's name attributed
        ],
    }
    result = score(GOLD, export)
    dp, ind = result["groups"]["direct+partial"], result["groups"]["indirect"]
    assert (dp["matched"], dp["predicted"], dp["gold"]) == (3, 4, 3)
    assert (ind["matched"], ind["predicted"], ind["gold"]) == (1, 2, 1)
    assert result["speakers_matched"] == 4 and result["speaker_accuracy"] == 0.75
    assert result["not_quotes_attributed"] == 1
