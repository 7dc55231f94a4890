"""Session 15, story precision (docs/stories.md, "Session 15: two updates that give different counts"): two count
reports of one day whose headlines give figures that the other report never states, and whose headlines do not name
one place, are two updates (a state's tally and a district's, the country's deaths and a slum's cases), however much
of the day's running text they share. Our own text, in the style of Hindi web briefs."""

from dataclasses import replace

from khabar.link.counts import figures_disagree, headline_figures
from khabar.link.stories import StoryInput, damp_region_conflicts, group_stories

# The day's running text that every count page of 1 May carries (the national figures, the ministry's advice).
_DAY = ("देश में संक्रमितों की संख्या 35 हजार के पार पहुंच गई है और अब तक 1152 लोगों की मौत हुई है। स्वास्थ्य "
        "मंत्रालय ने कहा कि लॉकडाउन का पालन जरूरी है और जांच की रफ्तार बढ़ाई गई है। अस्पतालों में आइसोलेशन "
        "वार्ड तैयार रखे गए हैं और लोगों से घरों में रहने की अपील की गई है। ")
STATE_TITLE = "महाराष्ट्र में कोरोना मरीजों की संख्या 11 हजार के पार, 24 घंटों में सामने आए 1008 नए मामले"
DISTRICT_TITLE = "फिर फूटा कोरोना बम, 13 नये केस के साथ आंकड़ा हुआ 122"
_STATE_MORE = ("धारावी की झुग्गियों में जांच तेज की गई और बीएमसी ने कई इमारतें सील कीं। ठाणे, नागपुर और औरंगाबाद में "
               "भी मरीज बढ़े हैं, राज्य सरकार ने रेड जोन के जिलों में सख्ती बढ़ाने का आदेश दिया। ")
_DISTRICT_MORE = ("प्रशासन ने मोहल्ले को हॉटस्पॉट घोषित कर आवाजाही रोक दी। जिलाधिकारी ने बताया कि संपर्क में आए सभी "
                  "लोगों को क्वारंटीन किया गया है और सब्जी मंडी बंद रहेगी। ")
STATE = StoryInput("state", "hi", "मुंबई और पुणे में सबसे ज्यादा नए मरीज मिले। " + _DAY + _STATE_MORE * 2,
                   "2020-05-01", mentions=(("LOC", "महाराष्ट्र"), ("LOC", "मुंबई")),
                   numbers=(1008.0, 1152.0, 11000.0, 35000.0), source="paper-a", title=STATE_TITLE)
DISTRICT = StoryInput("district", "hi", "जिले में शुक्रवार को 13 नये मरीज मिले, इनमें से ज्यादातर एक ही मोहल्ले के हैं। "
                      + _DAY + _DISTRICT_MORE * 2, "2020-05-01", numbers=(13.0, 122.0, 1152.0, 35000.0),
                      source="paper-b", title=DISTRICT_TITLE)


def test_a_count_headline_gives_its_figures_not_its_span_of_time():
    assert headline_figures(STATE_TITLE, "hi") == {11000.0, 1008.0}  # not the 24 of "24 घंटों में"
    assert headline_figures(DISTRICT_TITLE, "hi") == {13.0, 122.0}  # the new cases and the total
    assert headline_figures("पिछले 24 घंटे में कोरोना से देश में 28 लोगों की मौत, 704 नए मामले", "hi") == {28.0, 704.0}
    assert headline_figures("Cases rise to 724 in 24 hours", "en") == {724.0}
    # A headline that counts nothing gives no figures: 2000 buses are no count of the infected.
    assert headline_figures("मजदूरों के लिए 2000 बसें चलाएगी सरकार", "hi") == frozenset()


def test_two_updates_that_state_none_of_each_other_s_figures_disagree():
    assert figures_disagree(frozenset({11000.0, 1008.0}), frozenset({11000.0, 1008.0, 35000.0}),
                            frozenset({122.0}), frozenset({122.0, 35000.0}))
    # A print that states the other's total in its text is the same update told another way.
    assert not figures_disagree(frozenset({300.0}), frozenset({300.0, 17.0}), frozenset({17.0}), frozenset({17.0}))
    assert not figures_disagree(frozenset(), frozenset({122.0}), frozenset({122.0}), frozenset({122.0}))


def test_a_state_s_count_and_an_unnamed_district_s_count_are_two_updates():
    sims = {(0, 1): 0.6}
    assert damp_region_conflicts([STATE, DISTRICT], sims) == {(0, 1): 0.3}
    untitled = [replace(STATE, title=None), replace(DISTRICT, title=None)]
    assert group_stories(untitled) == [["district", "state"]]  # the day's running text alone joins them
    assert group_stories([STATE, DISTRICT]) == [["district"], ["state"]]


def test_one_place_s_count_printed_at_two_hours_stays_one_story():
    """Two papers print the national count at two hours of one day (251 in the morning, 283 at night): the
    headlines name one place, so the figures that differ are the count growing, not another update."""
    morning_title = "भारत में कोरोना के 251 मामले, पीड़ितों में 32 विदेशी नागरिक"
    night_title = "भारत में नहीं थम रहा कोरोना का कहर, पॉजिटिव मामलों की संख्या 283"
    morning = StoryInput("m", "hi", morning_title + "\n\n" + _DAY * 2, "2020-03-21", numbers=(251.0, 35000.0),
                         source="paper-a", title=morning_title)
    night = StoryInput("n", "hi", night_title + "\n\n" + _DAY * 2, "2020-03-21", numbers=(283.0, 35000.0),
                       source="paper-b", title=night_title)
    assert damp_region_conflicts([morning, night], {(0, 1): 0.6}) == {(0, 1): 0.6}
    assert group_stories([morning, night]) == [["m", "n"]]


def test_a_print_that_states_the_other_s_total_is_not_held_apart():
    """A state's page that gives the district's total in its text is no other update than the district's."""
    state = replace(STATE, numbers=(*STATE.numbers, 122.0))
    assert damp_region_conflicts([state, DISTRICT], {(0, 1): 0.6}) == {(0, 1): 0.6}
