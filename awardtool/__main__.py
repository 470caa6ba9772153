import sys

from awardtool.cli import main

sys.exit(main())
