"""``python -m reader`` runs the same program as ``marginalia``."""

import sys

from reader.cli import main

sys.exit(main())
