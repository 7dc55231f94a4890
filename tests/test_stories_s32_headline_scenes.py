"""Session 32, round 2 (docs/stories.md, "Session 32: two events of one day told apart by their headlines"): two
groups whose headlines place their news in two conflicting places (``stories.groups_scene_apart``: two states) are
two places' news; a pair whose headlines conflict so does not join them, nor do the group-level links of
``group_stories`` (which also keep apart two groups whose headlines name two different people,
``groups_headline_apart``)."""

from khabar.link.places import HOME, home_country
from khabar.link.stories import HEADLINE_SCENE_MIN, StoryInput, groups_scene_apart

# Two chief ministers sworn in on one afternoon, in two states (own-written headlines).
HEADLINES = [
    ("en", "New chief minister sworn in at Bhopal in Madhya Pradesh", (("LOC", "Bhopal"), ("LOC", "Madhya Pradesh"))),
    ("hi", "मध्य प्रदेश में नए मुख्यमंत्री ने ली शपथ", (("LOC", "मध्य प्रदेश"),)),
    ("en", "Chhattisgarh gets a new chief minister", (("LOC", "Chhattisgarh"),)),
    ("hi", "छत्तीसगढ़ के नए मुख्यमंत्री ने ली शपथ", (("LOC", "छत्तीसगढ़"),)),
]
FIRST, SECOND = [0, 1], [2, 3]


def _items(headlines: list[tuple[str, str, tuple[tuple[str, str], ...]]]) -> list[StoryInput]:
    return [StoryInput(f"a{k}", lang, "", None, mentions, title=title)
            for k, (lang, title, mentions) in enumerate(headlines)]


def _scopes(headlines: list[tuple[str, str, tuple[tuple[str, str], ...]]]) -> list[str | None]:
    return [home_country(item.lang) if (s := item.scope()) == HOME else s for item in _items(headlines)]


def _apart(headlines: list[tuple[str, str, tuple[tuple[str, str], ...]]]) -> bool:
    return groups_scene_apart(FIRST, SECOND, _scopes(headlines), _items(headlines))


def test_two_states_headlines_are_two_places_news():
    assert HEADLINE_SCENE_MIN == 2
    scopes = _scopes(HEADLINES)
    assert scopes == ["Madhya Pradesh", "Madhya Pradesh", "Chhattisgarh", "Chhattisgarh"]
    assert _apart(HEADLINES)


def test_a_shared_place_or_the_country_keeps_them_joinable():
    headlines = list(HEADLINES)
    headlines[3] = ("hi", "मध्य प्रदेश और छत्तीसगढ़ में नए मुख्यमंत्री", (("LOC", "मध्य प्रदेश"), ("LOC", "छत्तीसगढ़")))
    assert not _apart(headlines)
    headlines = list(HEADLINES)
    headlines[3] = ("hi", "देश में दो नए मुख्यमंत्री", ())  # a national report: the country holds both states
    assert not _apart(headlines)


def test_one_placed_headline_is_not_enough():
    headlines = list(HEADLINES)
    headlines[3] = ("hi", "नए मुख्यमंत्री ने ली शपथ", ())
    assert not _apart(headlines)


def test_a_person_both_groups_headline_makes_one_visit():
    headlines = list(HEADLINES)  # one visitor's two days in two states: Bhopal's summit, Raipur's stadium
    headlines[0] = ("en", "Ramesh Varma meets farmers at Bhopal in Madhya Pradesh",
                    (("LOC", "Bhopal"), ("LOC", "Madhya Pradesh"), ("PER", "Ramesh Varma")))
    headlines[2] = ("en", "Ramesh Varma opens stadium in Chhattisgarh",
                    (("LOC", "Chhattisgarh"), ("PER", "Ramesh Varma")))
    assert not _apart(headlines)
    headlines[2] = ("en", "Sunil Mehra opens stadium in Chhattisgarh",
                    (("LOC", "Chhattisgarh"), ("PER", "Sunil Mehra")))
    assert _apart(headlines)
