"""khabar: news intelligence for Hindi and English."""

__version__ = "0.1.0"
