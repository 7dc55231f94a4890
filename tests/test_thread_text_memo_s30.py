"""Session 30 (issue 10, adding one article): what the thread step reads in a story's texts is worked out once per
text and remembered (an add reads the texts of the same neighbouring stories that the batch and the earlier adds
read), and each stored article's resolved time expressions once per stored analysis. The results are those of
reading every text sentence by sentence, as before."""

from __future__ import annotations

import datetime as dt
import json

from khabar.link import step, threads
from khabar.link.threads import named_days, named_years, past_words, recalled_events, recalled_words
from khabar.model import Analysis, Entity, Timex
from khabar.store.base import LinkArticle
from khabar.text.sentences import split_sentences

_TEXTS = [
    "Talks were held on 5 May in the capital. The 2019 accord was signed in Geneva.",
    "यान को 22 जुलाई को श्रीहरिकोटा से छोड़ा गया था। इसरो ने 12 दिन बाद कक्षा बदली।",
    "Nothing dated here, only words.",
]


def test_text_findings_are_those_of_each_text_and_remembered() -> None:
    threads._text_days.cache_clear()
    threads._day_sentences.cache_clear()
    assert named_days(_TEXTS) == {(5, 5), (7, 22)}
    assert named_days(_TEXTS[2:]) == frozenset()
    hits = threads._text_days.cache_info().hits
    assert named_days(list(_TEXTS)) == {(5, 5), (7, 22)}
    assert threads._text_days.cache_info().hits == hits + 3  # every text remembered, none read again
    isro = Entity("isro", "ORG", "इसरो", "ISRO")
    launch = Entity("l", "LOC", "श्रीहरिकोटा", "Sriharikota")
    # a day named in a sentence beside a central entity (the sentence of 22 July names श्रीहरिकोटा, not इसरो)
    assert recalled_events(_TEXTS, [isro, launch]) == {(7, 22, "l")}
    # counted back from the story's own day: "12 दिन बाद" in the sentence that names इसरो
    assert recalled_events(_TEXTS, [isro, launch], dt.date(2019, 8, 3)) == {(7, 22, "isro")}
    words = recalled_words(_TEXTS)
    assert (5, 5, "talks") in words and (7, 22, "श्रीहरिकोटा") in words
    assert not any(k == "geneva" for _, _, k in words)  # its sentence names no day
    assert "geneva" in past_words(_TEXTS, 2020) and past_words(_TEXTS, 2019) == frozenset()
    assert named_years(_TEXTS) == {2019}
    assert named_years([_TEXTS[2]], [["2018-05-01"], ["2018-06"]]) == {2018}
    assert named_years(_TEXTS) == {2019}  # asked again: the same


def test_timex_values_are_read_once_per_stored_analysis() -> None:
    text = "last year and today"
    analysis = Analysis("t-s30-1", "en", None, split_sentences(text), [], text, None, None, [], None)
    analysis.timexes = [Timex(0, 9, "last year", "2018"), Timex(14, 19, "today", None)]
    stored = json.dumps(analysis.to_dict())
    first = LinkArticle("t-s30-1", "A", "2019-01-01", "text", analysis_json=stored)
    assert step._timex_values(first) == ["2018", None]
    again = LinkArticle("t-s30-1", "A", "2019-01-01", "text", analysis_json=stored)
    assert step._timex_values(again) == ["2018", None]
    assert again._analysis is None  # not parsed: remembered for the same stored analysis
    changed = analysis.to_dict()
    changed["timexes"][0]["value"] = "2017"
    other = LinkArticle("t-s30-1", "A", "2019-01-01", "text", analysis_json=json.dumps(changed))
    assert step._timex_values(other) == ["2017", None]
