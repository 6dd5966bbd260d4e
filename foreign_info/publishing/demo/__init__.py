"""Demo content of the publishing app: see loader.py. `load_demo` calls `load()` of every
foreign_info app that has a `demo` module, in INSTALLED_APPS order."""


def load(log):
    from .loader import DemoLoader

    loader = DemoLoader(log=log)
    loader.run()
    return loader.missing
