"""The Review window (View → Review, Ctrl+R) and the progress chart it shows.

The window only shows and asks: a card from ``controllers/study.py``, which answers its
requests (rate, undo, edit, open the passage) and keeps the sitting's order.
"""
