"""`python -m cli`: the same as the `safeguard-bot` command."""

import sys

from cli.main import main

sys.exit(main())
