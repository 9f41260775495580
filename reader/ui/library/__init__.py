"""The library list: its Qt model over the store's articles, and the panel around it."""
