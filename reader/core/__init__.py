"""Pure-Python heart of Marginalia: cleaning, rendering, anchoring, exporting. No Qt here."""
