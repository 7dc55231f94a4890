"""A paper's page that carries another report whole below its own story resembles that report by its tail: the
two bodies are close, their openings are not. Two reports of one event each open with it. Pairs whose leads'
cosine is under ``TAIL_RATIO`` of their bodies' cosine count ``TAIL_FACTOR`` (session 14,
``stories.damp_tail_matches``). Our own text."""

from khabar.link.stories import (
    SIMILARITY_THRESHOLD,
    TAIL_FACTOR,
    damp_tail_matches,
    group_stories,
    pair_similarities,
)
from stories_support import story_input

FIRE = ("Fire in Andheri hospital ward, 40 patients shifted\n\n"
        "A fire broke out in the second-floor ward of a civic hospital in Andheri on Monday morning, and 40 patients "
        "were moved to other wards and to the nearby Cooper hospital, fire brigade officials said. No one was hurt. "
        "The blaze started in an air-conditioning unit at about 7.30 am and was put out within an hour by four fire "
        "engines. Smoke filled the corridor and relatives carried some elderly patients down the stairs.\n\n"
        "The chief fire officer said a short circuit was the likely cause and that the hospital's fire audit had "
        "been due in March. The municipal commissioner ordered an inquiry and asked all civic hospitals to check "
        "their wiring and extinguishers within a week. The ward will stay shut for repairs. Opposition corporators "
        "demanded the suspension of the hospital's dean and said the audit had been put off twice.")
# Another paper's report of the same fire, the same day.
FIRE2 = ("Short circuit suspected in Andheri civic hospital fire; probe ordered\n\n"
         "Forty patients had to be moved out of a ward of the civic hospital in Andheri after a fire broke out in an "
         "air-conditioning unit on Monday morning. Four fire engines brought the blaze under control in about an "
         "hour and nobody was injured, the fire brigade said. Relatives and ward boys helped elderly patients down "
         "the smoke-filled stairs, and some were taken to Cooper hospital.\n\n"
         "Fire officials suspect a short circuit. The hospital's fire audit was pending, they said. The municipal "
         "commissioner has ordered an inquiry and an audit of wiring and extinguishers in every civic hospital. "
         "Patients' families complained that no alarm was heard and that staff on the night shift had not been "
         "trained to use the extinguishers. The ward has been closed for repairs.")
# A page of the same day: its own story (the civic budget for hospitals), then the first fire report carried whole.
PAGE = ("Civic body to spend more on hospital beds and nurses\n\n"
        "The municipal corporation will add 600 beds to its hospitals and hire 350 nurses this year, the standing "
        "committee decided on Monday, approving an extra allocation for public health in the suburbs. Borivali, "
        "Goregaon and Malad will get new maternity wards, and the Kandivali hospital a second operation theatre. "
        "The health officer told the committee that the new posts would be filled by contract until the recruitment "
        "board finishes its exams. Corporators of all parties welcomed the plan but asked for a deadline; some "
        "members said the last year's money for wards had not been spent. The committee also cleared the "
        "purchase of 20 ambulances and asked the health department to report every quarter on how many beds were "
        "in use, and how many of the sanctioned posts of doctors and nurses stayed vacant.\n\n"
        + FIRE.split("\n\n", 1)[1])


def test_a_page_that_carries_a_report_in_its_tail_is_another_story():
    items = [story_input("fire", FIRE, "2026-02-02"), story_input("page", PAGE, "2026-02-02")]
    sims = pair_similarities(items)
    assert sims[(0, 1)] >= SIMILARITY_THRESHOLD  # the tail carries the whole fire report
    assert damp_tail_matches(items, sims)[(0, 1)] == sims[(0, 1)] * TAIL_FACTOR < SIMILARITY_THRESHOLD
    assert group_stories(items) == [["fire"], ["page"]]


def test_two_reports_of_one_event_open_alike_and_stay_one_story():
    items = [story_input("fire", FIRE, "2026-02-02"), story_input("fire2", FIRE2, "2026-02-02"),
             story_input("page", PAGE, "2026-02-02")]
    sims = pair_similarities(items)
    assert damp_tail_matches(items, sims)[(0, 1)] == sims[(0, 1)]
    assert group_stories(items) == [["fire", "fire2"], ["page"]]
