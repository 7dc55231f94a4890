"""Session 21, same-story pairs of count reports (docs/stories.md, "Session 21"): two papers' count updates of one
place and one day whose headlines give the same figure are one update (``stories.same_count_pairs``), and two count
updates of two places are two stories unless their texts are nearly the same (``stories.damp_count_scopes``, after
the roundup check). Our own text, in the style of Hindi web briefs."""

from dataclasses import replace

from khabar.link import stories
from khabar.link.stories import (
    COUNT_SCOPES_FACTOR,
    REGION_CONFLICT_FACTOR,
    StoryInput,
    damp_count_scopes,
    damp_region_conflicts,
    group_stories,
    pair_similarities,
    same_count_pairs,
)

# The running text of 2 March that a world page and a South Korea page of one paper both carry.
_DAY = ("दुनियाभर में मरने वालों की संख्या 3,112 हो गई है और 91,870 लोग संक्रमित हैं। चीन के बाहर सबसे ज्यादा मामले "
        "दक्षिण कोरिया, इटली और ईरान में सामने आए हैं। दक्षिण कोरिया में रविवार को 476 नए मरीज मिले और कुल संख्या 4,212 "
        "हो गई। इटली में 52 लोगों की जान जा चुकी है, ईरान में 66 मौतें दर्ज की गईं। विश्व स्वास्थ्य संगठन ने सभी देशों से "
        "जांच तेज करने और संदिग्धों को अलग रखने की अपील की है। ")
_WORLD = ("वायरस अब 64 देशों तक फैल चुका है और कई देशों ने चीन से आने वाली उड़ानें रोक दी हैं। अमेरिका में पहली मौत के "
          "बाद वाशिंगटन राज्य ने आपातकाल घोषित किया। ")
_KOREA = ("दक्षिण कोरिया के देगू शहर में एक चर्च से जुड़े लोगों में सबसे ज्यादा संक्रमण मिला है। राष्ट्रपति मून जे-इन ने "
          "वायरस के खिलाफ युद्ध का एलान किया और सेना को अस्पतालों में तैनात किया। ")
_FIGURES = (3112.0, 91870.0, 476.0, 4212.0, 52.0, 66.0)
WORLD_PAGE = StoryInput("world", "hi", _WORLD + _DAY * 2, "2020-03-02", numbers=(*_FIGURES, 64.0), source="paper-a",
                        title="कोरोना वायरस: दुनियाभर में मरने वालों की संख्या 3,112 के पार")
KOREA_PAGE = StoryInput("korea", "hi", _KOREA * 2 + _DAY * 2, "2020-03-02", numbers=_FIGURES, source="paper-a",
                        title="दक्षिण कोरिया में कोरोना का कहर, एक दिन में 476 नए मामले")


def test_two_places_count_pages_that_share_the_day_s_running_text_are_two_stories():
    """Their words alone are alike (0.7: one paper's two pages carry the same world table); the session-8 halving
    left them at 0.35, above the bar. The further factor after the roundup check parts them."""
    items = [WORLD_PAGE, KOREA_PAGE]
    word_similarity = pair_similarities(items)[(0, 1)]
    assert 0.64 < word_similarity < 0.8
    halved = damp_region_conflicts(items, {(0, 1): word_similarity})[(0, 1)]
    assert halved == word_similarity * REGION_CONFLICT_FACTOR >= stories.SIMILARITY_THRESHOLD
    assert damp_count_scopes(items, {(0, 1): halved}) == {(0, 1): halved * COUNT_SCOPES_FACTOR}
    assert group_stories(items) == [["korea"], ["world"]]


def test_the_further_factor_leaves_other_pairs_alone():
    sims = {(0, 1): 0.5}
    # one place's two count updates
    other_world = replace(WORLD_PAGE, article_id="world-b", title="विश्व में कोरोना से 3,112 मौतें, 64 देशों में फैला")
    assert damp_count_scopes([WORLD_PAGE, other_world], sims) == sims
    # a count headline and one that counts nothing (the world's count and Korea's president)
    speech = replace(KOREA_PAGE, title="दक्षिण कोरिया के राष्ट्रपति ने वायरस के खिलाफ युद्ध का एलान किया")
    assert damp_count_scopes([WORLD_PAGE, speech], sims) == sims
    # a headline that names no place (scope unknown) beside a placed count
    unplaced = replace(other_world, title="कोरोना से मरने वालों की संख्या 3,112 हुई")
    assert damp_count_scopes([unplaced, KOREA_PAGE], sims) == sims
    # nearly the same text under two scopes' headlines still joins (a word similarity of 0.8 and more)
    same_text = [WORLD_PAGE, replace(KOREA_PAGE, body=WORLD_PAGE.body)]
    assert group_stories(same_text) == [["korea", "world"]]


# Two papers' Bihar updates of one day: the same total in both headlines, written apart (both longer than a short
# report, whose lower bar would join them anyway).
_BIHAR_A = ("पटना। बिहार में शनिवार को कोरोना के 31 नए मरीज मिले और राज्य में संक्रमितों की संख्या 517 हो गई। स्वास्थ्य "
            "विभाग के प्रधान सचिव ने बताया कि नए मरीजों में सबसे ज्यादा बक्सर और रोहतास जिले के हैं। पटना एम्स में भर्ती "
            "चार मरीज स्वस्थ होकर घर लौटे। " + ("सरकार ने जांच केंद्रों की संख्या बढ़ाकर दस करने का फैसला किया है। "
                                           "मुख्यमंत्री ने अधिकारियों के साथ वीडियो कॉन्फ्रेंस कर हालात की समीक्षा की। ") * 3)
_BIHAR_B = ("सूबे में कोरोना पीड़ितों का आंकड़ा देर शाम 517 पर पहुंच गया। मुंगेर में दो और नालंदा में तीन नए मरीज मिले हैं। "
            "जिला प्रशासन ने उनके गांवों को सील कर दिया है और घर-घर सर्वे कराया जा रहा है। लॉकडाउन तोड़ने वालों पर सख्ती "
            "बढ़ाई गई है। दूसरे राज्यों से लौटे मजदूरों को प्रखंड के क्वारंटाइन केंद्रों में चौदह दिन रखा जा रहा है। "
            + ("भागलपुर में रेलवे स्टेशन पर उतरे यात्रियों की थर्मल स्क्रीनिंग की गई और उनके हाथों पर मुहर लगाई गई। दरभंगा "
               "मेडिकल कॉलेज में नई जांच मशीन लगाई जा रही है, जिससे रोज चार सौ नमूनों की जांच हो सकेगी। ") * 2)
BIHAR_A = StoryInput("bihar-a", "hi", _BIHAR_A, "2020-05-02", numbers=(31.0, 517.0), source="paper-a",
                     title="बिहार में कोरोना के 31 नए मामले, संक्रमितों की संख्या 517 हुई")
BIHAR_B = StoryInput("bihar-b", "hi", _BIHAR_B, "2020-05-02", numbers=(517.0,), source="paper-b",
                     title="बिहार में कोरोना मरीजों का आंकड़ा 517 पहुंचा, मुंगेर और नालंदा में नए केस")


def test_two_papers_counts_of_one_place_and_day_with_the_same_headline_figure_are_one_update():
    items = [BIHAR_A, BIHAR_B]
    sims = {(0, 1): 0.25}  # under the bar: the two papers wrote the update in their own words
    assert same_count_pairs(items, sims, [item.day() for item in items]) == [(0.25, 0, 1)]
    # Their own words stay under the bar: the figure in both headlines joins them.
    assert 0.2 < pair_similarities(items)[(0, 1)] < stories.SIMILARITY_THRESHOLD
    assert group_stories(items) == [["bihar-a", "bihar-b"]]
    rounded = replace(BIHAR_B, title="बिहार में कोरोना मरीजों का आंकड़ा 500 के पार, मुंगेर और नालंदा में नए केस")
    assert not stories.same_count(BIHAR_A, rounded)
    # Session 29: one state's count of one day in two papers is one update whatever figures they give
    # (``same_counted``, tests/test_stories_s29_same_counted.py); one paper's two pages are left to their words.
    assert group_stories([BIHAR_A, rounded]) == [["bihar-a", "bihar-b"]]
    assert group_stories([BIHAR_A, replace(rounded, source="paper-a")]) == [["bihar-a"], ["bihar-b"]]


def test_a_same_figure_is_no_same_update_elsewhere():
    """Phrases written to see where the rule must not fire."""
    sims = {(0, 1): 0.25}

    def pairs(a: StoryInput, b: StoryInput, value: float = 0.25) -> list[tuple[float, int, int]]:
        return same_count_pairs([a, b], {(0, 1): value}, [a.day(), b.day()])

    # the next day's update that repeats the total
    assert pairs(BIHAR_A, replace(BIHAR_B, date="2020-05-03")) == []
    # another state's update with the same figure
    assert pairs(BIHAR_A, replace(BIHAR_B, title="झारखंड में कोरोना मरीजों का आंकड़ा 517 पहुंचा")) == []
    # a headline that counts no one: 517 buses are no count of the infected
    assert pairs(BIHAR_A, replace(BIHAR_B, title="बिहार में प्रवासियों के लिए 517 बसें चलेंगी")) == []
    # a small figure two updates share by chance (16 new cases in both)
    small = [replace(BIHAR_A, title="बिहार में कोरोना के 16 नए मामले"),
             replace(BIHAR_B, title="बिहार में 16 नए संक्रमित मिले", source="paper-a")]  # one paper's two pages
    assert same_count_pairs(small, sims, [item.day() for item in small]) == []
    assert not stories.same_count(*small) and not stories.same_count(small[0], replace(small[1], source="paper-b"))
    # words too far apart: one day's total quoted in an unrelated report
    assert pairs(BIHAR_A, BIHAR_B, 0.1) == []
    # no day known
    assert pairs(replace(BIHAR_A, date=None), replace(BIHAR_B, date=None)) == []
