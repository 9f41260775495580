"""The cleaner's rules, one job per module; their order is declared in ``..chain``."""
