"""A numbered quarter (सेक्टर-21) is a local name: every planned town has one, so the quarter of one town is not
the namesake of another town's (session 25: Chandigarh's and Panchkula's सेक्टर-21 were one entity). Hindi news text
written for these tests."""

from __future__ import annotations

from khabar.link.common_names import is_local_name, is_numbered_place
from khabar.link.entities import EntityIndex
from link_support import linked_entities as _link


def test_a_numbered_quarter_is_a_local_name() -> None:
    assert is_numbered_place("सेक्टर-21") and is_numbered_place("सेक्टर 21") and is_numbered_place("सेक्टर-२१")
    assert is_local_name("सेक्टर-137")
    assert not is_numbered_place("सेक्टर") and not is_numbered_place("सेक्टर-21 मार्केट")


def test_the_quarter_of_one_town_is_not_the_quarter_of_another_town_of_the_state() -> None:
    index = EntityIndex()
    for i in range(12):  # a store of other reports, as a real one is
        _link(index, f"d{i}", f"दिल्ली में {i} नए मरीज मिले और अस्पताल में भर्ती किए गए।", [("दिल्ली", "LOC")])
    gurugram = _link(index, "g1", "हरियाणा में दो नए मरीज मिले। प्रशासन ने गुरुग्राम के सेक्टर-21 को कंटेनमेंट जोन "
                                  "घोषित किया और सेक्टर-21 के सभी रास्ते बंद किए।",
                     [("हरियाणा", "LOC"), ("गुरुग्राम", "LOC"), ("सेक्टर-21", "LOC"), ("सेक्टर-21", "LOC")])
    faridabad = _link(index, "f1", "हरियाणा में कर्फ्यू में ढील के पहले दिन शराब के ठेकों पर भीड़ लगी। फरीदाबाद के "
                                   "सेक्टर-21 में सुबह से लंबी कतार दिखी।",
                      [("हरियाणा", "LOC"), ("फरीदाबाद", "LOC"), ("सेक्टर-21", "LOC")])
    assert gurugram["सेक्टर-21"] != faridabad["सेक्टर-21"]
    # Another Gurugram report's सेक्टर-21 is Gurugram's.
    again = _link(index, "g2", "गुरुग्राम में संक्रमितों की संख्या बढ़ी। गुरुग्राम के सेक्टर-21 में घर-घर जांच शुरू हुई।",
                  [("गुरुग्राम", "LOC"), ("गुरुग्राम", "LOC"), ("सेक्टर-21", "LOC")])
    assert again["सेक्टर-21"] == gurugram["सेक्टर-21"]


def test_a_quarter_whose_town_neither_report_names_stays_apart() -> None:
    # Two round-ups that share rare names (one official, one doctor) but name no town of their सेक्टर 21.
    index = EntityIndex()
    for i in range(12):
        _link(index, f"d{i}", f"दिल्ली में {i} नए मरीज मिले और अस्पताल में भर्ती किए गए।", [("दिल्ली", "LOC")])
    first = _link(index, "r1", "लॉकडाउन के पहले दिन राज्यों का हाल: उपायुक्त जसजीत कौर ने दुकानें खोलने की अनुमति दी। "
                               "डॉ. ममता शर्मा ने जांच तेज करने को कहा। सेक्टर 21 में शराब की दुकान पर लंबी कतार लगी।",
                  [("जसजीत कौर", "PER"), ("ममता शर्मा", "PER"), ("सेक्टर 21", "LOC")])
    second = _link(index, "r2", "देश भर से खबरें: उपायुक्त जसजीत कौर ने बताया कि दो नए मरीज मिले। डॉ. ममता शर्मा ने "
                                "कहा कि सेक्टर-21 को कंटेनमेंट जोन घोषित किया गया है।",
                   [("जसजीत कौर", "PER"), ("ममता शर्मा", "PER"), ("सेक्टर-21", "LOC")])
    assert first["सेक्टर 21"] != second["सेक्टर-21"]
    assert first["जसजीत कौर"] == second["जसजीत कौर"]  # the context was there: only the town was missing
