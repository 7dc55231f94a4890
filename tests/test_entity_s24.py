"""Wrong merges of session 23's entity sample (session 24), each written as our own sentences in the style of the
reports: a bare surname among several full names of that surname, and a place glued to its district's officer."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article
from khabar.link.entity_filter import is_description, is_supported, oblique_head
from khabar.link.record import capital_of_district
from link_support import analysis_of, ordered_mentions


def _linked(index: EntityIndex, article_id: str, text: str,
            spans: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    link_article(index, text, analysis)
    return [(m.text, index.resolve(m.entity_id) if m.entity_id else None) for m in analysis.mentions]


def test_a_bare_surname_stays_apart_when_the_full_names_share_the_mentions() -> None:
    # Four men named सिंह, none named more often than the others together: whose is "श्री सिंह"?
    text = ("स्मृति सभा\n\nस्व. हरिनारायण सिंह की पुण्यतिथि पर शिक्षक रामकिशोर सिंह के घर सभा हुई। लोगों ने श्री सिंह के "
            "चित्र पर फूल चढ़ाए। अध्यक्षता रामकिशोर सिंह ने की। मौके पर महेश सिंह और दिनेश सिंह मौजूद थे।")
    got = _linked(EntityIndex(), "a1", text, [("हरिनारायण सिंह", "PER"), ("रामकिशोर सिंह", "PER"), ("सिंह", "PER"),
                                              ("रामकिशोर सिंह", "PER"), ("महेश सिंह", "PER"), ("दिनेश सिंह", "PER")])
    ids = dict.fromkeys(eid for name, eid in got if name != "सिंह")
    bare = next(eid for name, eid in got if name == "सिंह")
    assert bare not in ids


def test_a_bare_surname_joins_the_name_the_article_is_mostly_about() -> None:
    # The surgeon is named twice in full and once by surname; a doctor of the camp once: the surgeon's.
    text = ("जांच शिविर\n\nशिविर में डॉ. सुनीता वर्मा ने जांच की। सिविल सर्जन डॉ. अरविंद वर्मा ने शिविर का उद्घाटन किया। "
            "अरविंद वर्मा ने बताया कि जांच मुफ्त है। बाद में वर्मा ने कहा कि शिविर हर महीने लगेगा।")
    got = _linked(EntityIndex(), "a2", text, [("सुनीता वर्मा", "PER"), ("अरविंद वर्मा", "PER"), ("अरविंद वर्मा", "PER"),
                                              ("वर्मा", "PER")])
    assert got[3][1] == got[1][1] == got[2][1] != got[0][1]


def test_a_home_district_and_its_deputy_commissioner_are_no_capital_district() -> None:
    assert capital_of_district("धनबाद डीसी") is None
    assert capital_of_district("वाशिंगटन डीसी") == "वाशिंगटन"
    assert is_description("धनबाद डीसी", "LOC")
    index = EntityIndex()
    city = _linked(index, "d1", "जांच बढ़ी\n\nधनबाद में आज 200 लोगों की जांच हुई।", [("धनबाद", "LOC")])
    officer = _linked(index, "d2", "बैठक\n\nकोरोना को लेकर धनबाद डीसी ने अफसरों के साथ बैठक की। धनबाद में दुकानें बंद रहेंगी।",
                      [("धनबाद डीसी", "LOC"), ("धनबाद", "LOC")])
    assert officer[1][1] == city[0][1]
    assert officer[0][1] != city[0][1]


def test_a_head_word_in_the_oblique_is_not_listed() -> None:
    # गुरुद्वारे, इलाके: a generic place noun before a postposition; a name that merely ends in े is kept.
    assert oblique_head("गुरुद्वारे") == "गुरुद्वारा"
    assert oblique_head("इलाके") == "इलाका"
    assert oblique_head("पुणे") is None
    assert oblique_head("दुबे") is None
    index = EntityIndex()
    for k in range(2):
        _linked(index, f"g{k}", f"लंगर जारी\n\nशहर के एक गुरुद्वारे में रोज लंगर बन रहा है। पुणे में भी {k + 2} लंगर चले।",
                [("गुरुद्वारे", "LOC"), ("पुणे", "LOC")])
    listed = {index.entities[eid].name for eid in index.entities if is_supported(index.entities[eid])}
    assert "पुणे" in listed
    assert "गुरुद्वारे" not in listed


def test_a_bare_surname_joins_the_full_name_written_after_the_same_office() -> None:
    # Two doctors named यादव, once each; the surname comes after the same office as one of them.
    text = ("स्वास्थ्य मेला\n\nमेले में डॉ. कविता यादव ने महिलाओं की जांच की। इसके बाद जिला मलेरिया अधिकारी डॉ. मनोज यादव "
            "ने दवा बांटी। समापन पर जिला मलेरिया अधिकारी डॉ. यादव ने कहा कि बुखार होने पर जांच कराएं।")
    got = _linked(EntityIndex(), "a3", text, [("कविता यादव", "PER"), ("मनोज यादव", "PER"), ("यादव", "PER")])
    assert got[2][1] == got[1][1] != got[0][1]
    # The same sentence with no office in common: neither doctor is named more often, so the surname stays apart.
    plain = text.replace("समापन पर जिला मलेरिया अधिकारी डॉ. यादव", "समापन पर डॉ. यादव")
    got = _linked(EntityIndex(), "a4", plain, [("कविता यादव", "PER"), ("मनोज यादव", "PER"), ("यादव", "PER")])
    assert got[2][1] not in (got[0][1], got[1][1])
