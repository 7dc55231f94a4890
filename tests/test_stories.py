import datetime as dt
from dataclasses import replace

import pytest

from conftest import copy_db, run_khabar
from khabar.link.candidates import article_day, components
from khabar.link.stories import (
    SIMILARITY_THRESHOLD,
    StoryInput,
    _word_matrices,
    body_vectors,
    cosine,
    damp_region_conflicts,
    damp_roundups,
    dates_compatible,
    edge_similarities,
    group_stories,
    pair_similarities,
    vectorize,
)
from khabar.link.syndication import CopyInput, find_copies
from khabar.model import Analysis
from khabar.store.base import LinkArticle
from khabar.store.sqlite import SqliteStore

WIRE = "गौरतलब है कि अक्टूबर से अब तक राज्य सरकार लगभग तेरह हजार शिक्षकों की भर्ती कर चुकी है।"


def test_rare_words_weigh_more_than_common_ones():
    a = vectorize("राष्ट्रपति ने बैठक में कॉस्मोड्रोम का दौरा किया", "hi")
    assert a["कोस्मोड्रोम"] > a["राष्ट्रपति"] > 0
    assert "ने" not in a or a["ने"] < a["राष्ट्रपति"]


def test_english_function_words_weigh_nothing_and_unrelated_reports_stay_apart():
    quake = ("The earthquake struck the coast of the island on Monday and the rescue teams of the army were "
             "sent to the villages that were cut off by the landslides.")
    quake2 = ("Rescue teams reached villages cut off by landslides after the earthquake hit the island's coast, "
              "and the army said that the search would go on through the night.")
    tariff = ("The government said that the new tariffs on steel and aluminium imports would take effect in "
              "the spring and that the talks with the trade partners of the country were going on.")
    q, q2, t = (vectorize(x, "en") for x in (quake, quake2, tariff))
    # In nearly every document: about no weight.
    assert max(q.get("the", 0), q.get("and", 0), q.get("of", 0), t.get("that", 0)) < 0.01
    assert q["landslides"] > q["army"] > 0
    assert cosine(q, q2) > SIMILARITY_THRESHOLD > 0.2 > cosine(q, t)
    groups = group_stories([StoryInput("q1", "en", quake, "2026-02-02"), StoryInput("t1", "en", tariff, "2026-02-02"),
                            StoryInput("q2", "en", quake2, "2026-02-03")])
    assert groups == [["q1", "q2"], ["t1"]]


def test_dates_far_apart_never_join():
    assert dates_compatible("2025-09-03", "2025-09-08")
    assert not dates_compatible("2023-09-13", "2025-09-04")
    assert dates_compatible(None, "2025-09-04")


def test_grouping_on_written_examples():
    flood = "असम में ब्रह्मपुत्र की बाढ़ से काजीरंगा उद्यान डूबा, राहत शिविरों में हजारों लोग पहुंचे।"
    flood2 = "ब्रह्मपुत्र में उफान के बाद काजीरंगा उद्यान जलमग्न, असम के राहत शिविरों में लोग पहुंचे।"
    budget = "वित्त मंत्री ने संसद में बजट पेश किया जिसमें आयकर की दरों में कटौती की घोषणा हुई।"
    groups = group_stories([StoryInput("f1", "hi", flood, "2026-07-02"), StoryInput("b1", "hi", budget, "2026-07-02"),
                            StoryInput("f2", "hi", flood2, None)])
    assert groups == [["b1"], ["f1", "f2"]]
    assert cosine(vectorize(flood, "hi"), vectorize(flood2, "hi")) > cosine(vectorize(flood, "hi"),
                                                                            vectorize(budget, "hi"))


def test_an_undated_article_cannot_bridge_two_events_far_apart():
    text = "काजीरंगा उद्यान में बाढ़ से गैंडों को बचाने के लिए वन विभाग ने नावें लगाईं।"
    groups = group_stories([StoryInput("y2023", "hi", text, "2023-07-01"), StoryInput("undated", "hi", text, None),
                            StoryInput("y2025", "hi", text, "2025-07-01")])
    assert len(groups) == 2 and (["y2023"] in groups or ["y2025"] in groups)
    assert sum(len(g) for g in groups) == 3


def test_shared_wire_sentence_makes_a_syndication_group():
    groups, dup = find_copies([
        CopyInput("a", ["पहला लेख अपनी भूमिका से शुरू होता है और आगे बढ़ता है।", WIRE]),
        CopyInput("b", ["दूसरा लेख बिल्कुल अलग शब्दों में अपनी बात कहता है यहां।", WIRE.replace("है।", "है.")]),
        CopyInput("c", ["तीसरा लेख किसी दूसरी घटना के बारे में है और कुछ साझा नहीं करता।"]),
    ])
    assert groups["a"] == groups["b"] and "c" not in groups
    assert dup == {}
    extra = "इसके अलावा एक और लंबा वाक्य यहां जोड़ा गया है ताकि फर्क रहे।"
    _, dup = find_copies([CopyInput("x", [WIRE]), CopyInput("y", [WIRE, extra])])
    assert dup == {"x": "y"}


def test_seeds_form_three_stories(seeds_ingested, db):
    copy_db(seeds_ingested, db)
    store = SqliteStore(db)
    groups = sorted(sorted(a.split("_")[0] for a in s.article_ids) for s in store.stories())
    assert groups == [["000", "002", "003"], ["001"], ["004"]]
    rows = {r["id"][:3]: r for r in store.articles()}
    assert rows["002"]["syndication_group"] == rows["003"]["syndication_group"] is not None
    story = next(s for s in store.stories() if len(s.article_ids) == 3)
    assert story.independent_sources == 2
    for sentence in story.summary:
        text = store.article(sentence["article_id"])["text"]
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]


def test_undated_article_resolves_weekday_against_its_story_date(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    lead = "काजीरंगा राष्ट्रीय उद्यान में बाढ़ से गैंडों को बचाने के लिए वन विभाग ने नावें और हाथी तैनात किए।"
    (src / "dated.txt").write_text(f"गुवाहाटी, 2 जुलाई (पीटीआई)। बुधवार को {lead}\nआखरी अपडेट: 2 जुलाई, 2026, 18:00 IST",
                                   encoding="utf-8")
    (src / "undated.txt").write_text(f"बुधवार को {lead} अधिकारियों ने बताया कि राहत जारी है।", encoding="utf-8")
    db = tmp_path / "k.db"
    assert run_khabar("ingest", str(src), db=db).returncode == 0
    store = SqliteStore(db)
    (story,) = store.stories()
    assert story.date == "2026-07-01"  # Wednesday before the Thursday publication
    row = store.db.execute("SELECT value, anchor FROM timexes WHERE article_id = 'undated'").fetchone()
    assert tuple(row) == ("2026-07-01", "story")
    assert store.article("undated")["event_date"] == "2026-07-01"


def test_copies_do_not_chain_through_one_shared_sentence():
    """A shares one wire sentence with B, B another with C; A and C share nothing: not one group."""
    first = "राज्य सरकार ने बुधवार को बताया कि अक्टूबर से अब तक लगभग तेरह हजार शिक्षकों की भर्ती हो चुकी है।"
    second = "शिक्षा मंत्री ने कहा कि अगले साल तक सभी सरकारी विद्यालयों में कंप्यूटर प्रयोगशालाएं बनाई जाएंगी।"
    groups, _ = find_copies([
        CopyInput("a", ["पहला लेख अपनी भूमिका से शुरू होता है और आगे बढ़ता है।", first]),
        CopyInput("b", [first, second]),
        CopyInput("c", ["तीसरा लेख किसी और बात से शुरू होकर आगे अपनी बात कहता है।", second]),
    ])
    assert "b" in groups and sum(1 for x in "ac" if groups.get(x) == groups["b"]) == 1  # b goes with one of them


def test_three_copies_of_one_wire_story_are_one_group():
    lines = [WIRE, "एजेंसी के अनुसार भर्ती प्रक्रिया अगले महीने से दूसरे जिलों में भी शुरू की जाएगी।"]
    groups, _ = find_copies([CopyInput(x, [f"{x} की अपनी भूमिका का वाक्य यहां लिखा गया है और आगे चलता है।", *lines])
                             for x in ("a", "b", "c")])
    assert groups["a"] == groups["b"] == groups["c"]


def test_edge_similarities_are_the_pair_similarities_of_those_pairs():
    """The link step splits large components with the similarity of candidate pairs alone; it must be the very
    similarity average link clusters on (words, shared numbers, days apart), or a split could cut a story."""
    flood = "असम में ब्रह्मपुत्र की बाढ़ से काजीरंगा उद्यान डूबा, 16 जिलों के 250000 लोग राहत शिविरों में पहुंचे।"
    flood2 = "ब्रह्मपुत्र में उफान के बाद काजीरंगा उद्यान जलमग्न, असम के 16 जिलों में 250000 लोग प्रभावित।"
    budget = "वित्त मंत्री ने संसद में बजट पेश किया जिसमें आयकर की दरों में कटौती की घोषणा हुई।"
    items = [StoryInput("f1", "hi", flood, "2026-07-02", numbers=(16.0, 250000.0)),
             StoryInput("f2", "hi", flood2, "2026-07-02", numbers=(16.0, 250000.0)),
             StoryInput("f5", "hi", flood2, "2026-07-05"),
             StoryInput("f3", "hi", flood2, None, numbers=(250000.0,)),
             StoryInput("b1", "hi", budget, "2026-07-02"),
             StoryInput("f4", "hi", flood, "2026-09-02")]
    every = pair_similarities(items)
    edges = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))]
    exact = edge_similarities(items, edges)
    assert exact == pytest.approx([every.get(e, 0.0) for e in edges])
    assert exact[edges.index((0, 1))] > SIMILARITY_THRESHOLD and exact[edges.index((0, 5))] == 0.0


def test_the_candidate_window_uses_the_day_articles_are_grouped_by():
    """A report published on 24 March whose first resolved date is 21 February is grouped by 24 March, so the
    link index must look for its candidates around 24 March too (else the same-day reports of its event are
    never proposed)."""
    text = "दिल्ली में 21 फरवरी को पहला मामला मिला था, आज संक्रमितों की संख्या 30 हो गई।"

    def article(published: str | None, event_date: str | None, url: str | None = None) -> LinkArticle:
        analysis = Analysis("a", "hi", None, [], [], text, published, None, [], None, event_date=event_date)
        return LinkArticle("a", None, published, text, analysis, url=url)

    def day(iso: str) -> int:
        return (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days

    assert article_day(article("2020-03-24T08:00:00", "2020-02-21")) == day("2020-03-24")
    assert article_day(article(None, "2020-02-21")) == day("2020-02-21")
    assert article_day(article(None, None, "https://example.in/news/2020/03/21/delhi-cases")) == day("2020-03-21")
    assert article_day(article(None, None)) is None


def test_reports_whose_headlines_name_different_regions_count_half():
    """One day's count pages of two states share the day's national figures and wording; their headlines say
    they are two updates. A national page (no region in its headline) is not held apart from either."""
    body = ("देश में अब तक 33 हजार मामले और 1074 मौतें। स्वास्थ्य विभाग ने बताया कि नए मरीजों को अस्पताल में "
            "भर्ती कराया गया है।")
    delhi_title, maha_title = "दिल्ली में कोरोना के 76 नए मामले", "महाराष्ट्र में कोरोना के 583 नए मामले"
    delhi_body = (delhi_title + "\n\nजहांगीरपुरी और चांदनी महल के कंटेनमेंट जोन में नए मरीज मिले, सीलिंग बढ़ाई "
                  "गई। " + body)
    maha_body = maha_title + "\n\nधारावी और वर्ली की झुग्गियों में नए मरीज मिले, बीएमसी ने जांच बढ़ाई। " + body
    delhi = StoryInput("d", "hi", delhi_body, "2020-04-30", mentions=(("LOC", "दिल्ली"),), title=delhi_title)
    maha = StoryInput("m", "hi", maha_body, "2020-04-30", mentions=(("LOC", "महाराष्ट्र"),), title=maha_title)
    # The national page gives the states' figures (since session 15 a count page that states none of another's
    # headline figures is another update: ``counts.figures_disagree``).
    india = StoryInput("i", "hi", "पिछले 24 घंटे में 1823 नए मामले\n\nदिल्ली में 76 और महाराष्ट्र में 583 नए मामले "
                       "आए। " + body, "2020-04-30", numbers=(76.0, 583.0, 1823.0),
                       title="पिछले 24 घंटे में 1823 नए मामले")
    assert (delhi.region(), maha.region(), india.region()) == ("Delhi", "Maharashtra", None)
    sims = {(0, 1): 0.6, (0, 2): 0.6, (1, 2): 0.6}
    assert damp_region_conflicts([delhi, maha, india], sims) == {(0, 1): 0.3, (0, 2): 0.6, (1, 2): 0.6}
    untitled = [StoryInput("d", "hi", delhi_body, "2020-04-30"), StoryInput("m", "hi", maha_body, "2020-04-30")]
    assert group_stories(untitled) == [["d", "m"]]  # the words alone would join them
    assert group_stories([delhi, maha]) == [["d"], ["m"]]


def test_a_country_counts_as_a_place_of_news_only_where_the_headline_makes_it_the_scene():
    """Two day's death tolls, one from France and one from India, share the day's running words and figures;
    their headlines put them in different countries. A country named as an actor (रूस और उत्तर कोरिया) is no
    scene; देश में (the whole country a Hindi paper writes in) is the country the other headlines lie in."""
    from khabar.link.places import HOME, headline_scope
    from khabar.link.stories import scopes_conflict

    assert headline_scope("फ्रांस में कोविड-19 से मरने वालों की संख्या 22 हजार के पार") == "France"
    assert headline_scope("रूस और उत्तर कोरिया के बीच रक्षा समझौते पर हस्ताक्षर") is None
    assert headline_scope("आज देश में सबसे ज्यादा मौतें, अब तक 886 ने दम तोड़ा") == HOME
    assert headline_scope("Floods in Assam leave 12 dead") == "Assam"
    assert headline_scope("Russia and North Korea sign a defence pact") is None
    assert scopes_conflict("France", "India") and scopes_conflict("Delhi", "Maharashtra")
    assert scopes_conflict("Bihar", "Nepal")  # a state and a foreign country
    assert not scopes_conflict("Delhi", "India")  # a state's figure and the national count of one briefing
    assert not scopes_conflict("France", None) and not scopes_conflict("France", "France")

    common = "कोरोना संक्रमण से पिछले 24 घंटे में और लोगों की मौत हो गई, अस्पतालों में आईसीयू भर गए।"
    paris = " पेरिस के अस्पतालों और वृद्धाश्रमों में बुजुर्गों की मौतें सबसे ज्यादा हुईं, राष्ट्रपति मैक्रों ने शोक जताया।"
    ministry = " स्वास्थ्य मंत्रालय के संयुक्त सचिव ने कहा कि लॉकडाउन का पालन जरूरी है और जांच की रफ्तार बढ़ी है।"
    france = StoryInput("f", "hi", common + paris, "2020-04-25", title="फ्रांस में कोरोना से 389 और मौतें")
    india = StoryInput("i", "hi", common + ministry, "2020-04-25", title="देश में कोरोना से 57 और मौतें")
    delhi = StoryInput("d", "hi", common + " दिल्ली सरकार ने कंटेनमेंट जोन बढ़ाए।", "2020-04-25",
                       title="दिल्ली में कोरोना से 12 और मौतें")
    sims = {(0, 1): 0.6, (0, 2): 0.6, (1, 2): 0.6}
    # देश is India for a Hindi headline and Delhi lies in it, but the three are count reports: three updates.
    assert damp_region_conflicts([france, india, delhi], sims) == {(0, 1): 0.3, (0, 2): 0.3, (1, 2): 0.3}
    # A national report that counts nothing (the ministry's advice) is no other update than Delhi's count.
    advice = replace(india, title="देश में लॉकडाउन का पालन जरूरी: स्वास्थ्य मंत्रालय")
    assert damp_region_conflicts([france, advice, delhi], sims) == {(0, 1): 0.3, (0, 2): 0.3, (1, 2): 0.6}
    untitled = [replace(france, title=None), replace(india, title=None)]
    assert group_stories(untitled) == [["f", "i"]]  # the words alone would join them
    assert group_stories([france, india]) == [["f"], ["i"]]


def test_a_roundup_that_matches_two_unrelated_reports_keeps_only_its_strongest_link():
    """A live blog (0) carries a flood report (1) and a budget report (2) that share nothing: it keeps its link to
    the flood report and its link to the budget counts half. A report similar to two reports of one event (3 to
    4 and 5, which match each other) is no roundup."""
    sims = {(0, 1): 0.5, (0, 2): 0.45, (1, 2): 0.02, (3, 4): 0.5, (3, 5): 0.45, (4, 5): 0.4}
    damped = damp_roundups(sims)
    assert damped[(0, 1)] == 0.5 and damped[(0, 2)] == 0.225
    assert {k: damped[k] for k in [(3, 4), (3, 5), (4, 5)]} == {(3, 4): 0.5, (3, 5): 0.45, (4, 5): 0.4}


def test_stories_never_span_two_components_of_pairs_at_the_threshold():
    """What the link step's split of a large component relies on: grouping each component of the pairs whose
    exact similarity reaches the threshold gives the stories of grouping everything at once."""
    flood = "असम में ब्रह्मपुत्र की बाढ़ से काजीरंगा उद्यान डूबा, राहत शिविरों में हजारों लोग पहुंचे।"
    flood2 = "ब्रह्मपुत्र में उफान के बाद काजीरंगा उद्यान जलमग्न, असम के राहत शिविरों में लोग पहुंचे।"
    flood3 = "काजीरंगा उद्यान में बाढ़ से गैंडों को बचाने के लिए वन विभाग ने नावें लगाईं, असम में राहत शिविर खुले।"
    budget = "वित्त मंत्री ने संसद में बजट पेश किया जिसमें आयकर की दरों में कटौती की घोषणा हुई।"
    budget2 = "संसद में पेश बजट में वित्त मंत्री ने आयकर की दरें घटाईं, मध्यम वर्ग को राहत की घोषणा।"
    quake = "उत्तराखंड में भूकंप के झटके, चमोली में कई मकानों में दरारें, लोग घरों से बाहर निकले।"
    items = [StoryInput("f1", "hi", flood, "2026-07-02"), StoryInput("b1", "hi", budget, "2026-07-02"),
             StoryInput("f2", "hi", flood2, "2026-07-03"), StoryInput("q1", "hi", quake, "2026-07-02"),
             StoryInput("b2", "hi", budget2, None), StoryInput("f3", "hi", flood3, None),
             StoryInput("f4", "hi", flood, "2026-09-20")]
    edges = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))]
    strong = [e for e, value in zip(edges, edge_similarities(items, edges), strict=True)
              if value >= SIMILARITY_THRESHOLD]
    by_id = {item.article_id: item for item in items}
    parts = components(by_id, [(items[i].article_id, items[j].article_id) for i, j in strong])
    parts = {n: [by_id[i] for i in part] for n, part in enumerate(parts)}
    split = sorted(g for part in parts.values() for g in group_stories(part))
    assert split == sorted(group_stories(items))
    assert len(parts) > 1 and any(len(g) > 1 for g in split)


def test_story_dates_read_urls_as_analysis_does() -> None:
    """The link step's URL date is analysis's (``metadata.url_date``), schemes htmldate lacks included: an article
    id that starts with 1 + yymmdd (a URL written for this test in a Hindi paper's scheme)."""
    from khabar.link.stories import url_date

    assert url_date("https://www.example.in/news/national-corona-cases-rise-120032500812_1.html") == "2020-03-25"
    assert url_date("https://example.org/news/2024/07/01/floods") == "2024-07-01"
    assert url_date("https://example.org/about") is None and url_date(None) is None


def test_word_matrix_columns_follow_first_use_whatever_was_compared_before():
    """The word matrices are built from vectors remembered per body (``_body_columns``); their columns must be
    numbered by first use over the items, as a loop over the words numbers them, so that every product sums in
    the same order, and a row must be the body's own vector, whatever bodies were compared before."""
    long_report = " ".join(["राज्य सरकार ने कोरोना संक्रमण रोकने के लिए जिलों में कर्फ्यू लगाया और बाजार बंद रहे।"] * 12
                           + ["अस्पतालों में नए वार्ड खोले गए और जांच केंद्र बढ़ाए गए।"] * 4)
    texts = [long_report, "असम में बाढ़ से काजीरंगा उद्यान डूबा और हजारों लोग शिविरों में पहुंचे।",
             "Parliament passed the budget after a long debate on income tax rates.",
             "असम में बाढ़ का पानी उतरने लगा, काजीरंगा उद्यान के जानवर ऊंचे स्थानों पर लौटे।"]
    items = [StoryInput(f"a{k}", "en" if k == 2 else "hi", text, "2026-07-02") for k, text in enumerate(texts)]
    _word_matrices(list(reversed(items)))  # remembered in another order first
    full, lead = _word_matrices(items)
    vocabulary: dict[tuple[str, str], int] = {}
    for item in items:
        for word in body_vectors(item.body, item.lang)[0]:
            vocabulary.setdefault((item.lang, word), len(vocabulary))
    assert full.shape == (len(items), len(vocabulary))
    for i, item in enumerate(items):
        whole, opening = body_vectors(item.body, item.lang)
        assert {c: v for c, v in zip(full[i].indices, full[i].data, strict=True)} == \
            {vocabulary[(item.lang, w)]: v for w, v in whole.items()}
        assert {c: v for c, v in zip(lead[i].indices, lead[i].data, strict=True)} == \
            {vocabulary[(item.lang, w)]: v for w, v in opening.items()}
    assert body_vectors(texts[0], "hi")[1] is not body_vectors(texts[0], "hi")[0]  # the long one has a lead
    assert pair_similarities(items) == pair_similarities(list(items))


def test_word_ids_start_again_past_their_bound_without_changing_a_similarity(monkeypatch):
    """A long process numbers words process-wide; past ``MAX_WORD_IDS`` the numbering and the cached columns
    start again, between two calls, and the similarities stay what they were."""
    from khabar.link import stories

    items = [StoryInput("a", "hi", "असम में बाढ़ से काजीरंगा उद्यान डूबा और लोग शिविरों में पहुंचे।", "2026-07-02"),
             StoryInput("b", "hi", "काजीरंगा उद्यान में बाढ़ का पानी भरा, असम के लोग शिविरों में।", "2026-07-02")]
    before = pair_similarities(items)
    monkeypatch.setattr(stories, "MAX_WORD_IDS", 0)
    after = pair_similarities(items)
    assert after == before and before
    assert len(stories._WORD_IDS) <= sum(len(body_vectors(i.body, i.lang)[0]) for i in items)


def test_the_first_place_a_headline_names_as_its_scene_is_its_scope():
    """A headline's first clause says where its news happens: the country's tally that names its worst-hit
    state second is the country's (and apart from that state's own count report); a state's count that gives
    the country's figure second is the state's."""
    from khabar.link.places import HOME, headline_scope

    assert headline_scope("देश में अब तक 61 मौतें, गुजरात में सबसे ज्यादा नए मामले") == HOME
    assert headline_scope("देशभर में मिल रहे नए संक्रमित, तमिलनाडु में 80 तो असम में 16") == HOME
    assert headline_scope("गुजरात में संक्रमितों की संख्या 95 हुई, देश में आंकड़ा 2500 के पार") == "Gujarat"
    body = "कोरोना संक्रमण के नए मामले बढ़े, अस्पतालों में जांच तेज हुई और कई इलाके सील किए गए।"
    country = StoryInput("c", "hi", body, "2020-04-02", title="देश में अब तक 61 मौतें, गुजरात में सबसे ज्यादा नए मामले")
    state = StoryInput("s", "hi", body, "2020-04-02", title="गुजरात में 24 घंटे में 30 नए मामले, 3 मौतें")
    assert damp_region_conflicts([country, state], {(0, 1): 0.6}) == {(0, 1): 0.3}


def test_one_outlets_reports_of_two_days_are_two_stories_unless_one_reruns_the_other():
    """A paper's update of one day and its update of the next share the state, the officials and the wording;
    they are two updates. The same paper rerunning the first day's text the next day is that story, and another
    paper printing the news the next day is not held apart by this rule."""
    from khabar.link.stories import damp_outlet_days, reruns

    day1 = ("पटना। राज्य में कोरोना संक्रमितों की संख्या बढ़कर छह हो गई है और स्वास्थ्य विभाग ने सभी जिलों को सतर्क किया है।"
            " सिविल सर्जन ने बताया कि संदिग्धों के नमूने जांच के लिए राजधानी की प्रयोगशाला में भेजे गए हैं।"
            " विभाग के प्रधान सचिव ने कहा कि विदेश से लौटे लोगों की पहचान कर उन्हें घर में अलग रखा जा रहा है।")
    day2 = ("पटना। राज्य में कोरोना संक्रमितों की संख्या बढ़कर सात हो गई है और स्वास्थ्य विभाग ने दो और जिलों को सतर्क किया है।"
            " सिविल सर्जन ने बताया कि नए मरीज के परिवार के लोगों के नमूने जांच के लिए भेजे गए हैं।"
            " विभाग के प्रधान सचिव ने कहा कि बाहर से लौटे लोगों की निगरानी और कड़ी कर दी गई है।")
    first = StoryInput("p1", "hi", day1, "2020-03-25", source="Patna Times", title="राज्य में कोरोना के छह मरीज")
    second = StoryInput("p2", "hi", day2, "2020-03-26", source="Patna Times", title="राज्य में कोरोना के सात मरीज")
    rerun = StoryInput("p3", "hi", day1, "2020-03-26", source="Patna Times")
    other = StoryInput("o1", "hi", day1.replace("पटना।", "पटना, संवाददाता।"), "2020-03-26", source="Bihar Daily",
                       title="राज्य में कोरोना के छह मरीज")
    assert not reruns(day1, day2) and reruns(day1, day1)
    floods = ("Floods hit Assam on Monday and displaced thousands of people. The army was called in to help with"
              " rescue work in three districts. Rainfall was 23.5 cm in the day, the highest this season.")
    assert reruns(floods, floods + " This report was first published on Monday evening.")
    assert not reruns(floods, "Floods receded in Assam on Tuesday and relief camps began to empty. The army ended"
                              " its rescue work in two of the three districts. Rainfall was 4 cm in the day.")
    sims = {(0, 1): 0.5, (0, 2): 0.7, (0, 3): 0.6}
    assert damp_outlet_days([first, second, rerun, other], sims) == {(0, 1): 0.25, (0, 2): 0.7, (0, 3): 0.6}
    assert ["p1", "p2"] not in group_stories([first, second])
    assert group_stories([first, rerun]) == [["p1", "p3"]]


def test_a_headline_town_no_gazetteer_knows_takes_the_state_its_articles_places_agree_on():
    """A district town's count report (लखीसराय: in no gazetteer khabar has) and a Ranchi count report of the same
    day share the day's wording; the town's article names Patna and Bihar around it, so its headline is
    Bihar's and the two are two states' updates. When its places name two states as often, it stays unknown."""
    from khabar.link.places import unfiled_headline_state

    body = ("जिले में शुक्रवार को दो और लोगों की रिपोर्ट पॉजिटिव आई। स्वास्थ्य विभाग ने बताया कि नए मरीजों को "
            "आइसोलेशन वार्ड में भर्ती कराया गया है और उनके संपर्क में आए लोगों की जांच की जा रही है।")
    town_title = "लखीसराय में दो और कोरोना पॉजिटिव मिले, जिले में संक्रमितों की संख्या 11 हुई"
    ranchi_title = "रांची में नौ नए कोरोना पॉजिटिव मिले, झारखंड में संक्रमितों की संख्या 130 हुई"
    town = StoryInput("t", "hi", town_title + "\n\n" + body + " पटना से आई टीम ने बिहार के दूसरे जिलों का हाल भी लिया।",
                      "2020-05-15", mentions=(("LOC", "लखीसराय"), ("LOC", "पटना"), ("LOC", "बिहार")),
                      title=town_title)
    ranchi = StoryInput("r", "hi", ranchi_title + "\n\n" + body, "2020-05-15",
                        mentions=(("LOC", "रांची"), ("LOC", "झारखंड")), title=ranchi_title)
    assert (town.scope(), ranchi.scope()) == ("Bihar", "Jharkhand")
    assert damp_region_conflicts([town, ranchi], {(0, 1): 0.6}) == {(0, 1): 0.3}
    assert unfiled_headline_state(town_title, ["लखीसराय", "पटना", "रांची"]) is None  # two states, once each
    assert unfiled_headline_state(ranchi_title, ["रांची", "पटना"]) is None  # its own place is known: no vote


def test_a_told_day_takes_the_year_of_a_dated_report_its_weekday_fits():
    """"MORBI, Oct 31" with "on Sunday": 31 October 2022 is a Monday, the morning after a Sunday, and a report the
    URL dates 30 October 2022 lies a day away; no other year near a dated report fits. A weekday that fits no
    year near the dated reports, a told day without a weekday, and a day two dated years both fit stay undated."""
    from khabar.link.stories import told_years

    body = "The suspension bridge over the river collapsed on Sunday evening, officials said."
    dated = StoryInput("d", "en", body, None, url="https://x.example/2022/10/30/bridge")
    assert dt.date(2022, 10, 30).weekday() == 6 and dt.date(2022, 10, 31).weekday() == 0
    told = StoryInput("t", "en", body, None, told=(10, 31), weekday=6)
    wrong_weekday = replace(told, article_id="w", weekday=2)
    no_weekday = replace(told, article_id="n", weekday=None)
    out = told_years([dated, told, wrong_weekday, no_weekday])
    assert [item.day() for item in out] == [dt.date(2022, 10, 30), dt.date(2022, 10, 31), None, None]
    assert out[0] is dated
    # 3 June is a Monday in 2019 and in 2024: a report dated in each year leaves the told day without a year
    both = told_years([StoryInput("a", "en", body, "2019-06-03"), StoryInput("b", "en", body, "2024-06-03"),
                       StoryInput("c", "en", body, None, told=(6, 3), weekday=0)])
    assert both[2].day() is None


def test_a_told_day_with_a_lent_year_counts_as_dated_for_its_words():
    """Two reports of one bridge collapse, one dated by its URL, the other by its dateline's day and month and the
    weekday of its lead: their words count as those of two reports a day apart, not of a report without a year."""
    from khabar.link.stories import DAY_FACTORS, UNDATED_FACTOR, told_years
    first = ("MORBI, Oct 30 - A suspension bridge over the Machchhu river collapsed in Morbi on Sunday evening,"
             " throwing hundreds of visitors into the water. Rescue teams pulled out survivors through the night.")
    second = ("MORBI, Oct 31 - Police arrested nine people over the collapse of the Machchhu river bridge in Morbi on"
              " Sunday evening, including managers of the firm that had repaired it. The state government ordered an"
              " inquiry and announced compensation for the families of the dead. Opposition leaders demanded the"
              " resignation of the municipal chief and asked why the renovated structure had reopened without a"
              " fitness certificate.")
    dated = StoryInput("d", "en", first, None, url="https://x.example/2022/10/30/morbi")
    told = StoryInput("t", "en", second, None, told=(10, 31), weekday=6)
    without = pair_similarities([dated, told])[(0, 1)]  # a day of the year apart, no year: 0.75 x 0.7
    with_year = pair_similarities(told_years([dated, told]))[(0, 1)]  # a day apart: 0.7
    assert with_year == pytest.approx(without / (UNDATED_FACTOR * DAY_FACTORS[1][1]) * DAY_FACTORS[1][1])
    bar = 0.45  # between the two: grouped only as reports a day apart
    assert without < bar < with_year
    assert group_stories([dated, told], threshold=bar) == [["d", "t"]]
