import sys

from baitlab.cli import main

sys.exit(main())
