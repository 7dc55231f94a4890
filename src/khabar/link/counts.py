"""Count reports: headlines that give a figure of a counted thing (संक्रमितों की संख्या 918, 601 नए मामले, "cases
rise to 724"). A recurring daily update of one place is such a report; stories tell one place's update from
another's (``stories.damp_region_conflicts``) and threads link one place's updates over days
(``threads.report_similarities``) by them."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from khabar.lang import load_all
from khabar.text.keys import match_key

COUNTED = ("infected", "dead", "recovered", "tested")  # the ``claims.json`` predicates a daily update counts
# What only an outbreak's daily bulletin counts: two reports of one place's dead on one day may be of two disasters.
BULLETIN_COUNTED = frozenset({"infected", "recovered", "tested"})

_HEADLINE_WORD = regex.compile(r"[\p{L}\p{M}]+(?:'s)?")
# A figure: digits not run together with letters, before or after (with a hyphen between or not): the 19 of
# COVID-19 or कोविड-19 and the 95 of N95 are part of a name, not a count.
_FIGURE = regex.compile(r"(?<![\p{L}\p{M}][-\u2010\u2011]?)(?<!\p{Nd})\p{Nd}+(?!\p{Nd})"
                        r"(?![\p{L}\p{M}]|[-\u2010\u2011]\p{L})")


@cache
def counted_words() -> dict[str, str]:
    """Match key of a word that names a counted thing (``lang/xx/claims.json`` predicates) -> the predicate."""
    out: dict[str, str] = {}
    for data in load_all("claims").values():
        for predicate_, words in (data.get("predicates") or {}).items():
            if predicate_ in COUNTED:
                out.update({match_key(w): predicate_ for w in words})
    return out


@cache
def projection_words() -> frozenset[str]:
    """Match keys of the words that make a headline's figure a projection or a possibility (``projection_words``
    of ``lang/xx/threads.json``: सकते, could)."""
    return frozenset(match_key(w) for data in load_all("threads").values() for w in data.get("projection_words", []))


@cache
def spread_words() -> frozenset[str]:
    """Match keys of the words that make a headline clause without a figure a frame of the count after it
    (``spread_words`` of ``lang/xx/claims.json``: कहर, रफ्तार, फैल, अपडेट)."""
    return frozenset(match_key(w) for data in load_all("claims").values() for w in data.get("spread_words", []))


@cache
def number_words() -> frozenset[str]:
    """Match keys of the cardinal number words (``lang/xx/numbers.json``: एक, तीन, पांच; one, three): a count
    written in words (तीन नए मरीज, एक और मौत) is a figure too."""
    return frozenset(match_key(w) for data in load_all("numbers").values()
                     for words in (data.get("cardinals") or {}).values() for w in words)


def has_figure(text: str, in_words: bool = False, keys: list[str] | None = None) -> bool:
    """Whether ``text`` holds a figure: a number in digits (not the 19 of कोविड-19) or, with ``in_words``, a cardinal
    written in words (``number_words``). ``keys``: its words' match keys, when the caller has them."""
    if _FIGURE.search(text):
        return True
    if not in_words:
        return False
    if keys is None:
        keys = [match_key(w) for w in _HEADLINE_WORD.findall(text)]
    return not number_words().isdisjoint(keys)


@lru_cache(maxsize=16384)  # the link step asks again for the headlines of every article and story around a new one
def counted_in(headline: str, in_words: bool = False) -> frozenset[str]:
    """What a headline counts: the ``COUNTED`` predicates whose words it holds, when it also holds a figure
    (``संक्रमितों की संख्या 918`` counts the infected; a headline without a figure counts nothing, and the 19 of
    कोविड-19 is no figure), and no word makes the figure a projection (``मई तक 13 लाख केस हो सकते हैं`` reports no
    count). ``in_words``: a cardinal written in words is a figure too (``तीन नए मरीज``, ``number_words``); the
    thread step reads counts so, the story step only figures in digits (its count reports of two scenes count
    half, and "भारत में दो नए मामले" beside "दिल्ली और तेलंगाना में दो नए मामले" are one day's update)."""
    keys = [match_key(w) for w in _HEADLINE_WORD.findall(headline)]
    if not has_figure(headline, in_words, keys):
        return frozenset()
    if projection_words().intersection(keys):
        return frozenset()
    words = counted_words()
    return frozenset(words[k] for k in keys if k in words)


# A headline's clauses end at a comma, a semicolon, a danda, a bar or a spaced dash; "2." before its first word
# numbers an item on its page.
_CLAUSE_END = regex.compile(r"\s*(?:[,;।|]|\s[-\u2013\u2014]\s)\s*")
_LIST_NUMBER = regex.compile(r"^\s*\p{Nd}{1,2}\.+\s*(?=[^\p{Nd}\s])")


@lru_cache(maxsize=16384)
def lead_counted(headline: str) -> frozenset[str]:
    """What a headline's first clause counts (``counted_in``, a figure in words too; a page's item number before it
    is no figure): a report is of the happening its headline leads with. "सीवान में मिले कोरोना के चार नए मामले,
    बिहार में ... संख्या हुई 20" counts the infected; "14 अप्रैल के बाद 'Lockdown' खुलने पर सस्पेंस, यूपी में ...
    159 लोग कोरोना पॉजिटिव" leads with the lockdown and counts nothing. A first clause that only frames the count of
    the next (``_frames_count``: देश में तेजी से फैल रहा कोरोना) gives way to it."""
    head = _LIST_NUMBER.match(headline)
    clauses = _CLAUSE_END.split(headline[head.end():] if head else headline, maxsplit=2)
    if len(clauses) > 1 and _frames_count(clauses[0]):
        return counted_in(clauses[1], in_words=True)
    return counted_in(clauses[0], in_words=True)


def _frames_count(clause: str) -> bool:
    """Whether a headline's first clause only frames the count of the next one: it tells how an outbreak spreads
    (``spread_words``: देश में तेजी से फैल रहा कोरोना, तेज हुई कोरोना की रफ्तार) and gives no figure, in digits or
    in words, and names no counted thing. "देश में तेजी से फैल रहा कोरोना, 30 राज्यों में 4000 से ज्यादा केस" leads
    with the country's count (session 30)."""
    keys = [match_key(w) for w in _HEADLINE_WORD.findall(clause)]
    if spread_words().isdisjoint(keys) or has_figure(clause, True, keys):
        return False
    return counted_words().keys().isdisjoint(keys)


_NEXT_WORD = regex.compile(r"\s*([\p{L}\p{M}]+)")


@lru_cache(maxsize=16384)
def headline_figures(headline: str, lang: str) -> frozenset[float]:
    """The figures a count headline gives (``counted_in`` not empty): its numbers of ``crosslingual.MIN_NUMBER``
    and more, not ordinals and not spans of time (``24 घंटे``, "in 24 hours": a ``time_units`` word of
    ``lang/xx/claims.json`` follows). ``यूपी में 16 नए मामले, मरीजों का आंकड़ा 300`` gives {16, 300}."""
    from khabar.link.crosslingual import MIN_NUMBER

    return _figures(headline, lang, MIN_NUMBER) if counted_in(headline) else frozenset()


@lru_cache(maxsize=16384)
def headline_counts(headline: str, lang: str) -> frozenset[float]:
    """The figures a count headline gives, a count in words included (``counted_in`` with ``in_words``): its numbers
    of 2 and more (``एक`` is as often "a" as "one"), in digits or in words (``दो``, ``छह``, ``आधा दर्जन``), not
    ordinals and not spans of time. ``बिहार में फिर मिले दो कोरोना केस; आधा दर्जन हुई संक्रमितों की संख्या`` gives
    {2, 6}: the day's new cases and the total, what ``headline_figures`` (10 and more, digits) leaves out."""
    return _figures(headline, lang, 2) if counted_in(headline, in_words=True) else frozenset()


def _figures(headline: str, lang: str, minimum: float) -> frozenset[float]:
    """The headline's numbers of ``minimum`` and more that are figures (``claims.claim_kind``): not ordinals and not
    spans of time (a ``time_units`` word follows)."""
    from khabar.analyse.numbers import find_numbers
    from khabar.link.claims import claim_kind

    out = set()
    for number in find_numbers(headline, lang):
        if number.ordinal or number.value < minimum:
            continue
        after = _NEXT_WORD.match(headline, number.end)
        if claim_kind(number.text, after.group(1) if after else None) != "figure":
            continue
        out.add(float(number.value))
    return frozenset(out)


def figures_disagree(figures_a: frozenset[float], numbers_a: frozenset[float], figures_b: frozenset[float],
                     numbers_b: frozenset[float]) -> bool:
    """Whether two count reports give different counts: each headline gives figures (``headline_figures``) and
    none of them is among the other report's numbers (its body's and its headline's). Two prints of one update
    give one total, or one's total stands in the other's text; a state's tally of 300 and a district's 17, a
    country's 886 deaths and a slum's 275 cases, or one day's total and the next day's are two updates."""
    if not figures_a or not figures_b:
        return False
    return not (figures_a & numbers_b) and not (figures_b & numbers_a)
