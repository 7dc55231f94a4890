"""Session 28 (docs/stories.md, "Session 28: stories across papers"): a place a headline names as where people or a
report came from (``इटली से लौटे``, ``पुणे से आई रिपोर्ट``: से and a verb of coming, ``origin_after`` and
``origin_verbs`` of ``lang/hi/regions.json``) is not where its news happens, so one paper's "Punjab's first case"
and another's "the report came from Pune" are no two scenes; and kinship words frame no thread (the joined report
then stays out of another family's thread). Our own headlines."""

from khabar.link.places import headline_scope
from khabar.link.stories import REGION_CONFLICT_FACTOR, StoryInput, damp_region_conflicts


def test_a_place_people_or_a_report_came_from_is_no_scene():
    assert headline_scope("इटली से लौटे पिता-पुत्र की पुणे से आई रिपोर्ट, पिता पॉजिटिव", ["इटली", "पुणे"]) is None
    assert headline_scope("केरल से आए छात्र में कोरोना की पुष्टि, पंजाब में पहला मामला", ["केरल", "पंजाब"]) == "Punjab"
    assert headline_scope("दिल्ली से लौटे मजदूरों में संक्रमण, गोरखपुर में तीन नए मरीज",
                          ["दिल्ली", "गोरखपुर"]) == "Uttar Pradesh"


def test_a_place_the_news_comes_from_is_still_its_scene():
    # से without a verb of coming: "good news from Bihar" happens in Bihar
    assert headline_scope("कोरोना के बीच बिहार से अच्छी खबर, तीन मरीज ठीक हुए", ["बिहार"]) == "Bihar"
    assert headline_scope("पंजाब में कोरोना का पहला मरीज", ["पंजाब"]) == "Punjab"
    assert headline_scope("महाराष्ट्र सरकार ने स्कूल बंद किए", ["महाराष्ट्र"]) == "Maharashtra"


def test_two_papers_reports_of_one_case_are_not_halved_as_two_scenes():
    body = "होशियारपुर के पिता-पुत्र चार मार्च को इटली से लौटे थे। पिता की रिपोर्ट पॉजिटिव आई है और बेटे की निगेटिव। " * 4
    punjab = StoryInput("a", "hi", body, "2020-03-09", mentions=(("LOC", "पंजाब"), ("LOC", "होशियारपुर")),
                        source="paper-a", title="पंजाब में कोरोना का पहला मरीज, पिता पॉजिटिव और बेटा निगेटिव")
    pune = StoryInput("b", "hi", body, "2020-03-10", mentions=(("LOC", "इटली"), ("LOC", "पुणे")), source="paper-b",
                      title="इटली से लौटे पिता-पुत्र की पुणे से आई रिपोर्ट, पिता पॉजिटिव और बेटा निगेटिव")
    assert pune.scope() is None
    assert damp_region_conflicts([punjab, pune], {(0, 1): 0.5}) == {(0, 1): 0.5}
    # a headline that does place its news in Maharashtra still conflicts with Punjab's
    pune_scene = StoryInput("c", "hi", body, "2020-03-10", mentions=(("LOC", "पुणे"),), source="paper-b",
                            title="पुणे में पिता-पुत्र की जांच, पिता पॉजिटिव और बेटा निगेटिव")
    assert pune_scene.scope() == "Maharashtra"
    assert damp_region_conflicts([punjab, pune_scene], {(0, 1): 0.5}) == {(0, 1): 0.5 * REGION_CONFLICT_FACTOR}


def test_kinship_words_frame_no_affair():
    """Two families' cases are two affairs: पिता, बेटे, परिवार say who, not what happened (``person_words`` of
    ``lang/hi/threads.json``), so they frame no thread (``threads.frame_candidates``)."""
    from khabar.link.threads import frame_candidates

    found = frame_candidates("पिता से बेटे में फैला कोरोना, परिवार के तीन लोग अस्पताल में", "hi")
    assert not {"पिता", "बेटे", "परिवार"} & set(found)
    assert {"कालाबाजारी", "छापा"} <= set(frame_candidates("मास्क की कालाबाजारी पर छापा, दुकान सील", "hi"))
