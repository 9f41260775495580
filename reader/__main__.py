"""``python -m reader`` runs the same program as ``marginalia``."""

import sys

from reader.launch import main

sys.exit(main())
