"""The reading view and what works on it: find bar, selection toolbar, themes, positions."""
