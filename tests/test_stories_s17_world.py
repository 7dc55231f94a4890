"""Session 17, story precision (docs/stories.md, "Session 17: the world's update is not a country's"): a headline
that places its news across the whole world (दुनियाभर में, विश्व में, 122 देशों में) reports the world's daily
update, and a count report of the world and one of India (or of a state) are two stories, however much of the day's
running text (the world table, the ministry's advice) they share. Our own text, in the style of Hindi web briefs."""

from dataclasses import replace

from khabar.link.places import HOME, WORLD, headline_scope, report_scene, wide_scenes
from khabar.link.stories import StoryInput, damp_region_conflicts, group_stories, scopes_conflict

WORLD_TITLE = "कोरोना वायरस: दुनियाभर में मरने वालों की संख्या 4,105 के पार, 1.1 लाख लोग संक्रमित"
INDIA_TITLE = "भारत में कोरोना वायरस के 62 मामले, केरल में छह नए मरीज"
# The running text that both pages of 11 March carry: the world table and the ministry's advice.
_DAY = ("दुनियाभर में 4,105 लोगों की मौत हो चुकी है और 1.1 लाख लोग संक्रमित हैं। चीन में अब तक 3,158 लोगों की "
        "मौत हो चुकी है, इटली में 631 और ईरान में 291 लोगों ने जान गंवाई है। "
        "स्वास्थ्य मंत्रालय ने लोगों से भीड़ वाली जगहों पर न जाने और हाथ धोते रहने की अपील की है। विदेश से लौटे "
        "यात्रियों की हवाई अड्डों पर जांच की जा रही है और संदिग्धों को आइसोलेशन वार्ड में रखा गया है। ")
_WORLD_MORE = ("विश्व स्वास्थ्य संगठन ने कहा कि 114 देशों में संक्रमण फैल चुका है और यूरोप नया केंद्र बन रहा है। "
               "अमेरिका में 31 लोगों की मौत के बाद कई राज्यों ने आपातकाल घोषित किया, स्पेन ने स्कूल बंद किए। ")
_INDIA_MORE = ("केरल में छह नए मरीज मिलने के बाद देश में संक्रमितों की संख्या 62 हो गई। कर्नाटक और महाराष्ट्र में "
               "संदिग्धों के नमूने पुणे की प्रयोगशाला भेजे गए, दिल्ली सरकार ने सिनेमाघर बंद करने का आदेश दिया। ")
WORLD_PAGE = StoryInput("world", "hi", _WORLD_MORE * 2 + _DAY,
                        "2020-03-11", mentions=(("LOC", "चीन"), ("LOC", "इटली"), ("LOC", "ईरान")),
                        numbers=(4105.0, 110000.0, 3158.0, 631.0, 291.0), source="paper-a", title=WORLD_TITLE)
INDIA_PAGE = StoryInput("india", "hi", _INDIA_MORE * 2 + _DAY, "2020-03-11",
                        mentions=(("LOC", "भारत"), ("LOC", "केरल"), ("LOC", "चीन")),
                        numbers=(62.0, 4105.0, 110000.0, 3158.0, 631.0, 291.0), source="paper-b", title=INDIA_TITLE)


def test_a_headline_that_speaks_of_the_whole_world_has_the_world_as_its_scene():
    assert report_scene(WORLD_TITLE) == WORLD
    assert report_scene("विश्व में कोरोना वायरस से 4005 मौतें, एक लाख से ज्यादा लोग संक्रमित") == WORLD
    assert report_scene("दुनिया के 122 देशों में फैला कोरोना वायरस, इन 10 देशों में सबसे ज्यादा मौतें") == WORLD
    assert report_scene("Coronavirus deaths worldwide pass 4,000") == WORLD


def test_a_continent_is_a_scene_wider_than_its_countries():
    assert report_scene("यूरोप में कोरोना संक्रमण से 1 लाख 20 हजार से ज्यादा की मौत") == "Europe"
    assert report_scene("Deaths in Europe pass 120,000") == "Europe"
    assert {"world", "Europe"} <= wide_scenes()
    assert not scopes_conflict("Europe", "France")  # France lies in Europe
    # Two count updates, Europe's and France's, are two stories: their scopes differ.
    europe = replace(WORLD_PAGE, title="यूरोप में कोरोना से 1,20,140 मौतें, इटली और स्पेन सबसे ज्यादा प्रभावित")
    france = replace(INDIA_PAGE, title="फ्रांस में कोविड-19 से मरने वालों की संख्या 22,245 हुई",
                     mentions=(("LOC", "फ्रांस"),), numbers=(22245.0, 120140.0))
    assert damp_region_conflicts([europe, france], {(0, 1): 0.6}) == {(0, 1): 0.3}


def test_a_place_or_the_home_country_named_first_is_still_the_scene():
    # The first clause decides, as for the country (देश में ... , महाराष्ट्र ...): India's count that mentions the world.
    assert report_scene(INDIA_TITLE, ["भारत", "केरल"]) == headline_scope(INDIA_TITLE, ["भारत", "केरल"])
    assert report_scene("देश में 73 लोगों में संक्रमण, दुनिया में 4,600 मौतें") == HOME
    assert report_scene("इटली में 24 घंटे में 200 मौतें, दुनियाभर में सख्ती", ["इटली"]) == "Italy"
    # No world phrase: exactly the headline's own scope.
    assert report_scene("यूपी में कोरोना के 16 नए मामले आए सामने") == headline_scope("यूपी में कोरोना के 16 नए मामले आए सामने")
    # "the world's economy" is no scene of news in the world ("दुनिया की" is not "दुनिया में").
    assert report_scene("कोरोना ने थामी दुनिया की रफ्तार, नमाज तक पर पहरा") is None


def test_the_world_and_a_country_do_not_conflict_by_themselves():
    """The world holds every country: a report of the world's reaction and one of India's are not kept apart for
    their scenes alone (only two count updates are, below)."""
    assert not scopes_conflict(WORLD, "India")
    assert not scopes_conflict("Kerala", WORLD)
    assert scopes_conflict("Kerala", "Maharashtra")


def test_the_world_s_count_and_india_s_count_of_one_day_are_two_stories():
    """India's page states the world's figures too (its text carries the world tally), so the figures alone do not
    tell the two updates apart (``counts.figures_disagree``): their scenes do."""
    sims = {(0, 1): 0.6}
    assert damp_region_conflicts([WORLD_PAGE, INDIA_PAGE], sims) == {(0, 1): 0.3}
    assert group_stories([WORLD_PAGE, INDIA_PAGE]) == [["india"], ["world"]]
    # Without their headlines, the day's running text they share joins them: the scope is what parts them.
    untitled = [replace(WORLD_PAGE, title=None), replace(INDIA_PAGE, title=None)]
    assert group_stories(untitled) == [["india", "world"]]


def test_two_papers_world_updates_of_one_day_stay_one_story():
    other_title = "विश्व में कोरोना से 4,105 मौतें, 114 देशों में फैला संक्रमण"
    other = replace(WORLD_PAGE, article_id="world-b", source="paper-b", title=other_title)
    assert damp_region_conflicts([WORLD_PAGE, other], {(0, 1): 0.6}) == {(0, 1): 0.6}
    assert group_stories([WORLD_PAGE, other]) == [["world", "world-b"]]
