import sys

from kinerja.cli import main

sys.exit(main())
