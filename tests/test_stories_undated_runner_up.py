"""An undated report of an event used to stand as the runner-up of the event's own dated story, and keep another
undated report of the same event from it: the English follow-up below matches the dated Hindi reports best, but the
Hindi follow-up comes close, and an undated group is no destination (``crosslingual.undated_attachments``, session
13, round 2). Now an undated group that a dated group draws at least as much as the movers do (and at least
``ATTACH_BAR``) is no runner-up of its own: it goes there, or stays alone. Our own text, in the style of Hindi web
briefs and agency copy."""

from khabar.link.stories import group_stories
from stories_support import attachment_evidence, story_input

# 13 April: a bus falls into a gorge in Kullu; two Hindi reports of the day.
CRASH_HI = ("कुल्लू में खाई में गिरी निजी बस, 14 यात्रियों की मौत\n\nहिमाचल प्रदेश के कुल्लू जिले में बंजार के पास सोमवार शाम "
            "एक निजी बस अनियंत्रित होकर 300 फुट गहरी खाई में गिर गई। हादसे में 14 यात्रियों की मौत हो गई और 23 घायल हैं। "
            "घायलों को कुल्लू के क्षेत्रीय अस्पताल में भर्ती कराया गया है।")
RESCUE_HI = ("बंजार में देर रात तक चला बचाव अभियान, खाई से निकाले गए 14 शव\n\nकुल्लू जिले के बंजार में 300 फुट गहरी खाई में "
             "गिरी बस से पुलिस, होमगार्ड और ग्रामीणों ने देर रात तक 14 शव और 23 घायलों को निकाला। अंधेरा और संकरी सड़क बचाव "
             "में बाधा बने।")
# Undated follow-ups, one in each language.
ARREST_EN = ("Banjar tragedy: operator's permit cancelled, driver arrested\n\nThe transport department cancelled the "
             "operator's permit and Kullu police arrested the driver a day after the Banjar accident that left 14 dead "
             "and 23 in hospital, pulled out of the 300-foot gorge. Chief Minister Sukhvinder Singh Sukhu announced "
             "Rs 4 lakh for each family.")
# (It names no amount: since session 22 चार-चार लाख reads as 4 lakh, the English report's Rs 4 lakh, and the two
# follow-ups would then match each other better than this scenario needs.)
RELIEF_HI = ("बंजार बस हादसा: मुख्यमंत्री सुक्खू ने मृतकों के परिजनों को सहायता देने का ऐलान किया\n\nमुख्यमंत्री सुखविंदर "
             "सिंह सुक्खू ने कुल्लू जिले में हुए बंजार बस हादसे के 14 मृतकों और 23 घायलों के परिजनों को सहायता देने की "
             "घोषणा की। परिवहन विभाग ने बस संचालक का परमिट निलंबित कर दिया है।")
# A year before, in the same district: a tempo off the road in another valley.
TEMPO_HI = ("सैंज घाटी में खाई में गिरा टेंपो, नौ लोगों की मौत\n\nकुल्लू जिले की सैंज घाटी में शनिवार को श्रद्धालुओं से भरा "
            "एक टेंपो सड़क से फिसलकर खाई में गिर गया। हादसे में नौ लोगों की मौत हो गई और छह घायल हो गए।")


def crash() -> list:
    return [story_input("d1", CRASH_HI, "2026-04-13"), story_input("d2", RESCUE_HI, "2026-04-13")]


def follow_ups() -> list:
    return [story_input("u1", ARREST_EN, None), story_input("u2", RELIEF_HI, None)]


def test_an_undated_report_drawn_to_the_same_story_is_no_runner_up():
    arrest, relief = follow_ups()
    reports = crash()
    to_crash = sum(attachment_evidence(arrest, r) for r in reports)
    # The English follow-up matches the crash's story best, the Hindi one almost as much: too close a runner-up.
    assert to_crash > attachment_evidence(arrest, relief) >= 0.75 * to_crash / len(reports) ** 0.25
    # The Hindi follow-up matches the English one best, yet the crash's story draws it at least as much.
    relief_to_crash = sum(attachment_evidence(relief, r) for r in reports)
    assert relief_to_crash >= attachment_evidence(arrest, relief) > relief_to_crash / len(reports) ** 0.25
    assert group_stories([*reports, arrest, relief]) == [["d1", "d2", "u1", "u2"]]


def test_without_their_story_they_stay_alone():
    """The tempo accident a year before in the same district is not their event. The two follow-ups are each
    other's single best match across languages (``crosslingual.MUTUAL_BAR``, session 16): one story of their own
    (before session 16 each stayed alone)."""
    tempo = story_input("t1", TEMPO_HI, "2025-06-07")
    assert group_stories([tempo, *follow_ups()]) == [["t1"], ["u1", "u2"]]


def test_the_other_story_of_the_district_does_not_draw_them():
    tempo = story_input("t1", TEMPO_HI, "2025-06-07")
    assert group_stories([tempo, *crash(), *follow_ups()]) == [["d1", "d2", "u1", "u2"], ["t1"]]
