"""Undated reports across languages (session 16): a Hindi and an English report that are each other's single best
match join on their names, rare words and numbers together (``crosslingual.MUTUAL_BAR``), where the undated bars
count entities only; and an acronym written in Hindi letter names is compared by its English letters. Our own
text: invented villages and an invented landslide."""

from conftest import EXAMPLES
from khabar.link import crosslingual
from khabar.link.crosslingual import Evidence, cross_language_evidence, cross_language_links, latin_words
from khabar.link.stories import group_stories
from stories_support import story_input

EN = ("Landslides bury homes in Kuruvattoor and Chembrakunnu, 73 dead\n\n"
      "Two landslides after a night of heavy rain swept away homes in the hill villages of Kuruvattoor and "
      "Chembrakunnu, killing at least 73 people, district officials said. Rescue teams of the NDRF are searching "
      "the debris for about 40 people still missing.")
HI = ("कुरुवट्टूर और चेम्ब्राकुन्नु में भूस्खलन, 73 लोगों की मौत\n\n"
      "रातभर हुई भारी बारिश के बाद पहाड़ी गांव कुरुवट्टूर और चेम्ब्राकुन्नु में दो बार भूस्खलन हुआ, जिसमें कम से कम "
      "73 लोगों की जान चली गई। एनडीआरएफ की टीमें मलबे में करीब 40 लापता लोगों की तलाश कर रही हैं।")
# Another year's slide in one of the villages: the place and the rescue force again, nothing else.
HI_OTHER = ("कुरुवट्टूर में फिर दरकी पहाड़ी, सड़क बंद\n\n"
            "कुरुवट्टूर गांव के पास बुधवार सुबह पहाड़ी का एक हिस्सा सड़क पर गिर गया। किसी के हताहत होने की खबर नहीं है। "
            "एनडीआरएफ की एक टीम मौके पर पहुंची और मलबा हटाने का काम शुरू किया।")


def _evidence(items):
    texts = [f"{i.title or ''}\n{i.body}" for i in items]
    return cross_language_evidence([i.lang for i in items], [i.mentions for i in items],
                                   [i.numbers for i in items], texts, [i.named_days() for i in items])


def test_undated_reports_that_prefer_each_other_join_on_names_words_and_numbers():
    items = [story_input("en", EN, None), story_input("hi", HI, None)]
    found = _evidence(items)[(0, 1)]
    assert not found.strong_enough(dated=False)  # the entity-only bars for undated pairs are not met
    assert found.score >= crosslingual.MUTUAL_BAR
    assert group_stories(items) == [["en", "hi"]]


def test_the_runner_up_in_the_other_language_stays_apart():
    items = [story_input("en", EN, None), story_input("hi", HI, None), story_input("hi-other", HI_OTHER, None)]
    found = _evidence(items)
    assert (0, 2) in found  # the other slide is a candidate: it shares the village and the rescue force
    assert found[(0, 2)].score < found[(0, 1)].score
    assert group_stories(items) == [["en", "hi"], ["hi-other"]]


def test_mutual_best_needs_a_single_best_on_both_sides_and_an_undated_member():
    strong = Evidence(entity_score=0.8, strong_entities=1, number_score=0.75, coverage=0.6, word_score=1.0)
    weak = Evidence(entity_score=0.5, strong_entities=1, number_score=0.0, coverage=0.6, word_score=1.0)
    assert [(i, j) for _, i, j in cross_language_links({(0, 1): strong}, [False, False])] == [(0, 1)]
    assert cross_language_links({(0, 1): weak}, [False, False]) == []  # under MUTUAL_BAR
    # Two reports both best for article 0 (a tie): nothing tells which is its event.
    assert cross_language_links({(0, 1): strong, (0, 2): strong}, [False, False, False]) == []
    # Article 1's best is article 2: article 0 is not its single best match; 1 and 2 prefer each other.
    links = cross_language_links({(0, 1): strong, (1, 2): Evidence(0.8, 1, 2.0, 0.6, 1.0)}, [False] * 3)
    assert [(i, j) for _, i, j in links] == [(1, 2)]
    # Two dated reports keep the dated bars (their days decide, ``NEAR_DAY_BAR``).
    assert cross_language_links({(0, 1): strong}, [True, True]) == []


def test_an_acronym_in_hindi_letter_names_meets_its_english_letters():
    assert set(latin_words("एनडीआरएफ")) == set(latin_words("NDRF")) == {"ndrf"}
    assert set(latin_words("एनआरजी स्टेडियम")) & set(latin_words("NRG Stadium")) == {"nrg"}


def test_two_meetings_of_one_cast_do_not_join_on_the_cast_alone():
    """The examples' undated English report of the Putin-Kim talks in the Far East and the Hindi report of their
    Pyongyang meeting, without the Pyongyang English report: each is the other's only match, on names alone (Putin,
    Kim, Russia, North Korea). Names alone keep the entity-only bars (``MUTUAL_BEYOND_NAMES``)."""
    far_east = story_input("en", (EXAMPLES / "en_summit_talks.txt").read_text(encoding="utf-8"), None)
    pyongyang = story_input("hi", (EXAMPLES / "hi_pyongyang_visit.txt").read_text(encoding="utf-8"), None)
    found = _evidence([far_east, pyongyang])[(0, 1)]
    assert found.word_score + found.number_score < crosslingual.MUTUAL_BEYOND_NAMES
    assert group_stories([far_east, pyongyang]) == [["en"], ["hi"]]
    cast = Evidence(entity_score=2.1, strong_entities=2, number_score=0.0, coverage=0.6, word_score=0.0)
    assert cross_language_links({(0, 1): cast}, [False, False]) == []
