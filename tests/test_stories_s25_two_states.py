"""Session 25, one happening that crosses two states (docs/stories.md, "Session 25"): two reports whose headlines
name two states are held apart (``stories.damp_region_conflicts``) unless both texts name a same town of each of
the two states (``stories.spans_both``): a Punjab man's sample tested in Pune is headed "Punjab" by one paper and
"Pune" by another. Our own text, in the style of Hindi web briefs."""

from dataclasses import replace

from khabar.link.stories import (
    REGION_CONFLICT_FACTOR,
    StoryInput,
    damp_region_conflicts,
    group_stories,
    spans_both,
    state_towns,
)

_CASE = ("होशियारपुर के एक व्यापारी और उसके बेटे को इटली से लौटने के बाद अमृतसर के सरकारी मेडिकल कॉलेज में भर्ती कराया "
         "गया था। दोनों के नमूने जांच के लिए पुणे की राष्ट्रीय विषाणु प्रयोगशाला भेजे गए। पुणे से आई रिपोर्ट में पिता "
         "संक्रमित पाए गए जबकि बेटे की रिपोर्ट नेगेटिव आई। स्वास्थ्य विभाग ने परिवार के संपर्क में आए लोगों की सूची "
         "बनाकर उन्हें घर पर अलग रहने को कहा है। ")
_PUNJAB = ("पंजाब के स्वास्थ्य मंत्री ने कहा कि घबराने की जरूरत नहीं है और राज्य के सभी जिला अस्पतालों में अलग वार्ड "
           "तैयार हैं। ")
_LAB = "प्रयोगशाला के निदेशक ने बताया कि नमूनों की दोबारा जांच की गई और नतीजे राज्य सरकार को भेज दिए गए। "
_PLACES = (("LOC", "होशियारपुर"), ("LOC", "अमृतसर"), ("LOC", "पुणे"), ("LOC", "इटली"))

PUNJAB_PAPER = StoryInput("punjab", "hi", _PUNJAB + _CASE * 2, "2020-03-09", mentions=(*_PLACES, ("LOC", "पंजाब")),
                          source="paper-a", title="पंजाब में कोरोना का पहला मरीज, होशियारपुर के व्यापारी की रिपोर्ट पॉजिटिव")
PUNE_PAPER = StoryInput("pune", "hi", _CASE * 2 + _LAB, "2020-03-10", mentions=_PLACES, source="paper-b",
                        title="इटली से लौटे पिता-पुत्र की पुणे से आई रिपोर्ट, पिता संक्रमित और बेटा नेगेटिव")


def test_state_towns_files_towns_under_their_states_and_leaves_out_states_and_countries():
    towns = state_towns((("LOC", "पुणे"), ("LOC", "मुंबई"), ("LOC", "अमृतसर"), ("LOC", "पंजाब"), ("LOC", "इटली"),
                         ("PER", "पुणे")))
    assert set(towns) == {"Maharashtra", "Punjab"}
    assert len(towns["Maharashtra"]) == 2 and len(towns["Punjab"]) == 1


def test_spans_both_needs_a_shared_town_of_each_headline_state():
    maharashtra_and_punjab = state_towns((("LOC", "पुणे"), ("LOC", "अमृतसर")))
    assert spans_both(maharashtra_and_punjab, maharashtra_and_punjab, "Punjab", "Maharashtra")
    only_maharashtra = state_towns((("LOC", "पुणे"), ("LOC", "मुंबई")))
    assert not spans_both(maharashtra_and_punjab, only_maharashtra, "Punjab", "Maharashtra")
    assert not spans_both(only_maharashtra, only_maharashtra, "Punjab", "Maharashtra")
    assert not spans_both(maharashtra_and_punjab, maharashtra_and_punjab, "Punjab", None)


def test_one_happening_headed_by_two_states_is_one_story():
    items = [PUNJAB_PAPER, PUNE_PAPER]
    assert items[0].scope() == "Punjab" and items[1].scope() == "Maharashtra"
    assert damp_region_conflicts(items, {(0, 1): 0.5}) == {(0, 1): 0.5}
    assert group_stories(items) == [["pune", "punjab"]]


def test_two_states_own_news_is_still_held_apart():
    sims = {(0, 1): 0.5}
    halved = {(0, 1): 0.5 * REGION_CONFLICT_FACTOR}
    # the other paper's text names towns of Maharashtra only: Pune's own news, however alike the words
    pune_only = replace(PUNE_PAPER, mentions=(("LOC", "पुणे"), ("LOC", "मुंबई")))
    assert damp_region_conflicts([PUNJAB_PAPER, pune_only], sims) == halved
    # two count updates of the two states that both name both towns stay two updates
    punjab_count = replace(PUNJAB_PAPER, title="पंजाब में कोरोना के तीन नए मामले, कुल संख्या 14")
    pune_count = replace(PUNE_PAPER, title="पुणे में कोरोना के दो और मरीज, कुल 18")
    assert damp_region_conflicts([punjab_count, pune_count], sims) == halved
    # a state named by both headlines is no conflict to begin with; a headline without a place neither
    assert damp_region_conflicts([PUNJAB_PAPER, replace(PUNE_PAPER, title="कोरोना: पिता संक्रमित, बेटा नेगेटिव")],
                                 sims) == sims
