"""Synthetic Hindi articles for load tests and benchmarks: realistic shape (headline, dateline with agency,
sentences with dates and numbers), varied words, deterministic for a given count."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.model import Analysis, Article, Mention, Quantity, Span

PLACES = ["दिल्ली", "मुंबई", "पटना", "जयपुर", "लखनऊ", "भोपाल", "रांची", "शिमला"]
TOPICS = ["बाढ़", "चुनाव", "बजट", "परीक्षा", "सड़क", "अस्पताल", "बिजली", "पानी"]
MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def article_text(i: int, sentences: int = 3) -> str:
    place, topic = PLACES[i % len(PLACES)], TOPICS[(i // 8) % len(TOPICS)]
    month = MONTHS[i % 12]
    body = [f"{place} के अधिकारियों ने मंगलवार को {topic} से जुड़ी योजना संख्या {i} की समीक्षा की।",
            f"अधिकारियों ने कहा कि लगभग {100 + i} लोग इससे लाभान्वित होंगे।"]
    for k in range(max(0, sentences - 2)):
        body.append(f"जिलाधिकारी ने बताया कि {month} 2025 से अब तक {k + 3} बैठकें हो चुकी हैं और काम जारी है।")
    return f"{place} में {topic} पर बैठक संख्या {i}\n{place}, {1 + i % 28} {month} (पीटीआई)। " + " ".join(body)


def write_jsonl(path: str | Path, count: int, sentences: int = 3) -> Path:
    """``count`` records ``{"id": "genNNNN", "text": ...}`` in ``path``."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps({"id": f"gen{i:05d}", "text": article_text(i, sentences)}, ensure_ascii=False) + "\n")
    return path


# -- analysed articles for link-step benchmarks --------------------------------------------------------------------
# Analysing 100k articles would take hours on a small machine and measure the tagger, not the link step, so these
# come with their analysis already made: events of a few articles each, a few dozen events a day, each event with
# its own rare words, people, place and figure, and every article with filler words of its own, so that the corpus
# does not collapse into one story and most word pairs are rare.
_CONSONANTS = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
_VOWEL_SIGNS = ["", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ"]
_FIRST = ["अमित", "राहुल", "सुनीता", "प्रिया", "विकास", "अनिल", "कविता", "संजय", "रेखा", "दीपक", "मनोज", "नेहा",
          "अजय", "पूजा", "राकेश", "सीमा", "विनोद", "अंजलि", "सुरेश", "ममता"]
_LAST = ["शर्मा", "वर्मा", "यादव", "सिंह", "गुप्ता", "मिश्रा", "पांडे", "चौहान", "त्रिपाठी", "जोशी", "मेहता", "कुमार",
         "ठाकुर", "राठौर", "सक्सेना", "तिवारी", "दुबे", "भाटी", "नागर", "बघेल"]
ARTICLES_PER_EVENT = 4
EVENTS_PER_DAY = 40


def _word(n: int) -> str:
    """A pseudo-Hindi word, different for every ``n`` (three syllables)."""
    out = []
    for _ in range(3):
        n, c = divmod(n, len(_CONSONANTS))
        n, v = divmod(n, len(_VOWEL_SIGNS))
        out.append(_CONSONANTS[c] + _VOWEL_SIGNS[v])
    return "".join(out)


def _mix(*values: int) -> int:
    h = 2166136261
    for v in values:
        h = ((h ^ v) * 16777619) & 0xFFFFFFFF
    return h


def analysed_article(i: int, sentences: int = 6) -> tuple[Article, Analysis]:
    """Article ``i`` and its analysis: sentences, the people and place as mentions, one figure as a quantity."""
    import datetime as dt

    event = i // ARTICLES_PER_EVENT
    day = dt.date(2020, 1, 1) + dt.timedelta(days=event // EVENTS_PER_DAY)
    event_words = [_word(_mix(event, k) % 300_000) for k in range(8)]
    people = [f"{_FIRST[_mix(event, 10 + k) % len(_FIRST)]} {_LAST[_mix(event, 20 + k) % len(_LAST)]}"
              for k in range(2)]
    place = PLACES[event % len(PLACES)] if event % 3 else _word(_mix(event, 99) % 5000) + "पुर"
    figure = 10 + _mix(event, 7) % 5000
    text, spans, mentions, quantities = "", [], [], []

    def add(piece: str, type_: str | None = None) -> None:
        nonlocal text
        if type_:
            mentions.append(Mention(len(text), len(text) + len(piece), piece, type_))
        text += piece

    title = f"{place} में {event_words[0]} {event_words[1]} पर {people[0]}"
    add(title + "\n")
    spans.append(Span(0, len(title), title))
    for s in range(sentences):
        start = len(text)
        own = [_word(_mix(i, s, k) % 300_000) for k in range(4)]
        picked = [event_words[_mix(i, s, k) % len(event_words)] for k in range(3)]
        add(people[s % 2], "PER")
        add(" ने ")
        add(place, "LOC")
        add(f" में {picked[0]} {own[0]} {picked[1]} {own[1]} के बारे में {own[2]} {picked[2]} {own[3]} ")
        if s == 1:
            q_start = len(text)
            add(f"{figure} लोग")
            quantities.append(Quantity(q_start, len(text), f"{figure} लोग", float(figure), "लोग",
                                       id=f"syn{i:06d}:n0", article_id=f"syn{i:06d}"))
            add(" ")
        add("कहा।")
        spans.append(Span(start, len(text), text[start:]))
        add(" ")
    text = text.rstrip()
    article_id = f"syn{i:06d}"
    article = Article(article_id, text, title=title, published=day.isoformat(), source=f"paper{i % 5}")
    analysis = Analysis(article_id=article_id, lang="hi", title=title, sentences=spans, boilerplate=[], body=text,
                        published=day.isoformat(), dateline=None, agencies=[], author=None, mentions=mentions,
                        quantities=quantities, event_date=day.isoformat())
    return article, analysis
