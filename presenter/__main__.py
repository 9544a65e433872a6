"""`python -m presenter` does what the `votedeck` launcher does."""
from presenter.cli import main

raise SystemExit(main())
