"""reformkg: a grounded knowledge graph of China's industrial-workforce reform (产改)."""

__version__ = "0.1.0"
