"""Session 30: two stories of one region, neither of which speaks of the store's subject (a store of all kinds of
news has none), are one affair by their region only when their headlines share a word that could frame an affair
(``threads._region_only``): an expressway's opening and the chief minister's resignation in one state a day apart,
a landslide and an air crash in one state on one day, share the state and its leaders, no happening. Two reports
of one hooch tragedy say so in the same word; in a store of one subject (an epidemic) a state's news of it keeps
the region link. Invented stories."""

from dataclasses import replace

from khabar.link.threads import ThreadEntity, ThreadInput, _region_only, frame_candidates, place_similarities

STATE = ThreadEntity("e_state", "LOC", "हरियाणा")
CHIEF = ThreadEntity("e_chief", "PER", "Rampal Dahiya")


def _story(story_id: str, date: str, headline: str, lang: str, words: tuple[str, ...]) -> ThreadInput:
    return ThreadInput(story_id, date, [STATE, CHIEF], {w: 1.0 / len(words) ** 0.5 for w in words},
                       place="Haryana", frame=frame_candidates(headline, lang, [STATE.name, CHIEF.name]),
                       headline=headline, lang=lang)


ROAD = _story("road", "2024-03-11", "Chief minister opens elevated expressway to the airport", "en",
              ("expressway", "airport", "haryana"))
RESIGNS = _story("resigns", "2024-03-12", "हरियाणा के मुख्यमंत्री का इस्तीफा, नए नेता ने ली शपथ", "hi",
                 ("इस्तीफा", "शपथ", "haryana"))


def test_two_happenings_of_one_state_that_share_only_the_state_and_its_leaders_are_not_linked_by_the_region():
    assert _region_only(ROAD, RESIGNS, frozenset())
    assert place_similarities([ROAD, RESIGNS]) == {}


def test_two_reports_that_name_one_happening_keep_the_region_link():
    toll = _story("toll", "2024-03-14", "Hooch deaths in the state rise to 25; police form a special team", "en",
                  ("hooch", "deaths", "haryana"))
    pyres = _story("pyres", "2024-03-15", "A row of funeral pyres in a village after hooch deaths", "en",
                   ("hooch", "pyres", "haryana"))
    assert "hooch" in toll.frame and "hooch" in pyres.frame
    assert not _region_only(toll, pyres, frozenset())
    assert set(place_similarities([toll, pyres])) == {(0, 1)}


def test_a_place_or_body_central_to_both_other_than_the_state_keeps_the_region_link():
    court = ThreadEntity("e_court", "ORG", "Punjab and Haryana High Court")
    first = ThreadInput("bail", "2024-03-11", [court, STATE], {"bail": 1.0}, place="Haryana",
                        frame=frame_candidates("High court grants bail to the accused", "en"))
    second = ThreadInput("stay", "2024-03-14", [STATE, court], {"stay": 1.0}, place="Haryana",
                         frame=frame_candidates("अदालत ने आदेश पर रोक लगाई", "hi"))
    assert not _region_only(first, second, frozenset())
    leaders = [replace(s, entities=[STATE, CHIEF]) for s in (first, second)]
    assert _region_only(*leaders, frozenset())  # the state and its chief minister are no such thing


def test_a_state_news_of_the_stores_subject_keeps_the_region_link():
    virus = frozenset({"virus"})
    first = _story("first", "2020-03-21", "Virus: the state shuts its schools", "en", ("virus", "schools"))
    second = _story("second", "2020-03-23", "Virus: hospitals of the state add beds", "en", ("virus", "beds"))
    assert _region_only(first, second, frozenset())  # read without the subject: no word of one happening
    assert not _region_only(first, second, virus)
    assert set(place_similarities([first, second], subject=virus)) == {(0, 1)}
