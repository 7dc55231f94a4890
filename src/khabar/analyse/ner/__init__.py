"""Hindi named-entity recognition: a CRF trained on HiNER and IL-NER, shipped inside the package.

``default_tagger().tag(tokens)`` gives BIO tags over PER/LOC/ORG; ``khabar.analyse.entities`` turns them into
mentions with offsets.

``active_tagger()`` is the tagger of the mode chosen with ``set_ner_mode("fast"|"accurate")`` or ``$KHABAR_NER``:
``accurate`` is the fine-tuned e5-small of ``accurate.py``.
"""

from khabar.analyse.ner.tagger import NerTagger, active_tagger, default_tagger, ner_mode, open_tagger, set_ner_mode

__all__ = ["NerTagger", "active_tagger", "default_tagger", "ner_mode", "open_tagger", "set_ner_mode"]
