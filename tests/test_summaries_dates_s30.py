"""Session 30: one stored summary served everywhere, quotations kept whole, error pages refused at ingest, no
1 January from a bare year, and a span of days (``1-30 अप्रैल``) read as no event day. Own-written text."""

from __future__ import annotations

import json
from pathlib import Path

import khabar
from khabar.analyse.pipeline import analyse
from khabar.ingest.errors import IngestError
from khabar.ingest.html import article_from_html
from khabar.ingest.validate import check_article
from khabar.link.summary import story_candidates, whole_quotations
from khabar.model import Article
from khabar.text.sentences import split_sentences

QUOTED = ('मुख्यमंत्री ने शनिवार को पत्रकारों से कहा, "राज्य में सभी अस्पताल तैयार हैं। लोग घबराएं नहीं और घर पर '
          'रहें।" उन्होंने बताया कि जिलों में नई जांच प्रयोगशालाएं खोली जाएंगी।')


def _spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(text)]


def test_a_quotation_over_two_sentences_is_one_summary_candidate():
    spans = whole_quotations(QUOTED, _spans(QUOTED))
    texts = [QUOTED[a:b] for a, b in spans]
    assert any(t.startswith("मुख्यमंत्री") and t.endswith('रहें।"') for t in texts)
    assert all(t.count('"') % 2 == 0 for t in texts)


def test_a_quotation_that_runs_past_its_line_is_no_candidate():
    text = "नेता ने कहा, “हम लड़ेंगे और जीतेंगे।\nयह लड़ाई लंबी चलेगी।” सभा शाम को खत्म हुई और लोग घर लौट गए।"
    found = story_candidates([("a", text, None, _spans(text))])
    assert all(c.text.count("“") == c.text.count("”") for c in found)
    assert [c.text for c in found] == ["सभा शाम को खत्म हुई और लोग घर लौट गए।"]


BODY = ("पटना में शुक्रवार को भारी बारिश से कई मोहल्लों में पानी भर गया और यातायात ठप रहा। "
        "नगर निगम ने बताया कि शहर के चालीस से अधिक इलाकों में जलजमाव की शिकायतें मिली हैं। "
        "मौसम विभाग ने अगले दो दिनों तक राज्य के कई जिलों में भारी बारिश की चेतावनी जारी की है। "
        "स्कूलों को एहतियात के तौर पर शनिवार को बंद रखने का आदेश दिया गया है। "
        "आपदा प्रबंधन विभाग की टीमें निचले इलाकों में राहत कार्य में जुटी हुई हैं।")


def test_one_summary_of_three_sentences_everywhere(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "patna-rain", "title": "पटना में भारी बारिश", "text": BODY,
                                "published": "2024-07-12T10:00:00+05:30"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with khabar.open(tmp_path / "k.db") as kb:
        kb.ingest(path)
        listed = kb.stories()[0]
        shown = kb.story(listed.id)
        details = kb.story_details(listed.id)
    assert 3 <= len(listed.summary) <= 5
    key = [(s["article_id"], s["start"], s["end"]) for s in listed.summary]
    assert key == [(s["article_id"], s["start"], s["end"]) for s in shown.summary]
    assert key == [(s["article_id"], s["start"], s["end"]) for s in details["summary"]]
    for s in details["summary"]:
        assert BODY[s["start"]:s["end"]] == s["text"]


ERROR_PAGE = """<html><head><title>पेज नहीं मिला - समाचार</title></head><body>
<nav>होम | लॉगिन | देश | विदेश | खेल</nav><h1>पेज नहीं मिला</h1>
<p>क्षमा करें, आप जो पेज खोज रहे हैं वह उपलब्ध नहीं है।</p>
<footer>© 2020 समाचार. सर्वाधिकार सुरक्षित।</footer></body></html>"""


def test_an_error_page_is_refused_with_a_reason():
    article = article_from_html(ERROR_PAGE, id="notfound")
    refused = check_article(article)
    assert isinstance(refused, IngestError) and "error page" in refused.reason
    long_text = "पेज नहीं मिला तो क्या करें, यह सवाल लोग पूछते हैं। " + " ".join(["खबर"] * 200)
    assert not isinstance(check_article(Article(id="ok", text=long_text)), IngestError)


def test_a_copyright_year_is_no_publication_date():
    page = ERROR_PAGE.replace("पेज नहीं मिला", "बाढ़ से गांव डूबे")
    assert article_from_html(page, id="flood").published is None
    dated = page.replace("<head>", '<head><meta property="article:published_time" content="2020-01-01T09:00:00">')
    assert article_from_html(dated, id="flood").published.startswith("2020-01-01")


def test_a_span_of_days_is_no_event_day():
    lead = ("लॉकडाउन दो हफ्ते बढ़ा\n\nनई दिल्ली, 1 मई (भाषा)। केंद्रीय स्वास्थ्य मंत्रालय के आंकड़ों के अनुसार देश में "
            "1-30 अप्रैल के बीच कोरोना के 33,446 मामले दर्ज किए गए। मंत्रालय ने यह जानकारी दी।")
    analysis = analyse(Article(id="x", text=lead, title="लॉकडाउन दो हफ्ते बढ़ा", published="2020-05-01T10:00:00"))
    assert analysis.event_date != "2020-04-01"
    english = ("Lockdown extended\n\nNEW DELHI: The health ministry's figures show that India recorded 33,446 cases "
               "between April 1-30. The ministry said so in a statement.")
    analysis = analyse(Article(id="y", text=english, title="Lockdown extended", published="2020-05-01T10:00:00"))
    assert analysis.event_date not in ("2020-04-01", "2020-04-30")


def test_a_day_recalled_weeks_back_without_its_year_is_no_event_day():
    text = ("कोरोना पर सवाल-जवाब\n\nस्वास्थ्य विशेषज्ञ ने बातचीत में बताया कि देश में 30 जनवरी को केरल में कोरोना का पहला "
            "मामला सामने आया था और तब से जांच बढ़ाई गई है। अस्पतालों में तैयारी पूरी है।")
    analysis = analyse(Article(id="z", text=text, title="कोरोना पर सवाल-जवाब", published="2020-03-16T10:00:00"))
    assert analysis.event_date is None
    dated = text.replace("30 जनवरी को", "30 जनवरी 2020 को")
    analysis = analyse(Article(id="z", text=dated, title="कोरोना पर सवाल-जवाब", published="2020-03-16T10:00:00"))
    assert analysis.event_date == "2020-01-30"
