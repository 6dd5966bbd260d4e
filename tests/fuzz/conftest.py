# The fuzz suite's world is built from the press-kit and translation tests' fixtures.
from tests.presskits.conftest import kit, press_room  # noqa: F401
from tests.translation.conftest import team  # noqa: F401
