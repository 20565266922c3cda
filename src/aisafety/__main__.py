import sys

from aisafety.cli.main import run

sys.exit(run())
