"""Session 16 (docs/stories.md, "Session 16: one outlet's desks"): one outlet's two reports filed from two places
(their datelines) are two reports, however much of the day's running text of their state they share: the paper's
Patna desk files the state's count, its Muzaffarpur desk the district's news. Their similarity is damped as an
outlet's reports of two days are. Our own text, in the style of Hindi web briefs."""

from dataclasses import replace

from khabar.analyse.pipeline import analyse
from khabar.link.stories import StoryInput, damp_outlet_days, damp_region_conflicts, filed_from, group_stories
from khabar.model import Article

# The state's running text that both desks' pages of 9 May carry.
_STATE = ("बिहार में कोरोना संक्रमितों की संख्या बढ़कर 589 हो गई है और अब तक 300 मरीज ठीक होकर घर लौट चुके हैं। "
          "लौटे प्रवासियों की जांच स्टेशन पर की जा रही है। ")
_PATNA = ("पटना, 9 मई (हि.स.) राज्य में शनिवार को कोरोना के 17 नए मरीज मिले, इनमें ज्यादातर दूसरे राज्यों से लौटे "
          "मजदूर हैं। " + _STATE + "पटना के खाजपुरा और फुलवारी शरीफ इलाके में भी नए मरीज मिले हैं, जहां प्रशासन ने "
          "घर घर सर्वे शुरू किया। प्रधान सचिव ने बताया कि राज्य में रोज चार हजार नमूनों की जांच हो रही है और "
          "पीएमसीएच में नई मशीन लगाई गई है। नालंदा मेडिकल कॉलेज में भर्ती दो मरीजों की हालत स्थिर बताई गई है।")
_MUZAFFARPUR = ("मुजफ्फरपुर, 9 मई (हि.स.) जिले में शनिवार को एक और मरीज मिलने से मुजफ्फरपुर राज्य का 37वां संक्रमित "
                "जिला बन गया। " + _STATE + "मरीज के गांव को सील कर दिया गया है और संपर्क में आए बीस लोगों के नमूने "
                "लिए गए हैं। जिलाधिकारी ने बाजार सुबह सात से दस बजे तक ही खोलने का आदेश दिया। एसकेएमसीएच के आइसोलेशन वार्ड "
                "में तीस बिस्तर और बढ़ाए गए हैं।")

def _input(article_id: str, text: str, title: str, source: str) -> StoryInput:
    analysis = analyse(Article(id=article_id, text=text, title=title, source=source, published="2020-05-09"))
    return StoryInput.of(article_id, analysis, "2020-05-09", published="2020-05-09", source=source)


def test_a_report_is_filed_from_its_dateline_s_place():
    patna = analyse(Article(id="p", text=_PATNA, title="बिहार में 17 नए मरीज"))
    assert filed_from(patna) == "Patna"
    # Two spellings of one place are one place.
    one = analyse(Article(id="a", text="नई दिल्ली, 11 मई (एजेंसी) देश में कोरोना के मामले बढ़कर 67152 हो गए।"))
    other = analyse(Article(id="b", text="नयी दिल्ली, 11 मई (भाषा) देश में कोरोना के मामले बढ़कर 67152 हो गए।"))
    assert filed_from(one) == filed_from(other) == "New Delhi"
    assert filed_from(analyse(Article(id="c", text="बिहार में शनिवार को कोरोना के 17 नए मामले मिले।"))) is None


def test_one_outlet_s_two_desks_file_two_reports():
    state = _input("pk-1", _PATNA, "बिहार में 17 नए मरीज, संक्रमितों की संख्या 589", "paper-a")
    district = _input("pk-2", _MUZAFFARPUR, "मुजफ्फरपुर बना राज्य का 37वां संक्रमित जिला", "paper-a")
    assert (state.filed, district.filed) == ("Patna", "Muzaffarpur")
    undated_desks = [replace(state, filed=None), replace(district, filed=None)]
    assert group_stories(undated_desks) == [["pk-1", "pk-2"]]  # the state's running text alone joins them
    assert damp_outlet_days([state, district], {(0, 1): 0.6}) == {(0, 1): 0.3}
    assert group_stories([state, district]) == [["pk-1"], ["pk-2"]]


def test_two_outlets_or_one_desk_are_not_held_apart():
    """Two outlets file one event from where each sits (the wire from New Delhi, a Patna paper from Patna); and one
    outlet's two pages from one desk are judged by their words as before."""
    state = _input("pk-1", _PATNA, "बिहार में 17 नए मरीज, संक्रमितों की संख्या 589", "paper-a")
    district = _input("dj-2", _MUZAFFARPUR, "मुजफ्फरपुर बना राज्य का 37वां संक्रमित जिला", "paper-b")
    assert damp_outlet_days([state, district], {(0, 1): 0.6}) == {(0, 1): 0.6}
    same_desk = replace(district, article_id="pk-3", source="paper-a", filed="Patna")
    assert damp_outlet_days([state, same_desk], {(0, 1): 0.6}) == {(0, 1): 0.6}


def test_two_reports_filed_from_two_states_count_half():
    """Two outlets' district pages of one day, one filed from Agra (Uttar Pradesh), one from Jamshedpur (Jharkhand),
    that share the national figures at their foot: two places' news. Filed from two places of one state, or from
    abroad (a wire's Washington report beside a New Delhi desk's), they are judged by their words alone."""
    # Headlines that name no place and give no count: only the datelines tell the two desks apart.
    agra = StoryInput("dj-agra", "hi", "जिले में 12 नए केस", "2020-05-12", source="paper-b",
                      title="कोरोना से निपटने को अस्पताल में बढ़ाए गए बिस्तर", filed="Agra")
    jamshedpur = replace(agra, article_id="pk-jsr", source="paper-a", filed="Jamshedpur",
                         title="संक्रमितों के लिए अस्पताल में और बिस्तर")
    assert damp_region_conflicts([agra, jamshedpur], {(0, 1): 0.6}) == {(0, 1): 0.3}
    lucknow = replace(jamshedpur, filed="Lucknow")
    assert damp_region_conflicts([agra, lucknow], {(0, 1): 0.6}) == {(0, 1): 0.6}
    washington = replace(agra, filed="Washington", title="ट्रंप ने कहा, भारत को वेंटिलेटर देगा अमेरिका")
    new_delhi = replace(jamshedpur, filed="New Delhi", title="अमेरिका भारत को वेंटिलेटर देगा, ट्रंप का एलान")
    assert damp_region_conflicts([washington, new_delhi], {(0, 1): 0.6}) == {(0, 1): 0.6}
