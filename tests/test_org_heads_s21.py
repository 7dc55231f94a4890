"""Session 21 (lead, issue 13): a district's collectorate (समाहरणालय, कलेक्ट्रेट) is an office, an organisation, not
the district: a name ending in such a head word is typed ORG (`org_heads` in lang/hi/ner.json). Our own sentence."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def test_a_collectorate_is_an_organisation_not_its_district() -> None:
    text = "धनबाद समाहरणालय में सोमवार को उपायुक्त ने अधिकारियों के साथ बैठक की।"
    mentions = {m.text: m.type for m in analyse(Article(id="x", text=text)).mentions}
    assert mentions == {"धनबाद समाहरणालय": "ORG"}
