"""A follow-up may recall its event by what happened rather than by a name (session 26): a sentence of the later
story that names the earlier story's day and writes two words of its headline that could frame an affair ("3 मार्च
को खदान की छत धंसने से मजदूर अंदर फंस गए थे" after "गोविंदपुर खदान की छत धंसी, 14 मजदूर अंदर फंसे") links the two, when
they share a specific entity as any follow-up must (``threads.followups``, ``recalled_words``)."""

from __future__ import annotations

from pathlib import Path

from khabar.link.threads import (
    FOLLOWUP_MAX_STORIES,
    FOLLOWUP_SIMILARITY,
    ThreadEntity,
    ThreadInput,
    followups,
    frame_candidates,
    recalled_words,
)
from link_support import stored_threads

COLLAPSE = "गोविंदपुर खदान की छत धंसी, 14 मजदूर अंदर फंसे"
RECALL = "पुलिस ने शनिवार को कंपनी के निदेशक को गिरफ्तार किया। 3 मार्च को खदान की छत धंसने से मजदूर अंदर फंस गए थे।"


def test_the_words_of_each_sentence_that_names_a_day():
    found = recalled_words([RECALL])
    assert {(3, 3, "छत"), (3, 3, "मजदूर"), (3, 3, "अंदर")} <= found
    assert not any(word in {"पुलिस", "निदेशक"} for _, _, word in found)  # the sentence without a day
    assert recalled_words(["मार्च में खदान की छत धंसी थी।"]) == frozenset()  # a month alone names no day
    assert recalled_words([]) == frozenset()


def _stories(sentence: str, later: str = "2024-03-15", report: str | None = None, crowd: int = 0,
             headline: str = COLLAPSE) -> list[ThreadInput]:
    cast = [ThreadEntity("e-village", "LOC", "गोविंदपुर"), ThreadEntity("e-firm", "ORG", "सूर्योदय माइनिंग"),
            ThreadEntity("e-state", "LOC", "झारखंड")]
    early = ThreadInput("s1", "2024-03-03", cast, headline=headline,
                        frame=frame_candidates(headline, "hi", [e.name for e in cast]))
    late = ThreadInput("s2", later, cast, headline="खदान कंपनी का निदेशक गिरफ्तार", report=report,
                       recalls=frozenset(), recalled_words=recalled_words([sentence]))
    # other stories that name the same cast: no specific thing of both
    return [early, late, *(ThreadInput(f"x{n}", "2024-02-01", cast) for n in range(crowd))]


def test_a_sentence_that_recalls_the_day_with_the_headline_words_follows_it():
    found = followups(_stories(RECALL))
    assert set(found) == {(0, 1)} and found[(0, 1)] >= FOLLOWUP_SIMILARITY
    # the day before the collapse was reported (a night's event in the next morning's paper)
    assert followups(_stories("2 मार्च की रात खदान की छत धंसने से मजदूर अंदर फंस गए थे।")).keys() == {(0, 1)}


def test_no_follow_up_from_other_days_one_word_other_sentences_or_the_subject():
    assert followups(_stories("9 मार्च को खदान की छत धंसने से मजदूर अंदर फंस गए थे।")) == {}  # another day
    assert followups(_stories("3 मार्च को हुए हादसे में कई मजदूर घायल हुए थे।")) == {}  # one word of the headline
    assert followups(_stories("खदान की छत धंसने से मजदूर अंदर फंस गए थे। जांच 3 मार्च को शुरू हुई।")) == {}
    # the words are what every story around is about: no affair of its own
    assert followups(_stories(RECALL), subject=frozenset({"खदान", "छत", "मजदूर", "अंदर"})) == {}
    assert followups(_stories(RECALL, crowd=FOLLOWUP_MAX_STORIES)) == {}  # no specific entity of both
    assert followups(_stories(RECALL, later="2024-03-04")) == {}  # the next day: its own event
    assert followups(_stories(RECALL, later="2024-05-30")) == {}  # over ACTOR_DAYS
    assert followups(_stories(RECALL, report="झारखंड")) == {}  # a tally names its series' days
    # an earlier headline that names only its place and a count gives no words to recall
    assert followups(_stories(RECALL, headline="गोविंदपुर में 14 नए मामले")) == {}


def _threads(tmp_path: Path, name: str, rows: list[tuple[str, str, str, str]],
             one_at_a_time: bool = False) -> dict[str, str | None]:
    return stored_threads(tmp_path / f"{name}.db", rows, one_at_a_time)


REPORTS = [
    ("a-collapse", "2024-03-03", COLLAPSE,
     "धनबाद। झारखंड के धनबाद जिले में सूर्योदय माइनिंग की गोविंदपुर कोलियरी में रविवार सुबह खदान की छत धंस गई और 14 "
     "मजदूर अंदर फंस गए। एनडीआरएफ की टीमों ने रात भर शाफ्ट में हवा पहुंचाई। सूर्योदय माइनिंग ने कहा कि शाफ्ट ने पिछला "
     "सुरक्षा ऑडिट पास किया था। मजदूरों के परिजन गेट पर जमा हो गए और जिला प्रशासन से तेज बचाव की मांग की।"),
    ("b-collapse", "2024-03-04", "गोविंदपुर कोलियरी से सभी 14 मजदूर सुरक्षित निकाले गए",
     "धनबाद। बचाव दलों ने सोमवार को 30 घंटे के अभियान के बाद गोविंदपुर कोलियरी में फंसे सभी चौदह मजदूरों को बाहर निकाल "
     "लिया। धनबाद के अस्पताल के डॉक्टरों ने बताया कि मजदूर कमजोर हैं लेकिन स्थिर हैं। सूर्योदय माइनिंग ने बचाव दलों का "
     "धन्यवाद किया और परिवारों को मुआवजे का वादा किया।"),
]
ARREST = ("c-arrest", "2024-03-16", "खनन कंपनी का निदेशक गिरफ्तार, न्यायिक हिरासत में भेजा गया",
          "धनबाद। झरिया थाना प्रभारी रमेश उरांव ने शनिवार को बताया कि सूर्योदय माइनिंग के निदेशक आलोक भटनागर को लापरवाही "
          "के आरोप में गिरफ्तार किया गया है। रमेश उरांव ने कहा कि खान सुरक्षा महानिदेशालय ने आलोक भटनागर को महीनों पहले "
          "दरारों के बारे में चेताया था। मुख्य न्यायिक दंडाधिकारी अनीता कुजूर ने आलोक भटनागर को चौदह दिन की न्यायिक हिरासत में "
          "भेज दिया। कंपनी गोविंदपुर कोलियरी का संचालन करती है। उनके वकील विकास महतो ने अदालत में कहा कि महानिदेशालय ने "
          "शाफ्ट को मंजूरी दी थी।")


def test_an_arrest_that_recalls_the_collapse_by_its_day_and_what_happened_joins_its_affair(tmp_path: Path):
    """A colliery's roof caves in (two reports, one story); a director of its company is arrested 13 days later. The
    two share the colliery and the district among the arrest's own names (the police, the court), under
    ``THRESHOLD``. The arrest report whose sentence recalls "3 मार्च को खदान की छत धंसने से 14 मजदूर अंदर फंस गए थे"
    (no name in it) joins the collapse's affair, in one batch and added to the stored collapse; without that
    sentence, or with one that names the day and one word of the headline, it stays apart."""
    for name, extra in (("plain", ""), ("one-word", " 3 मार्च को कई मजदूर घायल हुए थे।")):
        apart = _threads(tmp_path, name, [*REPORTS, (ARREST[0], ARREST[1], ARREST[2], ARREST[3] + extra)])
        assert apart["c-arrest"] is None or apart["c-arrest"] != apart["a-collapse"]
    recall = " 3 मार्च को खदान की छत धंसने से 14 मजदूर अंदर फंस गए थे।"
    for one_at_a_time in (False, True):
        rows = [*REPORTS, (ARREST[0], ARREST[1], ARREST[2], ARREST[3] + recall)]
        joined = _threads(tmp_path, f"recalled{one_at_a_time}", rows, one_at_a_time)
        assert joined["c-arrest"] is not None and joined["c-arrest"] == joined["a-collapse"]
