"""Two stories of one cast more than ``ACTOR_DAYS`` apart in the same year are one affair when the later one's
texts name the earlier one's day (a landing's reports recall the launch "on July 22"): a year never names an
earlier event of its own year, and a bare month ("signed in July") does not tell a follow-up from the next visit of
the same leaders."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.link.threads import ThreadEntity, ThreadInput, _unrecalled, named_days
from link_support import stored_threads


def test_the_days_a_text_names():
    assert named_days(["यान को 22 जुलाई को श्रीहरिकोटा से छोड़ा गया था।"]) == {(7, 22)}
    assert named_days(["The orbiter, launched on July 22, is healthy.", "३ सितंबर को अलग हुआ"]) == {(7, 22), (9, 3)}
    assert named_days(["Talks were held on 5 May in the capital."]) == {(5, 5)}
    # no day: a month alone, a month and a year, a modal verb, a march, the Jan of a scheme's name, abbreviations
    assert named_days(["the agreement signed in London in July", "जुलाई 2019 में", "मई के अंत तक"]) == frozenset()
    assert named_days(["Officials may march on 4 to the Jan Dhan office; Mar 3, Sept 9."]) == frozenset()
    assert named_days(["on July 40 and 0 July"]) == frozenset()
    assert named_days([]) == frozenset()


def _pair(days: frozenset[tuple[int, int]], second_day: str = "2019-09-07") -> list[ThreadInput]:
    cast = [ThreadEntity("e1", "ORG", "A"), ThreadEntity("e2", "PER", "B")]
    return [ThreadInput("s1", "2019-07-22", cast),
            ThreadInput("s2", second_day, cast, recalls=frozenset(), recalled_days=days)]


def test_a_later_story_of_the_same_year_recalls_the_earlier_by_its_day():
    first, second = np.array([0]), np.array([1])
    assert not _unrecalled(_pair(frozenset({(7, 22)})), first, second)[0]  # names 22 July: one affair
    assert not _unrecalled(_pair(frozenset({(7, 21)})), first, second)[0]  # the day before it was reported
    assert _unrecalled(_pair(frozenset({(7, 15)})), first, second)[0]  # another day of that month
    assert _unrecalled(_pair(frozenset({(9, 7)})), first, second)[0]  # only its own day
    assert _unrecalled(_pair(frozenset()), first, second)[0]
    # a later year is recalled by the year, not the day
    assert _unrecalled(_pair(frozenset({(7, 22)}), "2020-09-07"), first, second)[0]


def _threads(tmp_path: Path, name: str, rows: list[tuple[str, str, str, str]],
             one_at_a_time: bool = False) -> dict[str, str | None]:
    return stored_threads(tmp_path / f"{name}.db", rows, one_at_a_time)


def test_a_landing_seven_weeks_after_its_launch_follows_it_when_it_recalls_the_launch_day(tmp_path: Path):
    """A space agency launches a probe in July (two reports, one story) and lands it 48 days later: the same agency
    and the same chief, over ``ACTOR_DAYS`` apart in one year. The landing report that recalls the launch "14 जुलाई
    को" joins the launch's affair; the same report without the day, or naming only the month, stays apart."""
    launch = ("इसरो ने शुक्रवार को श्रीहरिकोटा से चंद्रयान-3 का प्रक्षेपण किया। इसरो प्रमुख एस सोमनाथ ने कहा कि यान "
              "पृथ्वी की कक्षा में ठीक से पहुंच गया है और अगले हफ्तों में चंद्रमा की ओर बढ़ेगा। वैज्ञानिकों ने "
              "नियंत्रण कक्ष में तालियां बजाकर सफलता का जश्न मनाया।")
    next_day = ("इसरो प्रमुख एस सोमनाथ ने शनिवार को बताया कि चंद्रयान-3 के सभी उपकरण ठीक काम कर रहे हैं। इसरो के "
                "वैज्ञानिक यान की कक्षा को धीरे-धीरे बढ़ा रहे हैं और पहला चरण सफल रहा।")
    landing = ("इसरो का चंद्रयान-3 बुधवार शाम चंद्रमा के दक्षिणी ध्रुव के पास उतरा। इसरो प्रमुख एस सोमनाथ ने कहा कि "
               "लैंडर और रोवर दोनों ठीक हैं और अगले चौदह दिन प्रयोग करेंगे। प्रधानमंत्री ने वैज्ञानिकों को बधाई दी।")
    recall = " यान को 14 जुलाई को छोड़ा गया था।"
    month_only = ("c-landing", "2023-08-31", "चंद्रयान-3 चंद्रमा पर उतरा, इसरो ने रचा इतिहास",
                  landing + " यान को जुलाई में छोड़ा गया था।")
    first = ("a-launch", "2023-07-14", "इसरो ने चंद्रयान-3 का प्रक्षेपण किया, सोमनाथ बोले- यान सही कक्षा में", launch)
    follow = ("b-launch", "2023-07-15", "चंद्रयान-3 के सभी उपकरण ठीक, इसरो ने बढ़ाई कक्षा", next_day)
    plain = ("c-landing", "2023-08-31", "चंद्रयान-3 चंद्रमा पर उतरा, इसरो ने रचा इतिहास", landing)
    recalled = ("c-landing", "2023-08-31", "चंद्रयान-3 चंद्रमा पर उतरा, इसरो ने रचा इतिहास", landing + recall)

    for name, later in (("plain", plain), ("month", month_only)):
        apart = _threads(tmp_path, name, [first, follow, later])
        assert apart["c-landing"] is None or apart["c-landing"] != apart["a-launch"]
    for one_at_a_time in (False, True):  # in one batch, and the landing added to the stored launch
        joined = _threads(tmp_path, f"recalled{one_at_a_time}", [first, follow, recalled], one_at_a_time)
        assert joined["c-landing"] is not None and joined["c-landing"] == joined["a-launch"] == joined["b-launch"]


def test_a_year_reckoned_back_from_the_report_recalls_it_as_its_number_would():
    """Session 29: "पिछले साल अगस्त में", "last year" name the year before the report's own (the analysis resolves
    them, ``Timex.value``), as "2024" would."""
    from khabar.link.threads import named_years

    assert named_years(["पिछले साल अगस्त में हुई इस घटना"], [["2025-01-20", "2024-08"]]) == {2024, 2025}
    assert named_years(["in 2019 and २०२३"], [[None, "P3D", "2019-04-15"]]) == {2019, 2023}
    # a year reckoned by one report of four is not the story's: a cyclone's reports recalling last year's storm
    assert named_years([], [["2019-11"], ["2020-05-20"], [], ["2020-05-21"]]) == {2020}
    assert named_years([], [["2024-08"], ["2024"]]) == {2024}


def test_a_report_of_the_next_year_that_recalls_the_event_as_last_year_joins_its_affair(tmp_path: Path):
    """A probe launched in July and landing in January of the next year, with the same agency and chief: the
    landing report that says it was launched "पिछले साल जुलाई में" joins the launch's affair; without those words
    it stays apart (more than ``ACTOR_DAYS`` apart, no year recalled)."""
    launch = ("इसरो ने शुक्रवार को श्रीहरिकोटा से चंद्रयान-3 का प्रक्षेपण किया। इसरो प्रमुख एस सोमनाथ ने कहा कि यान "
              "पृथ्वी की कक्षा में ठीक से पहुंच गया है और अगले महीनों में चंद्रमा की ओर बढ़ेगा। वैज्ञानिकों ने "
              "नियंत्रण कक्ष में तालियां बजाकर सफलता का जश्न मनाया।")
    next_day = ("इसरो प्रमुख एस सोमनाथ ने शनिवार को बताया कि चंद्रयान-3 के सभी उपकरण ठीक काम कर रहे हैं। इसरो के "
                "वैज्ञानिक यान की कक्षा को धीरे-धीरे बढ़ा रहे हैं और पहला चरण सफल रहा।")
    landing = ("इसरो का चंद्रयान-3 बुधवार शाम चंद्रमा के दक्षिणी ध्रुव के पास उतरा। इसरो प्रमुख एस सोमनाथ ने कहा कि "
               "लैंडर और रोवर दोनों ठीक हैं और अगले चौदह दिन प्रयोग करेंगे। प्रधानमंत्री ने वैज्ञानिकों को बधाई दी।")
    first = ("a-launch", "2023-07-14", "इसरो ने चंद्रयान-3 का प्रक्षेपण किया, सोमनाथ बोले- यान सही कक्षा में", launch)
    follow = ("b-launch", "2023-07-15", "चंद्रयान-3 के सभी उपकरण ठीक, इसरो ने बढ़ाई कक्षा", next_day)
    headline = "चंद्रयान-3 चंद्रमा पर उतरा, इसरो ने रचा इतिहास"
    plain = ("c-landing", "2024-01-17", headline, landing)
    recalled = ("c-landing", "2024-01-17", headline, landing + " यान को पिछले साल जुलाई में छोड़ा गया था।")
    apart = _threads(tmp_path, "plain-year", [first, follow, plain])
    assert apart["c-landing"] is None or apart["c-landing"] != apart["a-launch"]
    for one_at_a_time in (False, True):
        joined = _threads(tmp_path, f"last-year{one_at_a_time}", [first, follow, recalled], one_at_a_time)
        assert joined["c-landing"] is not None and joined["c-landing"] == joined["a-launch"] == joined["b-launch"]
