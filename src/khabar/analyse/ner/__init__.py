"""Hindi named-entity recognition: a CRF trained on HiNER and IL-NER, shipped inside the package.

``default_tagger().tag(tokens)`` gives BIO tags over PER/LOC/ORG; ``khabar.analyse.entities`` turns them into
mentions with offsets.
"""

from khabar.analyse.ner.tagger import NerTagger, default_tagger, open_tagger

__all__ = ["NerTagger", "default_tagger", "open_tagger"]
