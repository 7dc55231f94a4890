"""RSS 2.0, RSS 1.0 and Atom feeds through the real CLI into a real SQLite file."""

from __future__ import annotations

from conftest import run_khabar
from ingest_support import assert_offsets_valid, error_lines, id_for, stored
from khabar.ingest.errors import IngestError
from khabar.ingest.feeds import iso_date, read_feed
from khabar.ingest.ids import registered_domain

HINDI_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>नगर समाचार</title>
  <link>https://www.nagarsamachar.co.in/</link>
  <item>
    <title>जयपुर में नई मेट्रो लाइन का उद्घाटन</title>
    <link>https://hindi.nagarsamachar.co.in/rajasthan/metro-line-2031.html</link>
    <guid isPermaLink="false">2031</guid>
    <pubDate>Tue, 02 Sep 2025 18:30:00 +0530</pubDate>
    <dc:creator>सीमा वर्मा</dc:creator>
    <description>छोटा सार जो पूरे पाठ से पहले आता है।</description>
    <content:encoded><![CDATA[<p>जयपुर में मंगलवार को नई मेट्रो लाइन का उद्घाटन हुआ।</p>
<p>मुख्यमंत्री ने कहा कि इससे रोज़ाना पचास हज़ार यात्रियों को लाभ मिलेगा।</p>
<script>track()</script><p>लाइन की लंबाई बारह किलोमीटर है।</p>]]></content:encoded>
  </item>
  <item>
    <title>इंदौर में जल संरक्षण अभियान</title>
    <link>https://www.nagarsamachar.co.in/mp/jal-abhiyan-2032.html</link>
    <guid>https://www.nagarsamachar.co.in/mp/jal-abhiyan-2032.html</guid>
    <pubDate>Wed, 03 Sep 2025 09:15:00 IST</pubDate>
    <description>इंदौर नगर निगम ने बुधवार को जल संरक्षण अभियान शुरू किया। अभियान में दो सौ स्कूल हिस्सा लेंगे।</description>
  </item>
  <item>
    <title>खाली प्रविष्टि</title>
    <link>https://www.nagarsamachar.co.in/empty-2033.html</link>
    <guid isPermaLink="false">2033</guid>
    <description>   </description>
  </item>
</channel>
</rss>
"""

ENGLISH_RDF = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://coastaldaily.example.com/rss">
    <title>Coastal Daily</title>
    <link>https://coastaldaily.example.com/</link>
  </channel>
  <item rdf:about="https://news.coastaldaily.example.com/port-strike">
    <title>Port workers end a four-day strike</title>
    <link>https://news.coastaldaily.example.com/port-strike</link>
    <description>Dock workers in Kochi returned to work on Monday after a four-day strike over wages. The port
    authority said shipping would be back to normal by Wednesday.</description>
    <dc:date>2025-10-06T07:45:00+05:30</dc:date>
    <dc:creator>Arun Menon</dc:creator>
  </item>
</rdf:RDF>
"""

ENGLISH_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Ledger</title>
  <link href="https://valleyledger.example.org/"/>
  <id>tag:valleyledger.example.org,2025:feed</id>
  <updated>2025-11-12T10:00:00Z</updated>
  <entry>
    <title>Council approves a new bridge over the river</title>
    <link href="https://valleyledger.example.org/2025/11/bridge"/>
    <id>tag:valleyledger.example.org,2025:bridge</id>
    <published>2025-11-11T16:20:00-05:00</published>
    <updated>2025-11-12T08:00:00-05:00</updated>
    <author><name>Dana Fields</name></author>
    <summary>A short summary.</summary>
    <content type="html">&lt;p&gt;The city council voted on Tuesday to build a second bridge over the river.&lt;/p&gt;
&lt;p&gt;Construction is planned to begin in March and cost 40 million dollars.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Library extends weekend hours</title>
    <link href="https://valleyledger.example.org/2025/11/library"/>
    <id>tag:valleyledger.example.org,2025:library</id>
    <updated>2025-11-10T09:00:00+01:00</updated>
    <summary type="text">The central library will stay open until 8 pm on Saturdays and Sundays from December.</summary>
  </entry>
</feed>
"""


def test_rss2_items_are_articles_with_ids_dates_and_text(tmp_path, db):
    (tmp_path / "nagar.rss").write_text(HINDI_RSS, encoding="utf-8")
    result = run_khabar("ingest", str(tmp_path / "nagar.rss"), db=db)
    assert result.returncode == 1, result.stderr
    assert error_lines(result.stderr) == [f"{tmp_path / 'nagar.rss'} item 3: no text"]
    assert "2 new, 0 updated, 0 unchanged, 1 failed" in result.stderr
    articles = stored(db)
    # A guid that is not a URI is scoped by the feed's link; a URI guid stands alone.
    metro = articles[id_for("https://www.nagarsamachar.co.in/#2031")]
    jal = articles[id_for("https://www.nagarsamachar.co.in/mp/jal-abhiyan-2032.html")]
    assert metro["title"] == "जयपुर में नई मेट्रो लाइन का उद्घाटन"
    assert metro["url"] == "https://hindi.nagarsamachar.co.in/rajasthan/metro-line-2031.html"
    assert metro["source"] == "nagarsamachar.co.in"
    assert metro["published"] == "2025-09-02T18:30:00+05:30"
    assert metro["meta"]["author"] == "सीमा वर्मा"
    # content:encoded wins over the description; the script is not text.
    assert metro["text"].startswith("जयपुर में मंगलवार को नई मेट्रो लाइन का उद्घाटन हुआ।")
    assert "बारह किलोमीटर" in metro["text"] and "track()" not in metro["text"] and "छोटा सार" not in metro["text"]
    # IST in an RFC 822 date is India's +05:30; without content:encoded the description is the text.
    assert jal["published"] == "2025-09-03T09:15:00+05:30"
    assert jal["text"].startswith("इंदौर नगर निगम ने बुधवार को")
    assert jal["lang"] == "hi"
    assert_offsets_valid(db)

    again = run_khabar("ingest", str(tmp_path / "nagar.rss"), db=db)
    assert "0 new, 0 updated, 2 unchanged, 1 failed" in again.stderr
    assert len(stored(db)) == 2


def test_rss1_and_atom_feeds_in_a_folder(tmp_path, db):
    src = tmp_path / "feeds"
    src.mkdir()
    (src / "coastal.xml").write_text(ENGLISH_RDF, encoding="utf-8")
    (src / "valley.atom").write_text(ENGLISH_ATOM, encoding="utf-8")
    result = run_khabar("ingest", str(src), db=db)
    assert result.returncode == 0, result.stderr
    assert "3 new" in result.stderr
    articles = stored(db)
    strike = articles[id_for("https://news.coastaldaily.example.com/port-strike")]
    assert strike["title"] == "Port workers end a four-day strike"
    assert strike["published"] == "2025-10-06T07:45:00+05:30"
    assert strike["source"] == "example.com"
    assert strike["text"].startswith("Dock workers in Kochi returned to work on Monday")
    bridge = articles[id_for("tag:valleyledger.example.org,2025:bridge")]
    assert bridge["published"] == "2025-11-11T16:20:00-05:00"  # published, not updated
    assert bridge["text"].startswith("The city council voted on Tuesday")
    assert "40 million dollars" in bridge["text"] and "short summary" not in bridge["text"]
    assert bridge["meta"]["author"] == "Dana Fields"
    library = articles[id_for("tag:valleyledger.example.org,2025:library")]
    assert library["published"] == "2025-11-10T09:00:00+01:00"  # no published: the updated date
    assert library["text"] == ("The central library will stay open until 8 pm on Saturdays and Sundays from "
                               "December.")
    assert {a["lang"] for a in articles.values()} == {"en"}
    assert_offsets_valid(db)


def test_a_file_whose_content_is_a_feed_is_read_as_one(tmp_path, db):
    (tmp_path / "latest").write_text(ENGLISH_ATOM, encoding="utf-8")
    result = run_khabar("ingest", str(tmp_path / "latest"), db=db)
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stderr


def test_bad_feeds_are_reported_one_line_each(tmp_path, db):
    src = tmp_path / "bad"
    src.mkdir()
    (src / "good.atom").write_text(ENGLISH_ATOM, encoding="utf-8")
    (src / "notes.xml").write_text("<?xml version='1.0'?><notes><note>hello</note></notes>", encoding="utf-8")
    (src / "broken.rss").write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>x</title",
                                    encoding="utf-8")
    (src / "bomb.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        "<rss version='2.0'><channel><item><title>&b;</title><description>&b;</description></item>"
        "</channel></rss>", encoding="utf-8")
    (src / "empty.rss").write_bytes(b"")
    result = run_khabar("ingest", str(src), db=db)
    assert result.returncode == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 4, result.stderr
    by_file = {line.split(":")[0].rsplit("/", 1)[-1]: line for line in lines}
    assert "not an RSS or Atom feed" in by_file["notes.xml"]
    assert "not a well-formed feed" in by_file["broken.rss"] or "feed has no items" in by_file["broken.rss"]
    assert "entity expansion" in by_file["bomb.xml"]
    assert "empty file" in by_file["empty.rss"]
    assert "2 new, 0 updated, 0 unchanged, 4 failed" in result.stderr
    assert len(stored(db)) == 2


def test_feed_dates_keep_their_offsets():
    assert iso_date("Tue, 02 Sep 2025 18:30:00 GMT") == "2025-09-02T18:30:00+00:00"
    assert iso_date("Tue, 02 Sep 2025 18:30:00 IST") == "2025-09-02T18:30:00+05:30"
    assert iso_date("2025-09-02T18:30:00Z") == "2025-09-02T18:30:00+00:00"
    assert iso_date("2025-09-02T18:30:00+05:30") == "2025-09-02T18:30:00+05:30"
    assert iso_date("not a date") is None


def test_the_source_is_the_registered_domain():
    assert registered_domain("https://hindi.news18.com/news/x.html") == "news18.com"
    assert registered_domain("https://www.bbc.co.uk/hindi/india-1") == "bbc.co.uk"
    assert registered_domain("https://pib.gov.in/PressRelease.aspx") == "pib.gov.in"
    assert registered_domain("https://www.amarujala.com/") == "amarujala.com"
    assert registered_domain("http://127.0.0.1:8000/a.html") == "127.0.0.1"
    assert registered_domain("not a url") is None


def test_bytes_feedparser_cannot_decode_are_one_reported_failure():
    # Found by fuzzing: for empty input feedparser returns a result without ``version``.
    for data in (b"\xf4", b"\xff\xfe\xf4", b""):
        found = list(read_feed(data, origin="odd.xml"))
        assert len(found) == 1 and isinstance(found[0], IngestError), found
        assert found[0].origin == "odd.xml"


def test_an_item_link_that_is_no_url_keeps_the_item():
    # Found by fuzzing: urlparse raises on "http://[", which named no outlet and stopped the whole feed.
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://[</link>'
            b"<item><title>Patna flood</title><link>http://[x</link><description>Flood waters rose in Patna on "
            b"Monday and two thousand families left their homes for relief camps.</description></item>"
            b"</channel></rss>")
    found = list(read_feed(feed, origin="odd.xml"))
    assert len(found) == 1 and not isinstance(found[0], IngestError), found
    assert found[0].source is None and "Patna" in found[0].text
