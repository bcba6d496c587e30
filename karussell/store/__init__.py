"""The knowledge base: facts of many articles stored, linked and consolidated."""

from .db import Store, default_url

__all__ = ["Store", "default_url"]
