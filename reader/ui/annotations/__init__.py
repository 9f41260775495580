"""The Annotations panel: the open article's highlights as cards, the note editor, tagging."""
