import sys

from aisafety.cli.main import main

sys.exit(main())
