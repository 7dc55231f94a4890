import pytest

from khabar.analyse.metadata import find_agencies, infer_year, parse_published
from khabar.analyse.pipeline import analyse
from khabar.model import Article


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("13 सितंबर, 2023, 15:23 IST", "2023-09-13T15:23:00+05:30"),
        ("आखरी अपडेट: 2 जनवरी 2024", "2024-01-02"),
        ("04/09/2025", "2025-09-04"),
        ("25/12/2024", "2024-12-25"),
        ("September 3, 2025, 10:05 PM IST", "2025-09-03T22:05:00+05:30"),
        ("Sept. 3, 2025", "2025-09-03"),
        ("2025-09-04T08:00:00Z", "2025-09-04T08:00:00+00:00"),
        ("2025-09-04T08:00:00+0900", "2025-09-04T08:00:00+09:00"),
        ("31 फ़रवरी 2024", None),
    ],
)
def test_parse_published(written, iso):
    assert parse_published(written) == iso


def test_numeric_dates_are_day_first_unless_told_otherwise():
    assert parse_published("04/09/2025", day_first=True) == "2025-09-04"
    assert parse_published("04/09/2025", day_first=False) == "2025-04-09"
    assert parse_published("09/24/2025", day_first=True) == "2025-09-24"  # only one reading is a date


def test_dateline_year_is_inferred_from_dated_mentions_or_left_unknown():
    assert infer_year(9, 4, "अक्टूबर 2024 से अब तक सैनिक भेजे गए।")[0] == 2025
    assert infer_year(11, 4, "अक्टूबर 2024 से अब तक सैनिक भेजे गए।")[0] == 2024
    assert infer_year(9, 4, "साल 2024 में संधि हुई।")[0] is None


def test_a_year_the_text_recalls_from_before_the_web_never_dates_its_dateline():
    # 13 January 1918 was a Sunday, as 14 January 2018 was: the weekday alone fits the recalled year
    lead = ("The minister received the visiting prime minister at the airport on Sunday. The two leaders later "
            "renamed a square after the soldiers who fought at the port in 1918.")
    assert infer_year(1, 14, lead, lead=lead, lang="en")[0] is None
    # a bare year bounds nothing either (it is as often history as the year of writing); a dated event does
    assert infer_year(1, 14, lead.replace("1918", "2017"), lead=lead.replace("1918", "2017"), lang="en")[0] is None
    dated = lead.replace("in 1918", "in December 2017")
    assert infer_year(1, 14, dated, lead=dated, lang="en")[0] == 2018


def test_a_background_year_whose_calendar_fits_the_named_weekday_does_not_date_the_dateline():
    # A crash report of 16 January whose last paragraph recalls an older crash: 16 January 2006 was a Monday too,
    # so before session 22 the recalled year dated the report (and kept it from its story).
    text = ("POKHARA, Jan 16 - Rescuers recovered the last bodies from the gorge on Monday as investigators "
            "began reading the flight recorders.\n\nThe country's worst air disaster remains the crash of a "
            "passenger jet near the capital in 2006, which killed everyone on board.")
    assert infer_year(1, 16, text, lead=text[16:416], lang="en")[0] is None
    hindi = ("पोखरा, 16 जनवरी। बचाव दल ने सोमवार को खाई से आखिरी शव निकाले।\n\nइससे पहले 2006 में राजधानी के पास "
             "हुए विमान हादसे में सभी यात्रियों की मौत हो गई थी।")
    assert infer_year(1, 16, hindi, lead=hindi[17:417], lang="hi")[0] is None
    assert infer_year(3, 2, "जनवरी 1918 में लड़ाई हुई थी।")[0] is None  # a dated mention of that age bounds nothing


def test_a_recalled_month_and_year_does_not_date_a_dateline_its_lead_weekday_contradicts():
    # A report of 6 October (a Thursday in 2022) whose last line recalls an event of August 2019: the year after the
    # latest dated mention (2019, as 6 October comes after August) puts the dateline on a Sunday, and the lead says
    # Thursday. Before session 23 the recalled year dated the report; now the year stays unknown.
    hindi = ("जयपुर, 6 अक्टूबर। राज्य सरकार ने गुरुवार को नई खनन नीति को मंजूरी दी। मंत्री ने कहा कि इससे राजस्व "
             "बढ़ेगा।\n\nइससे पहले अगस्त 2019 में सरकार ने अवैध खनन पर रोक के आदेश दिए थे।")
    year, why = infer_year(10, 6, hindi, lead=hindi[17:417], lang="hi")
    assert year is None, why
    english = ("JAIPUR, Oct 6 - The state cabinet on Thursday approved a new mining policy.\n\nIn August 2019 the "
               "government had ordered a halt to illegal mining.")
    assert infer_year(10, 6, english, lead=english[14:414], lang="en")[0] is None
    # no weekday named: nothing contradicts the year after the dated event, which stands as before
    quiet = hindi.replace("गुरुवार को ", "")
    assert infer_year(10, 6, quiet, lead=quiet[17:417], lang="hi")[0] == 2019
    # a named weekday that falls on the dateline day in that year: the year stands (6 October 2019 was a Sunday)
    sunday = hindi.replace("गुरुवार", "रविवार")
    assert infer_year(10, 6, sunday, lead=sunday[17:417], lang="hi")[0] == 2019


def test_agencies_match_glued_words_and_credit_only_names_in_credits_only():
    text = "की एक रिपोर्ट एएफपीविशेषज्ञों का हवाला देते हुए। उन्होंने रूसी भाषा में बात की।"
    assert find_agencies(text, []) == ["AFP"]
    credit = "नई दिल्ली, 5 जून (भाषा)। मंत्री ने कहा।"
    start = credit.index("भाषा")
    from khabar.model import Span

    assert find_agencies(credit, [Span(start, start + 4, "भाषा")]) == ["PTI"]


def test_dateline_with_agency_and_place_line():
    a = analyse(Article(id="x", text="शीर्षक यहां\nगुवाहाटी, 2 जुलाई (पीटीआई)। असम में बाढ़ आई है। अक्टूबर 2025 में भी आई थी।"))
    assert (a.dateline.text, a.dateline.place, a.dateline.month, a.dateline.day) == ("गुवाहाटी", "Guwahati", 7, 2)
    assert a.agencies == ["PTI"]
    assert a.published == "2026-07-02"
    b = analyse(Article(id="y", text="शीर्षक\nमास्को, रूस\n\nरूस में आज बैठक हुई।"))
    assert (b.dateline.text, b.dateline.place) == ("मास्को", "Moscow")
    c = analyse(Article(id="z", text="MUMBAI (Reuters) - The rupee held steady on Friday."))
    assert (c.dateline.place, c.agencies, c.lang) == ("Mumbai", ["Reuters"], "en")


def test_an_opening_clause_with_a_date_is_no_dateline():
    # a place no list knows needs a credit or a stop after its date; a known city does not
    assert analyse(Article(id="c", text="शीर्षक\nइससे पहले, 8 मई को राज्य में दो मामले आए थे।")).dateline is None
    a = analyse(Article(id="d", text="शीर्षक\nनई दिल्ली, 3 मई राजधानी में आज दो मामले आए।"))
    assert (a.dateline.place, a.dateline.day) == ("New Delhi", 3)
    b = analyse(Article(id="e", text="शीर्षक\nरामगढ़वा, 3 मई (भाषा)। कस्बे में आज दो मामले आए।"))
    assert (b.dateline.text, b.dateline.day) == ("रामगढ़वा", 3)


def test_an_english_dateline_in_capitals_without_date_or_credit():
    a = analyse(Article(id="d", text="Modi, Starmer agree\n\nNEW DELHI: Prime Minister Narendra Modi met Keir Starmer "
                                      "on Thursday, the ministry said."))
    assert (a.dateline.text, a.dateline.place) == ("NEW DELHI", "New Delhi")
    (quote,) = a.quotes
    assert quote.text.startswith("Prime Minister Narendra Modi met")  # the dateline is not what was said
    b = analyse(Article(id="w", text="Talks\n\nWASHINGTON — The talks ended without a deal, officials said."))
    assert b.dateline.place == "Washington"
    label = analyse(Article(id="l", text="Markets\n\nBREAKING: The Sensex fell 500 points on Monday."))
    assert label.dateline is None  # a label, not a place


def test_metadata_given_by_the_source_wins():
    a = analyse(Article(id="x", text="आखरी अपडेट: 2 जनवरी 2024\nरूस में बैठक हुई।", published="2024-01-05T10:00:00+05:30"))
    assert a.published == "2024-01-05T10:00:00+05:30"


def test_seed_metadata_bars(seeds_dir, gold):
    for path in sorted(seeds_dir.glob("*.txt")):
        a = analyse(Article(id=path.stem, text=path.read_text(encoding="utf-8")))
        want = gold["articles"][path.stem]
        assert a.lang == want["lang"]
        if path.stem[:3] in ("001", "002", "003"):
            assert a.published == want["published"], path.stem
            assert a.dateline and a.dateline.place == want["dateline_place"], path.stem
        if path.stem[:3] in ("001", "003"):
            assert sorted(a.agencies) == sorted(want["agencies"]), path.stem
        if want["published"] is None:
            assert a.published is None, path.stem


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("नई दिल्ली, 5 जून (भाषा)। संसद में आज बहस हुई।", "New Delhi"),
        ("बेंगलुरु, कर्नाटक\nइसरो ने परीक्षण किया।", "Bengaluru"),
        ("कोलकाता, 3 मार्च (आईएएनएस)। शहर में बारिश हुई।", "Kolkata"),
        ("कीव, यूक्रेन\nशहर पर हमला हुआ।", "Kyiv"),
    ],
)
def test_dateline_places_get_their_english_names(line, place):
    a = analyse(Article(id="x", text="शीर्षक यहां\n" + line))
    assert a.dateline is not None and a.dateline.place == place
