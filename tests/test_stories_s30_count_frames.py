"""Session 30, stories across papers (docs/stories.md, "Session 30: stories across papers"): a headline clause that
only tells how an outbreak spreads (देश में तेजी से फैल रहा कोरोना) frames the count of its next clause, and two
papers' headlines that both lead with a count of one place and day are one update when they count a same thing a
daily bulletin counts anywhere in the headline (one leads with the day's deaths, the other with its cases).
Our own text, in the style of Hindi web briefs."""

from dataclasses import replace

from khabar.link.counts import lead_counted
from khabar.link.stories import StoryInput, same_count_pairs, same_counted

DEATHS_FIRST = "पिछले 24 घंटे में कोरोना से देश में 31 लोगों की मौत, 812 नए मामले"
FRAMED = "देश में तेजी से फैल रहा कोरोना, 28 राज्यों में 5000 से ज्यादा केस, देखें पूरी सूची"
_BODY = ("नई दिल्ली। स्वास्थ्य मंत्रालय के ताजा आंकड़ों के मुताबिक देश में कोरोना के मरीज लगातार बढ़ रहे हैं। मंत्रालय ने "
         "राज्यों से जांच बढ़ाने को कहा है। ") * 3
A = StoryInput("in-a", "hi", _BODY, "2020-04-09", source="paper-a", title=DEATHS_FIRST)
B = StoryInput("in-b", "hi", _BODY, "2020-04-09", source="paper-b", title=FRAMED)


def test_a_spread_clause_frames_the_count_after_it():
    assert lead_counted(FRAMED) == {"infected"}
    assert lead_counted("तेज हुई कोरोना की रफ्तार, आज 1200 लोग पॉजिटिव") == {"infected"}
    assert lead_counted("भारत में कोरोना का ताजा अपडेट, 24 घंटों में 310 नए मामले") == {"infected"}
    # a first clause with a happening of its own still leads
    assert lead_counted("देश में लॉकडाउन बढ़ा, 24 घंटे में 1000 नए केस") == frozenset()
    # a spread clause that gives a figure or names a counted thing is no frame
    assert lead_counted("राज्य में संक्रमण की रफ्तार धीमी, 12 दिन में दोगुने हुए केस") == frozenset()
    assert lead_counted("तीन जिलों में फैला कोरोना, लोग घरों में रहें") == frozenset()


def test_two_papers_count_of_the_country_one_leading_with_its_dead():
    assert lead_counted(DEATHS_FIRST) == {"dead"}
    assert same_counted(A, B)
    assert same_count_pairs([A, B], {(0, 1): 0.22}, [A.day(), B.day()]) == [(0.22, 0, 1)]


def test_no_bulletin_thing_in_common_is_no_same_update():
    # the dead alone against the infected: two happenings may be told (a disaster's dead)
    dead_only = replace(A, title="पिछले 24 घंटे में देश में 31 लोगों की मौत, अस्पतालों में बढ़ी भीड़")
    assert not same_counted(dead_only, B)
    # the next day's count, one paper's two pages, another place
    assert not same_count_pairs([A, replace(B, date="2020-04-10")], {(0, 1): 0.22},
                                [A.day(), replace(B, date="2020-04-10").day()])
    assert not same_counted(A, replace(B, source="paper-a"))
    assert not same_counted(A, replace(B, title="बिहार में तेजी से फैल रहा कोरोना, 28 जिलों में 500 से ज्यादा केस"))
