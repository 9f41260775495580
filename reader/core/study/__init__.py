"""Study mode without Qt: cards made from annotations, their FSRS schedule, a review session.

``cards`` says what a card asks and answers, ``scheduling`` wraps the ``fsrs`` package,
``session`` orders one sitting's cards, ``times`` and ``study_day`` keep time the same
way everywhere, and ``progress`` turns ratings into what the progress chart shows.
"""
