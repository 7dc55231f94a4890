"""Script-aware text primitives shared by every layer: matching keys, tokens, sentences."""
