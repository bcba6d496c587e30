"""karussell: German football news in, dated facts with evidence out."""

__version__ = "0.1.0"
