"""What panels share: the card painter, text wrapping, the card list view, colours, choosers."""
