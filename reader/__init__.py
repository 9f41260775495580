"""Marginalia: an offline desktop reader for studying articles."""

__version__ = "0.1.0"
