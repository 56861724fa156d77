"""`python -m ruchina_ai_data` runs the command-line interface."""

from .cli import main

raise SystemExit(main())
