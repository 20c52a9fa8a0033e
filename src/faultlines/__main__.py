import sys

from faultlines.cli import main

sys.exit(main())
