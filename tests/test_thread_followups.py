"""A later story that names an earlier story's day in one sentence with a specific thing central to both (an entity
few stories name) is its follow-up (``threads.followups``): a shared cast is no follow-up, a recalled day beside a
specific thing of both is."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from khabar.link.threads import (
    ACTOR_DAYS,
    FOLLOWUP_MAX_STORIES,
    FOLLOWUP_SIMILARITY,
    ThreadEntity,
    ThreadInput,
    followups,
    recalled_events,
    relative_days,
)
from khabar.model import Entity
from link_support import stored_threads

MINE = Entity("e-mine", "LOC", "गोविंदपुर खदान", latin="Govindpur mine", aliases=["Govindpur colliery"])
FIRM = Entity("e-firm", "ORG", "Suryodaya Mining")


def test_a_day_and_a_central_entity_in_one_sentence():
    text = ("Police arrested the owner on Friday. The roof of the Govindpur mine caved in on 3 March, "
            "trapping 14 workers. Suryodaya Mining denied any fault.")
    assert recalled_events([text], [MINE, FIRM]) == {(3, 3, "e-mine")}
    assert recalled_events(["गोविंदपुर खदान में 3 मार्च को हुए हादसे के बाद जांच शुरू हुई।"], [MINE]) == {(3, 3, "e-mine")}
    # the day and the name in two sentences, a month alone, a name too short to look for
    assert recalled_events(["The Govindpur mine is shut. Work stopped on 3 March."], [MINE]) == frozenset()
    assert recalled_events(["The Govindpur mine caved in last March."], [MINE]) == frozenset()
    assert recalled_events(["On 3 March the UN met."], [Entity("e-un", "ORG", "UN")]) == frozenset()
    assert recalled_events([], [MINE]) == frozenset()


def test_a_count_of_days_back_from_the_story_day_names_the_day_it_points_to():
    """Session 27: "गोविंदपुर खदान हादसे के 13 दिन बाद", "two days after the Govindpur mine caved in": counted back from
    the story's own day, the sentence names the collapse's day beside the mine. "Two days later" (a later event of a
    recalled one), "two days before" (one still to come), "two days ago" (some happening of that day), days without
    a count, and a story without a day give nothing."""
    assert relative_days("गोविंदपुर खदान हादसे के 13 दिन बाद कंपनी का निदेशक गिरफ्तार हुआ") == {13}
    assert relative_days("The arrest came two days after the Govindpur mine caved in") == {2}
    # "two days ago", "दो दिन पहले": some happening of that day, no event the story follows
    for text in ("Two days later the workers were freed", "two days before the audit", "कुछ दिनों बाद जांच शुरू हुई",
                 "The mine caved in 400 days after the audit", "जो दो दिन पहले खदान में फंसे थे",
                 "Officials had warned of cracks two days ago"):
        assert relative_days(text) == frozenset()
    day = dt.date(2024, 3, 16)
    text = "गोविंदपुर खदान में हादसे के 13 दिन बाद पुलिस ने कंपनी के निदेशक को गिरफ्तार किया।"
    assert recalled_events([text], [MINE], day) == {(3, 3, "e-mine")}
    assert recalled_events([text], [MINE]) == frozenset()  # no date in it
    assert recalled_events(["Two days later the Govindpur mine reopened."], [MINE], day) == frozenset()
    # counted back, the thing beside the day must be specific (the minister of many stories is not)
    back = _stories(frozenset())
    back[1] = ThreadInput("s2", "2024-03-15", back[1].entities, recalls=frozenset(),
                          counted_back=frozenset({(3, 3, "e-mine")}))
    assert followups(back).keys() == {(0, 1)}
    crowded = _stories(frozenset(), crowd=FOLLOWUP_MAX_STORIES, crowded=2)
    crowded[0] = ThreadInput("s1", "2024-03-03", crowded[0].entities, actors=frozenset({"e-cm"}))
    crowded[1] = ThreadInput("s2", "2024-03-15", crowded[1].entities, recalls=frozenset(),
                             counted_back=frozenset({(3, 3, "e-cm")}))
    assert followups(crowded) == {}


def _stories(recalled: frozenset[tuple[int, int, str]], later: str = "2024-03-15", report: str | None = None,
             crowd: int = 0, crowded: int = 0) -> list[ThreadInput]:
    cast = [ThreadEntity("e-mine", "LOC", "mine"), ThreadEntity("e-state", "LOC", "state"),
            ThreadEntity("e-cm", "PER", "minister")]
    out = [ThreadInput("s1", "2024-03-03", cast),
           ThreadInput("s2", later, cast, report=report, recalls=frozenset(), recalled_events=recalled)]
    # other stories that name the mine (or the minister, ``crowded`` 2) too: the store's cast, no specific thing
    out += [ThreadInput(f"x{n}", "2024-02-01", [cast[crowded]]) for n in range(crowd)]
    return out


def test_a_later_story_that_recalls_the_day_beside_a_specific_thing_follows_it():
    found = followups(_stories(frozenset({(3, 3, "e-mine")})))
    assert set(found) == {(0, 1)} and found[(0, 1)] >= FOLLOWUP_SIMILARITY
    assert followups(_stories(frozenset({(3, 2, "e-mine")}))).keys() == {(0, 1)}  # the day before it was reported


def test_no_follow_up_without_the_day_the_specific_thing_or_the_window():
    assert followups(_stories(frozenset({(3, 9, "e-mine")}))) == {}  # another day
    # the minister, whom many stories name, beside the day; the mine, specific, named in another sentence
    assert followups(_stories(frozenset({(3, 3, "e-cm")}), crowd=FOLLOWUP_MAX_STORIES, crowded=2)) == {}
    assert followups(_stories(frozenset({(3, 3, "e-cm")}))).keys() == {(0, 1)}  # until he is in few stories
    assert followups(_stories(frozenset({(3, 3, "e-mine")}), crowd=FOLLOWUP_MAX_STORIES)) == {}  # the mine, everywhere
    assert followups(_stories(frozenset({(3, 3, "e-mine")}), later="2024-03-04")) == {}  # the next day: its own event
    assert followups(_stories(frozenset({(3, 3, "e-mine")}), later="2024-05-30")) == {}  # over ACTOR_DAYS
    assert ACTOR_DAYS < 88
    assert followups(_stories(frozenset({(3, 3, "e-mine")}), report="state")) == {}  # a tally names its series' days
    assert followups(_stories(frozenset())) == {}


def test_a_day_beside_the_actor_of_the_earlier_headline_recalls_it_however_many_stories_name_him():
    """Session 27: "He succeeds Francis, who died on April 21": the man the earlier headline is about is central to
    many stories (his visits, his audiences), so no specific thing; beside that story's day he names its event. The
    pair still shares a specific thing (the mine here), and a name that the earlier headline does not name as its
    actor stays what it was (many stories name the minister)."""
    stories = _stories(frozenset({(3, 3, "e-cm")}), crowd=FOLLOWUP_MAX_STORIES, crowded=2)
    assert followups(stories) == {}
    stories[0] = ThreadInput("s1", "2024-03-03", stories[0].entities, actors=frozenset({"e-cm"}))
    assert followups(stories).keys() == {(0, 1)}
    # no specific thing of both (the mine and the state in many stories too): the famous actor alone is a cast
    crowded = _stories(frozenset({(3, 3, "e-cm")}), crowd=FOLLOWUP_MAX_STORIES, crowded=2)
    crowded += [ThreadInput(f"y{n}", "2024-02-01", crowded[0].entities[:2]) for n in range(FOLLOWUP_MAX_STORIES)]
    crowded[0] = ThreadInput("s1", "2024-03-03", crowded[0].entities, actors=frozenset({"e-cm"}))
    assert followups(crowded) == {}


def test_an_earlier_count_report_is_recalled_only_a_later_tally_is_left_out():
    """Session 27: the earlier story may give a figure in its headline ("dies at 88", a toll): a later story that
    recalls its day beside a specific thing of both follows it. A later count report still names the days of its
    series, and is left out (above)."""
    stories = _stories(frozenset({(3, 3, "e-mine")}))
    stories[0] = ThreadInput("s1", "2024-03-03", stories[0].entities, report="state")
    assert followups(stories).keys() == {(0, 1)}
    assert followups(_stories(frozenset({(3, 3, "e-mine")}), report="state")) == {}


def _threads(tmp_path: Path, name: str, rows: list[tuple[str, str, str, str]],
             one_at_a_time: bool = False) -> dict[str, str | None]:
    return stored_threads(tmp_path / f"{name}.db", rows, one_at_a_time)


COLLAPSE = ("a-collapse", "2024-03-03", "Mine roof caves in at Govindpur, 14 workers trapped",
            "Fourteen workers were trapped on Sunday when the roof of the Govindpur colliery run by Suryodaya Mining "
            "caved in near Dhanbad. Rescue teams of the National Disaster Response Force pumped air into the shaft "
            "through the night. Suryodaya Mining said the shaft had passed its last safety audit. Relatives gathered "
            "at the gate and demanded faster rescue work from the district administration.")
RESCUE = ("b-collapse", "2024-03-04", "All 14 miners pulled out alive from Govindpur colliery",
          "Rescue teams brought all fourteen trapped workers out of the Govindpur colliery on Monday after a 30-hour "
          "operation. Doctors at the Dhanbad hospital said the men were weak but stable. Suryodaya Mining thanked "
          "the rescuers and promised compensation to the families.")
ARREST = ("c-arrest", "2024-03-16", "Mining company director held over safety lapses, sent to custody",
          "Inspector Ramesh Oraon of the Jharia police station said on Saturday that a director of Suryodaya Mining, "
          "Alok Bhatnagar, had been arrested on charges of negligence. Ramesh Oraon said the Directorate General of "
          "Mines Safety had warned Alok Bhatnagar about cracks in the roof for months. Chief Judicial Magistrate "
          "Anita Kujur sent Alok Bhatnagar to judicial custody for fourteen days. His lawyer Vikas Mahato told the "
          "court in Dhanbad that the Directorate General of Mines Safety had cleared the shaft, and Anita Kujur "
          "asked for the audit papers.")
RECALL = " The roof of the Suryodaya Mining colliery at Govindpur caved in on March 3, trapping fourteen workers."
ELSEWHERE = " Officials inspected another pit of the district on March 3."


def test_an_arrest_two_weeks_after_a_mine_collapse_follows_it_when_it_recalls_the_collapse_day(tmp_path: Path):
    """A colliery's roof caves in (two reports, one story) and a director of its company is arrested 13 days later.
    The two share the company and the district among many names of the arrest's own (the police, the court), under
    ``THRESHOLD``. The arrest report that recalls the collapse "on March 3" beside the company joins its affair; the
    same report without that sentence, or naming the day in a sentence about another pit, stays apart."""
    title, body = ARREST[2], ARREST[3]
    for name, extra in (("plain", ""), ("elsewhere", ELSEWHERE)):
        apart = _threads(tmp_path, name, [COLLAPSE, RESCUE, ("c-arrest", ARREST[1], title, body + extra)])
        assert apart["c-arrest"] is None or apart["c-arrest"] != apart["a-collapse"]
    for one_at_a_time in (False, True):  # in one batch, and the arrest added to the stored collapse
        rows = [COLLAPSE, RESCUE, ("c-arrest", ARREST[1], title, body + RECALL)]
        joined = _threads(tmp_path, f"recalled{one_at_a_time}", rows, one_at_a_time)
        assert joined["c-arrest"] is not None and joined["c-arrest"] == joined["a-collapse"]


def test_an_arrest_that_counts_the_days_since_the_collapse_follows_it(tmp_path: Path):
    """Session 27: the arrest report recalls the collapse by counting the days back ("thirteen days after ..."), not
    by its date; it joins the collapse's affair as the dated recall does. Counted forward ("thirteen days later")
    it stays apart."""
    title, body = ARREST[2], ARREST[3]
    back = " The arrest came thirteen days after the roof of the Suryodaya Mining colliery at Govindpur caved in."
    joined = _threads(tmp_path, "back", [COLLAPSE, RESCUE, ("c-arrest", ARREST[1], title, body + back)])
    assert joined["c-arrest"] is not None and joined["c-arrest"] == joined["a-collapse"]
    later = " Thirteen days later the Suryodaya Mining colliery at Govindpur was sealed."
    apart = _threads(tmp_path, "later", [COLLAPSE, RESCUE, ("c-arrest", ARREST[1], title, body + later)])
    assert apart["c-arrest"] is None or apart["c-arrest"] != apart["a-collapse"]


def test_the_next_day_follows_only_by_a_count_back_to_the_earlier_day():
    """Session 31: "शक्तिकांत दास होंगे नए गवर्नर, उर्जित पटेल के इस्तीफे के अगले दिन नियुक्ति", "named Governor a day
    after Patel's exit": a phrase of ``relative_day.day_after`` counts one day back, and a story of the next day
    whose headline counts back so, and whose sentence counts back to the earlier story's very day beside the earlier
    headline's actor, specific to few stories, follows it. A report whose body alone counts back (the second day
    of the same event), a day it names (its own event's, reported the next day), a count back to another day, the
    minister of many stories and another story of that day whose headline does not name the thing are not enough;
    "अगले दिन" without के (the next morning of the story's own event) counts nothing."""
    assert relative_days("Das was named Governor a day after the mine caved in") == {1}
    assert relative_days("गोविंदपुर खदान हादसे के अगले दिन निदेशक गिरफ्तार") == {1}
    assert relative_days("बचाव दल अगले दिन सुबह ही गांव तक पहुंच पाए") == frozenset()
    assert relative_days("The day was quiet") == frozenset()
    day = dt.date(2024, 3, 4)
    text = "गोविंदपुर खदान हादसे के अगले दिन पुलिस ने कंपनी के निदेशक को गिरफ्तार किया।"
    assert recalled_events([text], [MINE], day) == {(3, 3, "e-mine")}

    def next_day(counted: frozenset[tuple[int, int, str]], named: frozenset[tuple[int, int, str]] = frozenset(),
                 headline: str = "खदान हादसे के अगले दिन निदेशक गिरफ्तार", **kw: int) -> list[ThreadInput]:
        stories = _stories(named, later="2024-03-04", **kw)
        stories[0] = replace(stories[0], actors=frozenset({"e-mine", "e-cm"}))  # "Govindpur mine caves in"
        stories[1] = replace(stories[1], counted_back=counted, headline=headline)
        return stories

    found = followups(next_day(frozenset({(3, 3, "e-mine")})))
    assert set(found) == {(0, 1)} and found[(0, 1)] >= FOLLOWUP_SIMILARITY
    assert followups(next_day(frozenset({(3, 3, "e-mine")}), headline="Director held a day after mine collapse")) \
        .keys() == {(0, 1)}
    # the count back in a report's body only ("..., a day after the collapse"): the second day of the same event
    assert followups(next_day(frozenset({(3, 3, "e-mine")}), headline="Director of mining firm held")) == {}
    assert followups(next_day(frozenset(), named=frozenset({(3, 3, "e-mine")}))) == {}  # a named day: its own
    assert followups(next_day(frozenset({(3, 2, "e-mine")}))) == {}  # another day
    assert followups(next_day(frozenset({(3, 3, "e-cm")}), crowd=FOLLOWUP_MAX_STORIES, crowded=2)) == {}
    # another story of that day that names the mine but not in its headline is not the one recalled
    other = next_day(frozenset({(3, 3, "e-mine")}))
    other[0] = replace(other[0], actors=frozenset())
    assert followups(other) == {}
