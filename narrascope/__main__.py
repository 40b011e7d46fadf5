"""``python -m narrascope`` runs the command-line interface."""
from .cli import main

main()
