"""Session 29: two stories of one region of which only one is about the store's subject (``subject_words``: an
epidemic), whose words do not meet, are not one affair by their region alone (``threads._off_subject``): a state's
virus report and a family quarrel in that state. A report that names what a count report counts (the infected)
is about the subject though it never says the disease's name. Invented stories."""

from khabar.link.threads import PLACE_OFF_SUBJECT_WORDS, ThreadEntity, ThreadInput, place_similarities

LUCKNOW = ThreadEntity("e_lucknow", "LOC", "लखनऊ")
VIRUS = frozenset({"कोरोना"})


def _story(story_id: str, date: str, headline: str, words: dict[str, float]) -> ThreadInput:
    norm = sum(v * v for v in words.values()) ** 0.5
    return ThreadInput(story_id, date, [LUCKNOW], {w: v / norm for w, v in words.items()}, place="Uttar Pradesh",
                       headline=headline)


SUSPECT = _story("suspect", "2020-03-04", "लखनऊ में कोरोना का संदिग्ध मरीज अस्पताल में भर्ती",
                 {"कोरोना": 1.0, "संदिग्ध": 1.0, "अस्पताल": 1.0})
QUARREL = _story("quarrel", "2020-03-09", "बहू ने सास-ससुर को घर से निकाला, थाने पहुंचा मामला",
                 {"बहू": 1.0, "सास": 1.0, "थाने": 1.0})


def test_a_states_virus_report_and_its_unrelated_news_are_not_linked_by_the_region():
    assert place_similarities([SUSPECT, QUARREL]) != {}  # no subject known: the region links them
    assert place_similarities([SUSPECT, QUARREL], subject=VIRUS) == {}


def test_a_report_of_the_infected_that_never_names_the_disease_keeps_the_region_link():
    tally = _story("tally", "2020-03-12", "डरा रहा आंकड़ा, 412 पर पहुंची संक्रमितों की संख्या",
                   {"डरा": 1.0, "आंकड़ा": 1.0, "संख्या": 1.0})
    assert set(place_similarities([SUSPECT, tally], subject=VIRUS)) == {(0, 1)}


def test_an_off_subject_story_whose_words_meet_the_others_keeps_the_region_link():
    ward = _story("ward", "2020-03-10", "लखनऊ के अस्पताल में नया वार्ड तैयार", {"अस्पताल": 1.0, "वार्ड": 1.0})
    assert set(place_similarities([SUSPECT, ward], subject=VIRUS)) == {(0, 1)}
    assert PLACE_OFF_SUBJECT_WORDS <= 1 / 6 ** 0.5  # their cosine: one shared word of 3 and 2
