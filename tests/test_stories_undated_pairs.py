"""Two undated reports of one event, one in each language, match each other best: each used to stand in the way of
the other's attachment, and both stayed alone (``crosslingual.undated_attachments``, session 13). Now the two are
ranked together and go, both, to the dated story they clearly match together, when it draws them at least as much
as they draw each other. Our own text, in the style of agency copy and Hindi web briefs."""

from khabar.link.stories import StoryInput, group_stories
from stories_support import attachment_evidence, story_input

# 11 March: a reactor blast at a pharma unit, a Hindi and an English report.
BLAST_HI = ("अनकापल्ली की फार्मा कंपनी में रिएक्टर फटा, 17 मजदूरों की मौत\n\nआंध्र प्रदेश के अनकापल्ली जिले में अच्युतापुरम "
            "सेज की एक दवा कंपनी में बुधवार दोपहर रिएक्टर में धमाके के बाद आग लग गई। हादसे में 17 मजदूरों की मौत हो गई और "
            "36 घायल हैं। घायलों को विशाखापत्तनम के अस्पतालों में भर्ती कराया गया है।")
BLAST_EN = ("Reactor blast at Anakapalli pharma unit kills 17 workers\n\nAn explosion in a reactor at a drug maker's "
            "plant in the Atchutapuram special economic zone of Andhra Pradesh's Anakapalli district killed 17 workers "
            "on Wednesday and injured 36, officials said. The injured were moved to hospitals in Visakhapatnam.")
# Undated follow-ups (no date, none in the text), one in each language: the same case, the same relief.
CASE_HI = ("अच्युतापुरम हादसा: कंपनी प्रबंधन पर केस दर्ज, मृतकों के परिवारों को एक करोड़ रुपये\n\nअनकापल्ली पुलिस ने "
           "अच्युतापुरम सेज की दवा कंपनी के प्रबंधन पर लापरवाही का मामला दर्ज किया। मुख्यमंत्री चंद्रबाबू नायडू ने 17 "
           "मृतकों के परिवारों को एक करोड़ रुपये देने की घोषणा की।")
CASE_EN = ("Atchutapuram blast: management booked, Naidu promises Rs 1 crore to each of 17 families\n\n"
           "Police registered a negligence case against the drug maker's management. Chief Minister Chandrababu "
           "Naidu said each of the 17 families would get Rs 1 crore.")
# A year before: a gas leak at another drug unit of the same district.
LEAK_HI = ("परवाड़ा फार्मा सिटी में गैस रिसाव, 120 महिला कर्मचारी बीमार\n\nआंध्र प्रदेश के अनकापल्ली जिले के परवाड़ा फार्मा सिटी में "
           "एक दवा कंपनी में मंगलवार को गैस रिसाव से 120 महिला कर्मचारी बेहोश हो गईं। उन्हें अनकापल्ली के अस्पताल "
           "ले जाया गया। जिला कलेक्टर ने जांच के आदेश दिए।")
LEAK_EN = ("Gas leak at Parawada pharma city unit leaves 120 women workers ill\n\nA gas leak at a drug unit in the "
           "Parawada pharma city in Anakapalli district left 120 women workers ill on Tuesday. The district collector "
           "ordered an inquiry.")


def blast() -> list[StoryInput]:
    return [story_input("b1", BLAST_HI, "2026-03-11"), story_input("b2", BLAST_EN, "2026-03-11")]


def leak() -> list[StoryInput]:
    return [story_input("l1", LEAK_HI, "2025-06-03"), story_input("l2", LEAK_EN, "2025-06-03")]


def follow_ups() -> list[StoryInput]:
    return [story_input("u1", CASE_HI, None), story_input("u2", CASE_EN, None)]


def test_two_undated_reports_that_match_each_other_best_go_to_their_event_together():
    case_hi, case_en = follow_ups()
    assert case_hi.day() is None and case_en.day() is None
    blast_reports = blast()
    # Each matches the other more than it matches the blast's story, and the blast's story more than the leak's.
    for undated, other in ((case_hi, case_en), (case_en, case_hi)):
        assert attachment_evidence(undated, other) > sum(attachment_evidence(undated, r) for r in blast_reports)
    assert group_stories([*blast_reports, *leak(), case_hi, case_en]) == [["b1", "b2", "u1", "u2"], ["l1", "l2"]]


def test_they_do_not_go_to_another_event_when_theirs_is_missing():
    """Without the blast's reports, the leak a year before (the same district) is their best dated match, but it
    draws them less than they draw each other: they do not go there. Each is the other's single best match in the
    other language, on names, numbers and rare words (``crosslingual.MUTUAL_BAR``, session 16): they are one
    story of their own (before session 16 both stayed alone)."""
    assert group_stories([*leak(), *follow_ups()]) == [["l1", "l2"], ["u1", "u2"]]


def test_one_undated_report_alone_is_not_enough():
    case_en = follow_ups()[1]
    assert group_stories([*blast(), *leak(), case_en]) == [["b1", "b2"], ["l1", "l2"], ["u2"]]
