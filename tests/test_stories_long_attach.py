"""An undated full-length report goes to the dated story its lead tells, not to the older event of the same cast
that its last paragraphs recall (``crosslingual.lead_signals`` in ``undated_attachments``, session 23). Our own
text: two ferry disasters on one lake five years apart, invented names."""

import datetime as dt

from khabar.analyse.pipeline import analyse
from khabar.link.crosslingual import lead_signals, undated_attachments
from khabar.model import Article

# Undated, long: the lead tells the 2024 capsizing, the background recalls the 2019 sinking at length.
NEW_LONG = ("Lake Kanhar mourns again\n\nMothers sat weeping on the steps of Baleshwar Ghat till dawn, clutching "
            "photographs of sons and daughters who had boarded the Sagar Rani for the fair. Only 31 of them have "
            "come home, wrapped in white cloth. Meera Joshi, the collector, walked among the families and "
            "promised that the divers would not stop. Bhola Marine, whose boat it was, faces a case, and its "
            "owner sits in a police lock-up while witnesses speak of a deck packed far beyond its limit.\n\n"
            "\"He called me at six and said he would be back for dinner,\" said a woman who sells bangles near "
            "the temple. Her husband's cousin, a tailor, had taken his two children along. Shops in the bazaar "
            "kept their shutters down on Sunday, schools closed, and the evening prayers were said in silence. "
            "Volunteers from nearby villages brought food, tea and blankets for those who would not leave the "
            "water's edge, and doctors from the town hospital set up a tent to treat the ones who fainted.\n\n"
            "Boatmen say the trade has changed. Fares have barely moved in ten years while diesel costs have "
            "doubled, so owners squeeze in more riders on festival days, when the road to the fair is jammed "
            "with tractors and buses. Most of the wooden boats were built by hand in the yards upstream, and few "
            "have been inspected since they were first registered. The fishermen's union has asked for a "
            "meeting with the state government and wants a ban on night crossings during the monsoon months.\n\n"
            "The lake has seen this before. In the storm that sank the launch Jal Pari off Kanhargarh, 48 "
            "people died, and transport minister Ramesh Patil promised life jackets on every boat and a weather "
            "warning system for the lake. Dhanraj Transport, which ran that launch, lost its licence. Residents "
            "say the life jackets never came and the warning system was never built on Lake Kanhar.")



def test_a_long_reports_lead_signals_are_its_own_events_names():
    """The lead (first ``ATTACH_LEAD_WORDS`` words) names the new capsizing's people and bodies; the background
    paragraph's minister and operator of the older sinking are left out. A short report has no separate lead."""
    names, _, text = lead_signals(analyse(Article("x", NEW_LONG)))
    said = {name for _, name in names}
    assert "Meera Joshi" in said and "Ramesh Patil" not in said and "Dhanraj Transport" not in said
    assert NEW_LONG.startswith(text) and "Jal Pari" in NEW_LONG and "Jal Pari" not in text
    assert lead_signals(analyse(Article("s", "Ferry capsizes\n\nA ferry capsized on Lake Kanhar."))) is None


def test_an_undated_long_report_goes_to_the_story_its_lead_tells():
    """A long undated report of the new capsizing names the older sinking's cast more often than the new one's (its
    background paragraph). Read whole it would go to the older event or stay alone; read by its lead it goes to
    the dated story of the new event. Without leads a long report is not moved at all (before session 23)."""
    def people(*names: str) -> list[tuple[str, str]]:
        return [("PER", n) for n in names]

    new = ("Meera Joshi", "Sushil Rathore", "Bhola Marine")
    old = ("Ramesh Patil", "Dhanraj Transport", "Jal Pari")
    whole = people(*new[:1], *old, *old)
    mentions = [people(*new), people(*new), people(*old), people(*old), whole]
    langs = ["en"] * 5
    days = [dt.date(2024, 9, 14), dt.date(2024, 9, 15), dt.date(2019, 6, 2), dt.date(2019, 6, 3), None]
    body_words = [60, 60, 60, 60, 260]
    groups = [0, 0, 2, 2, 4]
    assert undated_attachments(langs, mentions, [()] * 5, [""] * 5, body_words, days, groups) == []
    leads = [None, None, None, None, (tuple(people(*new)), (), "")]
    assert undated_attachments(langs, mentions, [()] * 5, [""] * 5, body_words, days, groups, leads=leads) == [(4, 0)]
    # the words must agree: a report whose nearest report by words is the older sinking's stays
    assert undated_attachments(langs, mentions, [()] * 5, [""] * 5, body_words, days, groups, leads=leads,
                               nearest=[None, None, None, None, 2]) == []
